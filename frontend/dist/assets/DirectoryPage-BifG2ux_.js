import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{d as t,f as n,h as r,n as i}from"./react-ChuVQnjQ.js";import{B as a,F as o,H as s,L as c,U as l,V as u,a as d,ct as f,l as p,n as m,r as h,s as g,t as _,v}from"./mantine-yOxTrcFb.js";import{a as y,o as b}from"./vendor-D4Fngvba.js";import{G as x,J as S,K as C,Q as w,V as T,W as E,X as D,Y as O,Z as k,q as ee}from"./index-vvtB5Wxw.js";import{A,b as j,d as M,j as N,k as P,m as F,x as I}from"./format-DifaNmC7.js";import{r as L}from"./query-DHXM1PbC.js";var R=e(r(),1),z=n();P(`
  fragment DirectoryPersonFields on User {
    id
    name
    title
    email
    phone
    chatHandle
    expertise
    timeZone
    teams(first: 10, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),P(`
  fragment DirectoryServiceFields on Service {
    id
    name
    kind
    runbookURL
    ownerTeam {
      id
      name
      chatChannel
    }
    escalationContacts(first: 20, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          phone
        }
      }
    }
  }
`);var B=P(`
  query DirectoryPeople($where: UserWhereInput!, $first: Int!, $after: Cursor) {
    users(first: $first, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryPersonFields
        }
      }
    }
  }
`),V=P(`
  query DirectoryServices($where: ServiceWhereInput!, $first: Int!, $after: Cursor) {
    services(first: $first, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryServiceFields
        }
      }
    }
  }
`),H=P(`
  query DirectoryMe($id: ID!) {
    users(first: 1, where: { id: $id }) {
      edges {
        node {
          ...DirectoryPersonFields
        }
      }
    }
  }
`),U=P(`
  mutation UpdateMyContact($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      phone
      chatHandle
      expertise
      timeZone
    }
  }
`),W=P(`
  mutation UpdateServiceResponse($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      id
      runbookURL
    }
  }
`);function G(){let[e,t]=(0,R.useState)(()=>new Date);return(0,R.useEffect)(()=>{let e=setInterval(()=>t(new Date),6e4);return()=>clearInterval(e)},[]),e}var K=100;function q(e){if(!e)return{serviceAccount:!1};let t=[{nameContainsFold:e},{titleContainsFold:e},{emailContainsFold:e},{chatHandleContainsFold:e},{timeZoneContainsFold:e},{hasTeamsWith:[{nameContainsFold:e}]}];return e.length<=K&&t.push({expertiseContainsFold:e}),{serviceAccount:!1,or:t}}function te(e){return e?{or:[{nameContainsFold:e},{hasOwnerTeamWith:[{nameContainsFold:e}]},{hasEscalationContactsWith:[{nameContainsFold:e}]}]}:{}}function J(){let[e,t]=(0,R.useState)([]),[n,r]=(0,R.useState)({});return{cursors:e,loaded:n,report:(0,R.useCallback)((e,t)=>r(n=>{let r=n[e];return r&&r.count===t.count&&r.hasNextPage===t.hasNextPage&&r.endCursor===t.endCursor?n:{...n,[e]:t}}),[]),add:e=>t(t=>t.includes(e)?t:[...t,e])}}var Y={additionalTypenames:[`User`,`Service`]};function ne(){w(`Directory`);let{viewer:e}=k(),[n,r]=t(),i=n.get(`q`)??``,a=e=>r(e?{q:e}:{},{replace:!0}),[s]=f(i.trim(),250),c=G(),[d,p]=(0,R.useState)(!1),[h,y]=(0,R.useState)(null),[x,S]=b({query:H,variables:{id:e.id},context:Y}),C=L(x.data?.users)[0];return(0,z.jsxs)(g,{gap:`lg`,children:[(0,z.jsxs)(`div`,{children:[(0,z.jsx)(_,{order:1,children:`Directory`}),(0,z.jsxs)(u,{c:`dimmed`,size:`sm`,children:[`Who to call during an incident: people with their teams, skills, local time and how to reach them, and who answers for each service. Press `,(0,z.jsx)(`b`,{children:`?`}),` anywhere for a quick search.`]})]}),(0,z.jsxs)(l,{align:`flex-end`,children:[(0,z.jsx)(m,{label:`Filter`,type:`search`,placeholder:`Name, team, skill or service…`,value:i,onChange:e=>a(e.currentTarget.value),w:320}),C?(0,z.jsx)(o,{variant:`light`,onClick:()=>p(!0),children:`Edit my contact details`}):null]}),(0,z.jsx)(re,{filter:s,viewerID:e.id,now:c},`people:${s}`),(0,z.jsx)(ae,{filter:s,canEdit:D(e.role),onEdit:y},`services:${s}`),(0,z.jsx)(v,{opened:d&&!!C,onClose:()=>p(!1),title:`My contact details`,children:C?(0,z.jsx)(se,{me:C,onDone:()=>{p(!1),S({requestPolicy:`network-only`})}}):null}),(0,z.jsx)(v,{opened:!!h,onClose:()=>y(null),title:h?`Who answers for ${h.name}`:``,children:h?(0,z.jsx)(ce,{service:h,onDone:()=>y(null)}):null})]})}function X({shown:e,total:t,what:n,next:r,onMore:i}){return(0,z.jsxs)(l,{justify:`space-between`,mt:`xs`,children:[(0,z.jsxs)(u,{size:`sm`,c:`dimmed`,"data-testid":`directory-${n}-shown`,"aria-live":`polite`,children:[`Showing `,e,` of `,n===`people`?F(t,`person`,`people`):F(t,`service`)]}),r?(0,z.jsxs)(o,{variant:`default`,size:`xs`,onClick:()=>i(r),children:[`Load more `,n]}):null]})}function re({filter:e,viewerID:t,now:n}){let r=(0,R.useMemo)(()=>q(e),[e]),[i,a]=b({query:B,variables:{where:r,first:50},context:Y}),{cursors:o,loaded:s,report:c,add:l}=J(),f=i.data?.users,p=L(f),m=o[o.length-1],h=m?s[m]?.hasNextPage?s[m].endCursor:null:f?.pageInfo.hasNextPage?f.pageInfo.endCursor:null,g=p.length+o.reduce((e,t)=>e+(s[t]?.count??0),0);return(0,z.jsxs)(`section`,{"aria-labelledby":`people-heading`,children:[(0,z.jsxs)(_,{order:2,size:`h3`,id:`people-heading`,mb:`xs`,children:[`People`,f?(0,z.jsx)(u,{span:!0,c:`dimmed`,size:`sm`,ml:8,"data-testid":`directory-people-count`,children:F(f.totalCount,`person`,`people`)}):null]}),i.error&&!i.data?(0,z.jsx)(N,{error:i.error,onRetry:()=>a({requestPolicy:`network-only`})}):f?f.totalCount===0?(0,z.jsx)(u,{c:`dimmed`,fs:`italic`,size:`sm`,children:e?`Nobody matches “${e}”.`:`Nobody is in the directory yet.`}):(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(d.ScrollContainer,{minWidth:800,children:(0,z.jsxs)(d,{verticalSpacing:`xs`,"aria-label":`People`,striped:!0,children:[(0,z.jsx)(d.Thead,{children:(0,z.jsxs)(d.Tr,{children:[(0,z.jsx)(d.Th,{children:`Person`}),(0,z.jsx)(d.Th,{children:`Teams`}),(0,z.jsx)(d.Th,{children:`Expertise`}),(0,z.jsx)(d.Th,{children:`Local time`}),(0,z.jsx)(d.Th,{children:`Contact`})]})}),(0,z.jsxs)(d.Tbody,{children:[p.map(e=>(0,z.jsx)(Q,{p:e,viewerID:t,now:n},e.id)),o.map(e=>(0,z.jsx)(ie,{where:r,after:e,report:c,viewerID:t,now:n},e))]})]})}),(0,z.jsx)(X,{shown:g,total:f.totalCount,what:`people`,next:h,onMore:l})]}):(0,z.jsx)(A,{what:`people`})]})}function ie({where:e,after:t,report:n,viewerID:r,now:i}){let[a,o]=b({query:B,variables:{where:e,first:50,after:t},context:Y}),s=a.data?.users;return(0,R.useEffect)(()=>{s&&n(t,{count:L(s).length,hasNextPage:s.pageInfo.hasNextPage,endCursor:s.pageInfo.endCursor})},[s,t,n]),(0,z.jsxs)(z.Fragment,{children:[L(s).map(e=>(0,z.jsx)(Q,{p:e,viewerID:r,now:i},e.id)),(0,z.jsx)(Z,{colSpan:5,what:`people`,fetching:!s,error:a.error,onRetry:()=>o({requestPolicy:`network-only`})})]})}function Z({colSpan:e,what:t,fetching:n,error:r,onRetry:i}){return r?(0,z.jsx)(d.Tr,{children:(0,z.jsx)(d.Td,{colSpan:e,children:(0,z.jsx)(N,{error:r,onRetry:i})})}):n?(0,z.jsx)(d.Tr,{children:(0,z.jsx)(d.Td,{colSpan:e,children:(0,z.jsx)(A,{what:`more ${t}`})})}):null}function Q({p:e,viewerID:t,now:n}){return(0,z.jsxs)(d.Tr,{"data-testid":`directory-person`,children:[(0,z.jsxs)(d.Th,{scope:`row`,fw:400,children:[(0,z.jsxs)(u,{size:`sm`,fw:600,children:[e.name,e.id===t?(0,z.jsx)(c,{size:`xs`,ml:6,variant:`light`,children:`You`}):null]}),e.title?(0,z.jsx)(u,{size:`xs`,c:`dimmed`,children:e.title}):null]}),(0,z.jsx)(d.Td,{children:(0,z.jsx)(u,{size:`sm`,children:L(e.teams).map(e=>e.name).join(`, `)||`—`})}),(0,z.jsx)(d.Td,{children:(0,z.jsx)(l,{gap:4,children:(e.expertise??[]).map(e=>(0,z.jsx)(c,{size:`xs`,variant:`light`,color:`teal`,tt:`none`,children:e},e))})}),(0,z.jsx)(d.Td,{children:(0,z.jsx)(x,{time:C(e.timeZone,n),offset:ee(e.timeZone,n),zone:e.timeZone})}),(0,z.jsx)(d.Td,{children:(0,z.jsx)(E,{phone:e.phone,chatHandle:e.chatHandle,email:e.email})})]})}function ae({filter:e,canEdit:t,onEdit:n}){let r=(0,R.useMemo)(()=>te(e),[e]),[i,a]=b({query:V,variables:{where:r,first:50},context:Y}),{cursors:o,loaded:s,report:c,add:l}=J(),f=i.data?.services,p=L(f),m=o[o.length-1],h=m?s[m]?.hasNextPage?s[m].endCursor:null:f?.pageInfo.hasNextPage?f.pageInfo.endCursor:null,g=p.length+o.reduce((e,t)=>e+(s[t]?.count??0),0),v=t?5:4;return(0,z.jsxs)(`section`,{"aria-labelledby":`services-heading`,children:[(0,z.jsxs)(_,{order:2,size:`h3`,id:`services-heading`,mb:`xs`,children:[`Services`,f?(0,z.jsx)(u,{span:!0,c:`dimmed`,size:`sm`,ml:8,"data-testid":`directory-services-count`,children:F(f.totalCount,`service`)}):null]}),i.error&&!i.data?(0,z.jsx)(N,{error:i.error,onRetry:()=>a({requestPolicy:`network-only`})}):f?f.totalCount===0?(0,z.jsx)(u,{c:`dimmed`,fs:`italic`,size:`sm`,children:e?`No service matches “${e}”.`:`No services yet.`}):(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(d.ScrollContainer,{minWidth:800,children:(0,z.jsxs)(d,{verticalSpacing:`xs`,"aria-label":`Services`,striped:!0,children:[(0,z.jsx)(d.Thead,{children:(0,z.jsxs)(d.Tr,{children:[(0,z.jsx)(d.Th,{children:`Service`}),(0,z.jsx)(d.Th,{children:`Owning team`}),(0,z.jsx)(d.Th,{children:`Escalation contacts`}),(0,z.jsx)(d.Th,{children:`Runbook`}),t?(0,z.jsx)(d.Th,{children:`Change`}):null]})}),(0,z.jsxs)(d.Tbody,{children:[p.map(e=>(0,z.jsx)($,{s:e,canEdit:t,onEdit:n},e.id)),o.map(e=>(0,z.jsx)(oe,{where:r,after:e,report:c,canEdit:t,onEdit:n,columns:v},e))]})]})}),(0,z.jsx)(X,{shown:g,total:f.totalCount,what:`services`,next:h,onMore:l})]}):(0,z.jsx)(A,{what:`services`})]})}function oe({where:e,after:t,report:n,canEdit:r,onEdit:i,columns:a}){let[o,s]=b({query:V,variables:{where:e,first:50,after:t},context:Y}),c=o.data?.services;return(0,R.useEffect)(()=>{c&&n(t,{count:L(c).length,hasNextPage:c.pageInfo.hasNextPage,endCursor:c.pageInfo.endCursor})},[c,t,n]),(0,z.jsxs)(z.Fragment,{children:[L(c).map(e=>(0,z.jsx)($,{s:e,canEdit:r,onEdit:i},e.id)),(0,z.jsx)(Z,{colSpan:a,what:`services`,fetching:!c,error:o.error,onRetry:()=>s({requestPolicy:`network-only`})})]})}function $({s:e,canEdit:t,onEdit:n}){let r=j(e.runbookURL);return(0,z.jsxs)(d.Tr,{"data-testid":`directory-service`,children:[(0,z.jsxs)(d.Th,{scope:`row`,fw:400,children:[(0,z.jsx)(a,{component:i,to:`/services/${encodeURIComponent(e.id)}`,size:`sm`,fw:600,children:e.name}),(0,z.jsx)(u,{size:`xs`,c:`dimmed`,children:M(I,e.kind)})]}),(0,z.jsxs)(d.Td,{children:[(0,z.jsx)(u,{size:`sm`,children:e.ownerTeam?.name??`—`}),e.ownerTeam?.chatChannel?(0,z.jsx)(u,{size:`xs`,c:`dimmed`,children:e.ownerTeam.chatChannel}):null]}),(0,z.jsx)(d.Td,{children:(0,z.jsx)(u,{size:`sm`,children:L(e.escalationContacts).map(e=>e.phone?`${e.name} (${e.phone})`:e.name).join(`, `)||`—`})}),(0,z.jsx)(d.Td,{children:r?(0,z.jsx)(a,{href:r,target:`_blank`,rel:`noreferrer`,size:`sm`,children:`Runbook`}):(0,z.jsx)(u,{size:`sm`,c:`dimmed`,children:`—`})}),t?(0,z.jsx)(d.Td,{children:(0,z.jsx)(o,{size:`compact-xs`,variant:`subtle`,onClick:()=>n(e),"aria-label":`Edit ${e.name}`,children:`Edit`})}):null]})}function se({me:e,onDone:t}){let[n,r]=(0,R.useState)(e.phone??``),[i,a]=(0,R.useState)(e.chatHandle??``),[c,u]=(0,R.useState)(e.expertise??[]),[d,f]=(0,R.useState)(e.timeZone),_=(0,R.useMemo)(()=>S([e.timeZone]),[e.timeZone]),[v,b]=y(U);return(0,z.jsx)(`form`,{onSubmit:async r=>{r.preventDefault(),(await b({id:e.id,input:{...n.trim()?{phone:n.trim()}:{clearPhone:!0},...i.trim()?{chatHandle:i.trim()}:{clearChatHandle:!0},...c.length?{expertise:c}:{clearExpertise:!0},...d?{timeZone:d}:{}}})).error||t()},children:(0,z.jsxs)(g,{gap:`sm`,children:[(0,z.jsx)(m,{label:`Phone`,description:`In international form, e.g. +49 30 1234567`,value:n,onChange:e=>r(e.currentTarget.value)}),(0,z.jsx)(m,{label:`Chat handle`,description:`e.g. @sam on Slack`,value:i,onChange:e=>a(e.currentTarget.value)}),(0,z.jsx)(h,{label:`Expertise`,description:`What people may call you about; press Enter after each`,value:c,onChange:u,clearable:!0}),(0,z.jsx)(p,{label:`Time zone`,data:_,value:d,onChange:f,searchable:!0,allowDeselect:!1}),v.error?(0,z.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:O(v.error)}):null,(0,z.jsx)(l,{justify:`flex-end`,children:(0,z.jsx)(o,{type:`submit`,loading:v.fetching,children:`Save`})})]})})}function ce({service:e,onDone:t}){let n=L(e.escalationContacts),r=n.map(e=>e.id),[i,a]=(0,R.useState)(r),[c,u]=(0,R.useState)(e.runbookURL??``),[d,f]=y(W);return(0,z.jsx)(`form`,{onSubmit:async n=>{n.preventDefault();let a=i.filter(e=>!r.includes(e)),o=r.filter(e=>!i.includes(e));(await f({id:e.id,input:{...c.trim()?{runbookURL:c.trim()}:{clearRunbookURL:!0},...a.length?{addEscalationContactIDs:a}:{},...o.length?{removeEscalationContactIDs:o}:{}}})).error||t()},children:(0,z.jsxs)(g,{gap:`sm`,children:[(0,z.jsx)(T,{kind:`people`,label:`Escalation contacts`,description:`Called first for this service, before the owning team`,known:n,value:i,onChange:a,clearable:!0}),(0,z.jsx)(m,{label:`Runbook`,placeholder:`https://…`,value:c,onChange:e=>u(e.currentTarget.value)}),d.error?(0,z.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:O(d.error)}):null,(0,z.jsx)(l,{justify:`flex-end`,children:(0,z.jsx)(o,{type:`submit`,loading:d.fetching,children:`Save`})})]})})}export{ne as DirectoryPage};