import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{f as t,h as n,n as r}from"./react-ChuVQnjQ.js";import{G as i,K as a,L as o,U as s,W as c,a as l,l as u,n as d,s as f,t as p}from"./mantine-BofZ7yjn.js";import{a as m}from"./vendor-DqmFq54U.js";import{A as h,b as g,j as _,k as v,m as y,x as b}from"./format-BDnBXdgX.js";import{B as x,K as S,W as C,rt as w,z as T}from"./index-C_b_1IIc.js";var E=e(n(),1),D=t(),O=v(`
  query AdminTeams($after: Cursor) {
    teams(first: 100, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          chatChannel
          members(first: 0) {
            totalCount
          }
          services(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`),k=v(`
  query AdminVendors($after: Cursor) {
    vendors(first: 100, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          website
          services(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`),A=v(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`),j=v(`
  mutation RenameTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
    }
  }
`),M=v(`
  mutation CreateVendor($input: CreateVendorInput!) {
    createVendor(input: $input) {
      id
      name
    }
  }
`),N=v(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      id
      name
    }
  }
`),P=e=>e.teams,F=e=>e.vendors,I={additionalTypenames:[`Team`,`Service`]},L={additionalTypenames:[`Vendor`,`Service`]},R=Object.entries(b).map(([e,t])=>({value:e,label:t}));function z(){return w(`Services, teams and vendors`),(0,D.jsxs)(f,{gap:`xl`,children:[(0,D.jsxs)(`div`,{children:[(0,D.jsx)(p,{order:1,children:`Services, teams and vendors`}),(0,D.jsxs)(c,{c:`dimmed`,size:`sm`,children:[`Incidents name the services they affected, actions go to teams, and vendor dependencies name their vendor. Who answers for a service is kept in the`,` `,(0,D.jsx)(s,{component:r,to:`/directory`,size:`sm`,children:`directory`}),`.`]})]}),(0,D.jsx)(U,{}),(0,D.jsx)(W,{}),(0,D.jsx)(q,{})]})}function B({id:e,title:t,children:n}){return(0,D.jsxs)(`section`,{"aria-labelledby":e,children:[(0,D.jsx)(p,{order:2,size:`h3`,id:e,mb:`xs`,children:t}),(0,D.jsx)(f,{gap:`sm`,children:n})]})}function V({text:e}){return e?(0,D.jsx)(i,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:e}):null}var H=e=>e.trim()||void 0;function U(){let[e,t]=(0,E.useState)(``),[n,i]=(0,E.useState)(`SERVICE`),[l,p]=(0,E.useState)(null),[h,g]=(0,E.useState)(null),[_,v]=(0,E.useState)(``),[y,b]=(0,E.useState)(null),[x,w]=m(N),T=S(x.error,[`name`,`runbookURL`]),O=n===`VENDOR_DEPENDENCY`;return(0,D.jsx)(B,{id:`services-heading`,title:`Add a service`,children:(0,D.jsx)(`form`,{onSubmit:async r=>{r.preventDefault();let i=await w({input:{name:e.trim(),kind:n,ownerTeamID:l??void 0,vendorID:O?h??void 0:void 0,runbookURL:H(_)}},{additionalTypenames:[`Service`]});!i.error&&i.data&&(b(i.data.createService),t(``),v(``),g(null))},"aria-label":`Add a service`,children:(0,D.jsxs)(f,{gap:`sm`,maw:560,children:[(0,D.jsxs)(a,{align:`flex-start`,grow:!0,children:[(0,D.jsx)(d,{label:`Name`,required:!0,value:e,onChange:e=>t(e.currentTarget.value),error:T.fields.name}),(0,D.jsx)(u,{label:`Kind`,data:R,value:n,onChange:e=>e&&i(e),allowDeselect:!1})]}),(0,D.jsx)(C,{kind:`teams`,label:`Owning team`,placeholder:`Pick a team`,value:l,onChange:p,clearable:!0}),O?(0,D.jsx)(C,{kind:`vendors`,label:`Vendor`,placeholder:`Pick the vendor it comes from`,value:h,onChange:g,clearable:!0}):null,(0,D.jsx)(d,{label:`Runbook`,placeholder:`https://…`,value:_,onChange:e=>v(e.currentTarget.value),error:T.fields.runbookURL}),(0,D.jsx)(V,{text:T.other}),y&&!x.error?(0,D.jsxs)(c,{size:`sm`,role:`status`,children:[`Added`,` `,(0,D.jsx)(s,{component:r,to:`/services/${encodeURIComponent(y.id)}`,size:`sm`,children:y.name}),`. Name its escalation contacts in the`,` `,(0,D.jsx)(s,{component:r,to:`/directory?q=${encodeURIComponent(y.name)}`,size:`sm`,children:`directory`}),`.`]}):null,(0,D.jsx)(a,{children:(0,D.jsx)(o,{type:`submit`,loading:x.fetching,disabled:!e.trim(),children:`Add service`})})]})})})}function W(){let{result:e,reload:t,nodes:n,total:r,paging:i}=T(O,P,I),[s,u]=(0,E.useState)(``),[f,p]=(0,E.useState)(``),[h,g]=m(A),_=S(h.error,[`name`,`chatChannel`]);return(0,D.jsxs)(B,{id:`teams-heading`,title:`Teams`,children:[(0,D.jsxs)(`form`,{onSubmit:async e=>{e.preventDefault(),(await g({input:{name:s.trim(),chatChannel:H(f)}})).error||(u(``),p(``),t())},"aria-label":`Add a team`,children:[(0,D.jsxs)(a,{align:`flex-start`,children:[(0,D.jsx)(d,{label:`Team name`,required:!0,value:s,onChange:e=>u(e.currentTarget.value),error:_.fields.name,w:260}),(0,D.jsx)(d,{label:`Chat channel`,placeholder:`#payments-oncall`,value:f,onChange:e=>p(e.currentTarget.value),error:_.fields.chatChannel,w:220}),(0,D.jsx)(o,{type:`submit`,mt:25,loading:h.fetching,disabled:!s.trim(),children:`Add team`})]}),(0,D.jsx)(V,{text:_.other})]}),(0,D.jsxs)(G,{error:e.error,loaded:!!e.data,total:r,reload:t,what:`teams`,empty:`No teams yet.`,children:[(0,D.jsx)(c,{size:`sm`,c:`dimmed`,"data-testid":`team-count`,children:y(r,`team`)}),(0,D.jsxs)(l,{verticalSpacing:`xs`,"aria-label":`Teams`,children:[(0,D.jsx)(l.Thead,{children:(0,D.jsxs)(l.Tr,{children:[(0,D.jsx)(l.Th,{children:`Team`}),(0,D.jsx)(l.Th,{children:`Chat channel`}),(0,D.jsx)(l.Th,{ta:`right`,children:`Members`}),(0,D.jsx)(l.Th,{ta:`right`,children:`Services`}),(0,D.jsx)(l.Th,{children:`Change`})]})}),(0,D.jsx)(l.Tbody,{children:n.map(e=>(0,D.jsx)(K,{team:e},e.id))})]}),(0,D.jsx)(x,{paging:i,shown:n.length,total:r,what:`teams`})]})]})}function G({error:e,loaded:t,total:n,reload:r,what:i,empty:a,children:o}){return e&&!t?(0,D.jsx)(_,{error:e,onRetry:r}):t?n===0?(0,D.jsx)(c,{c:`dimmed`,fs:`italic`,size:`sm`,children:a}):(0,D.jsx)(`div`,{children:o}):(0,D.jsx)(h,{what:`the ${i}`})}function K({team:e}){let[t,n]=(0,E.useState)(!1),[r,i]=(0,E.useState)(e.name),[s,c]=m(j),u=S(s.error,[`name`]);return t?(0,D.jsx)(l.Tr,{children:(0,D.jsx)(l.Td,{colSpan:5,children:(0,D.jsxs)(`form`,{onSubmit:async t=>{t.preventDefault(),r.trim()!==e.name&&(await c({id:e.id,input:{name:r.trim()}})).error||n(!1)},"aria-label":`Rename team ${e.name}`,children:[(0,D.jsxs)(a,{align:`flex-start`,gap:`sm`,children:[(0,D.jsx)(d,{"aria-label":`Name`,required:!0,value:r,onChange:e=>i(e.currentTarget.value),error:u.fields.name,style:{flex:`1 1 220px`},"data-autofocus":!0}),(0,D.jsx)(o,{type:`submit`,size:`xs`,mt:4,loading:s.fetching,disabled:!r.trim(),children:`Save`}),(0,D.jsx)(o,{size:`xs`,mt:4,variant:`default`,onClick:()=>n(!1),children:`Cancel`})]}),(0,D.jsx)(V,{text:u.other})]})})}):(0,D.jsxs)(l.Tr,{"data-testid":`team-row`,children:[(0,D.jsx)(l.Td,{fw:600,children:e.name}),(0,D.jsx)(l.Td,{children:e.chatChannel||`—`}),(0,D.jsx)(l.Td,{ta:`right`,children:e.members.totalCount}),(0,D.jsx)(l.Td,{ta:`right`,children:e.services.totalCount}),(0,D.jsx)(l.Td,{children:(0,D.jsx)(o,{size:`compact-xs`,variant:`subtle`,onClick:()=>{i(e.name),n(!0)},"aria-label":`Rename ${e.name}`,children:`Rename`})})]})}function q(){let{result:e,reload:t,nodes:n,total:r,paging:i}=T(k,F,L),[u,f]=(0,E.useState)(``),[p,h]=(0,E.useState)(``),[_,v]=m(M),b=S(_.error,[`name`,`website`]);return(0,D.jsxs)(B,{id:`vendors-heading`,title:`Vendors`,children:[(0,D.jsxs)(`form`,{onSubmit:async e=>{e.preventDefault(),(await v({input:{name:u.trim(),website:H(p)}})).error||(f(``),h(``),t())},"aria-label":`Add a vendor`,children:[(0,D.jsxs)(a,{align:`flex-start`,children:[(0,D.jsx)(d,{label:`Vendor name`,required:!0,value:u,onChange:e=>f(e.currentTarget.value),error:b.fields.name,w:260}),(0,D.jsx)(d,{label:`Website`,placeholder:`https://…`,value:p,onChange:e=>h(e.currentTarget.value),error:b.fields.website,w:220}),(0,D.jsx)(o,{type:`submit`,mt:25,loading:_.fetching,disabled:!u.trim(),children:`Add vendor`})]}),(0,D.jsx)(V,{text:b.other})]}),(0,D.jsxs)(G,{error:e.error,loaded:!!e.data,total:r,reload:t,what:`vendors`,empty:`No vendors yet.`,children:[(0,D.jsx)(c,{size:`sm`,c:`dimmed`,"data-testid":`vendor-count`,children:y(r,`vendor`)}),(0,D.jsxs)(l,{verticalSpacing:`xs`,"aria-label":`Vendors`,children:[(0,D.jsx)(l.Thead,{children:(0,D.jsxs)(l.Tr,{children:[(0,D.jsx)(l.Th,{children:`Vendor`}),(0,D.jsx)(l.Th,{children:`Website`}),(0,D.jsx)(l.Th,{ta:`right`,children:`Services`})]})}),(0,D.jsx)(l.Tbody,{children:n.map(e=>{let t=g(e.website);return(0,D.jsxs)(l.Tr,{"data-testid":`vendor-row`,children:[(0,D.jsx)(l.Td,{fw:600,children:e.name}),(0,D.jsx)(l.Td,{children:t?(0,D.jsx)(s,{href:t,target:`_blank`,rel:`noreferrer`,size:`sm`,children:e.website}):`—`}),(0,D.jsx)(l.Td,{ta:`right`,children:e.services.totalCount})]},e.id)})})]}),(0,D.jsx)(x,{paging:i,shown:n.length,total:r,what:`vendors`})]})]})}export{z as OrgPage};