import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{d as t,f as n,h as r,n as i}from"./react-ChuVQnjQ.js";import{B as a,G as o,K as s,L as c,U as l,W as u,a as d,ft as f,l as p,n as m,r as h,s as g,t as _,y as v}from"./mantine-BofZ7yjn.js";import{a as y,o as b}from"./vendor-DqmFq54U.js";import{$ as x,J as S,Q as C,U as w,X as T,Y as E,Z as D,et as ee,nt as te,rt as O}from"./index-C_b_1IIc.js";import{A as k,b as A,d as j,j as M,k as N,m as P,x as ne}from"./format-BDnBXdgX.js";import{r as F}from"./query-DwUaP1cO.js";var I=e(r(),1),L=n();N(`
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
`),N(`
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
`);var R=N(`
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
`),z=N(`
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
`),B=N(`
  query DirectoryMe($id: ID!) {
    users(first: 1, where: { id: $id }) {
      edges {
        node {
          ...DirectoryPersonFields
        }
      }
    }
  }
`),V=N(`
  mutation UpdateMyContact($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      phone
      chatHandle
      expertise
      timeZone
    }
  }
`),H=N(`
  mutation UpdateServiceResponse($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      id
      runbookURL
    }
  }
`);function U(){let[e,t]=(0,I.useState)(()=>new Date);return(0,I.useEffect)(()=>{let e=setInterval(()=>t(new Date),6e4);return()=>clearInterval(e)},[]),e}var W=100;function G(e){if(!e)return{serviceAccount:!1};let t=[{nameContainsFold:e},{titleContainsFold:e},{emailContainsFold:e},{chatHandleContainsFold:e},{timeZoneContainsFold:e},{hasTeamsWith:[{nameContainsFold:e}]}];return e.length<=W&&t.push({expertiseContainsFold:e}),{serviceAccount:!1,or:t}}function K(e){return e?{or:[{nameContainsFold:e},{hasOwnerTeamWith:[{nameContainsFold:e}]},{hasEscalationContactsWith:[{nameContainsFold:e}]}]}:{}}function q(){let[e,t]=(0,I.useState)([]),[n,r]=(0,I.useState)({});return{cursors:e,loaded:n,report:(0,I.useCallback)((e,t)=>r(n=>{let r=n[e];return r&&r.count===t.count&&r.hasNextPage===t.hasNextPage&&r.endCursor===t.endCursor?n:{...n,[e]:t}}),[]),add:e=>t(t=>t.includes(e)?t:[...t,e])}}var J={additionalTypenames:[`User`,`Service`]};function Y(){O(`Directory`);let{viewer:e}=te(),[n,r]=t(),i=n.get(`q`)??``,a=e=>r(e?{q:e}:{},{replace:!0}),[o]=f(i.trim(),250),l=U(),[d,p]=(0,I.useState)(!1),[h,y]=(0,I.useState)(null),[x,S]=b({query:B,variables:{id:e.id},context:J}),C=F(x.data?.users)[0];return(0,L.jsxs)(g,{gap:`lg`,children:[(0,L.jsxs)(`div`,{children:[(0,L.jsx)(_,{order:1,children:`Directory`}),(0,L.jsxs)(u,{c:`dimmed`,size:`sm`,children:[`Who to call during an incident: people with their teams, skills, local time and how to reach them, and who answers for each service. Press `,(0,L.jsx)(`b`,{children:`?`}),` anywhere for a quick search.`]})]}),(0,L.jsxs)(s,{align:`flex-end`,children:[(0,L.jsx)(m,{label:`Filter`,type:`search`,placeholder:`Name, team, skill or service…`,value:i,onChange:e=>a(e.currentTarget.value),w:320}),C?(0,L.jsx)(c,{variant:`light`,onClick:()=>p(!0),children:`Edit my contact details`}):null]}),(0,L.jsx)(re,{filter:o,viewerID:e.id,now:l},`people:${o}`),(0,L.jsx)(ae,{filter:o,canEdit:ee(e.role),onEdit:y},`services:${o}`),(0,L.jsx)(v,{opened:d&&!!C,onClose:()=>p(!1),title:`My contact details`,children:C?(0,L.jsx)(se,{me:C,onDone:()=>{p(!1),S({requestPolicy:`network-only`})}}):null}),(0,L.jsx)(v,{opened:!!h,onClose:()=>y(null),title:h?`Who answers for ${h.name}`:``,children:h?(0,L.jsx)(ce,{service:h,onDone:()=>y(null)}):null})]})}function X({shown:e,total:t,what:n,next:r,onMore:i}){return(0,L.jsxs)(s,{justify:`space-between`,mt:`xs`,children:[(0,L.jsxs)(u,{size:`sm`,c:`dimmed`,"data-testid":`directory-${n}-shown`,"aria-live":`polite`,children:[`Showing `,e,` of `,n===`people`?P(t,`person`,`people`):P(t,`service`)]}),r?(0,L.jsxs)(c,{variant:`default`,size:`xs`,onClick:()=>i(r),children:[`Load more `,n]}):null]})}function re({filter:e,viewerID:t,now:n}){let r=(0,I.useMemo)(()=>G(e),[e]),[i,a]=b({query:R,variables:{where:r,first:50},context:J}),{cursors:o,loaded:s,report:c,add:l}=q(),f=i.data?.users,p=F(f),m=o[o.length-1],h=m?s[m]?.hasNextPage?s[m].endCursor:null:f?.pageInfo.hasNextPage?f.pageInfo.endCursor:null,g=p.length+o.reduce((e,t)=>e+(s[t]?.count??0),0);return(0,L.jsxs)(`section`,{"aria-labelledby":`people-heading`,children:[(0,L.jsxs)(_,{order:2,size:`h3`,id:`people-heading`,mb:`xs`,children:[`People`,f?(0,L.jsx)(u,{span:!0,c:`dimmed`,size:`sm`,ml:8,"data-testid":`directory-people-count`,children:P(f.totalCount,`person`,`people`)}):null]}),i.error&&!i.data?(0,L.jsx)(M,{error:i.error,onRetry:()=>a({requestPolicy:`network-only`})}):f?f.totalCount===0?(0,L.jsx)(u,{c:`dimmed`,fs:`italic`,size:`sm`,children:e?`Nobody matches “${e}”.`:`Nobody is in the directory yet.`}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(d.ScrollContainer,{minWidth:800,children:(0,L.jsxs)(d,{verticalSpacing:`xs`,"aria-label":`People`,striped:!0,children:[(0,L.jsx)(d.Thead,{children:(0,L.jsxs)(d.Tr,{children:[(0,L.jsx)(d.Th,{children:`Person`}),(0,L.jsx)(d.Th,{children:`Teams`}),(0,L.jsx)(d.Th,{children:`Expertise`}),(0,L.jsx)(d.Th,{children:`Local time`}),(0,L.jsx)(d.Th,{children:`Contact`})]})}),(0,L.jsxs)(d.Tbody,{children:[p.map(e=>(0,L.jsx)(Q,{p:e,viewerID:t,now:n},e.id)),o.map(e=>(0,L.jsx)(ie,{where:r,after:e,report:c,viewerID:t,now:n},e))]})]})}),(0,L.jsx)(X,{shown:g,total:f.totalCount,what:`people`,next:h,onMore:l})]}):(0,L.jsx)(k,{what:`people`})]})}function ie({where:e,after:t,report:n,viewerID:r,now:i}){let[a,o]=b({query:R,variables:{where:e,first:50,after:t},context:J}),s=a.data?.users;return(0,I.useEffect)(()=>{s&&n(t,{count:F(s).length,hasNextPage:s.pageInfo.hasNextPage,endCursor:s.pageInfo.endCursor})},[s,t,n]),(0,L.jsxs)(L.Fragment,{children:[F(s).map(e=>(0,L.jsx)(Q,{p:e,viewerID:r,now:i},e.id)),(0,L.jsx)(Z,{colSpan:5,what:`people`,fetching:!s,error:a.error,onRetry:()=>o({requestPolicy:`network-only`})})]})}function Z({colSpan:e,what:t,fetching:n,error:r,onRetry:i}){return r?(0,L.jsx)(d.Tr,{children:(0,L.jsx)(d.Td,{colSpan:e,children:(0,L.jsx)(M,{error:r,onRetry:i})})}):n?(0,L.jsx)(d.Tr,{children:(0,L.jsx)(d.Td,{colSpan:e,children:(0,L.jsx)(k,{what:`more ${t}`})})}):null}function Q({p:e,viewerID:t,now:n}){return(0,L.jsxs)(d.Tr,{"data-testid":`directory-person`,children:[(0,L.jsxs)(d.Th,{scope:`row`,fw:400,children:[(0,L.jsxs)(u,{size:`sm`,fw:600,children:[e.name,e.id===t?(0,L.jsx)(a,{size:`xs`,ml:6,variant:`light`,children:`You`}):null]}),e.title?(0,L.jsx)(u,{size:`xs`,c:`dimmed`,children:e.title}):null]}),(0,L.jsx)(d.Td,{children:(0,L.jsx)(u,{size:`sm`,children:F(e.teams).map(e=>e.name).join(`, `)||`—`})}),(0,L.jsx)(d.Td,{children:(0,L.jsx)(s,{gap:4,children:(e.expertise??[]).map(e=>(0,L.jsx)(a,{size:`xs`,variant:`light`,color:`teal`,tt:`none`,children:e},e))})}),(0,L.jsx)(d.Td,{children:(0,L.jsx)(E,{time:T(e.timeZone,n),offset:D(e.timeZone,n),zone:e.timeZone})}),(0,L.jsx)(d.Td,{children:(0,L.jsx)(S,{phone:e.phone,chatHandle:e.chatHandle,email:e.email})})]})}function ae({filter:e,canEdit:t,onEdit:n}){let r=(0,I.useMemo)(()=>K(e),[e]),[i,a]=b({query:z,variables:{where:r,first:50},context:J}),{cursors:o,loaded:s,report:c,add:l}=q(),f=i.data?.services,p=F(f),m=o[o.length-1],h=m?s[m]?.hasNextPage?s[m].endCursor:null:f?.pageInfo.hasNextPage?f.pageInfo.endCursor:null,g=p.length+o.reduce((e,t)=>e+(s[t]?.count??0),0),v=t?5:4;return(0,L.jsxs)(`section`,{"aria-labelledby":`services-heading`,children:[(0,L.jsxs)(_,{order:2,size:`h3`,id:`services-heading`,mb:`xs`,children:[`Services`,f?(0,L.jsx)(u,{span:!0,c:`dimmed`,size:`sm`,ml:8,"data-testid":`directory-services-count`,children:P(f.totalCount,`service`)}):null]}),i.error&&!i.data?(0,L.jsx)(M,{error:i.error,onRetry:()=>a({requestPolicy:`network-only`})}):f?f.totalCount===0?(0,L.jsx)(u,{c:`dimmed`,fs:`italic`,size:`sm`,children:e?`No service matches “${e}”.`:`No services yet.`}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(d.ScrollContainer,{minWidth:800,children:(0,L.jsxs)(d,{verticalSpacing:`xs`,"aria-label":`Services`,striped:!0,children:[(0,L.jsx)(d.Thead,{children:(0,L.jsxs)(d.Tr,{children:[(0,L.jsx)(d.Th,{children:`Service`}),(0,L.jsx)(d.Th,{children:`Owning team`}),(0,L.jsx)(d.Th,{children:`Escalation contacts`}),(0,L.jsx)(d.Th,{children:`Runbook`}),t?(0,L.jsx)(d.Th,{children:`Change`}):null]})}),(0,L.jsxs)(d.Tbody,{children:[p.map(e=>(0,L.jsx)($,{s:e,canEdit:t,onEdit:n},e.id)),o.map(e=>(0,L.jsx)(oe,{where:r,after:e,report:c,canEdit:t,onEdit:n,columns:v},e))]})]})}),(0,L.jsx)(X,{shown:g,total:f.totalCount,what:`services`,next:h,onMore:l})]}):(0,L.jsx)(k,{what:`services`})]})}function oe({where:e,after:t,report:n,canEdit:r,onEdit:i,columns:a}){let[o,s]=b({query:z,variables:{where:e,first:50,after:t},context:J}),c=o.data?.services;return(0,I.useEffect)(()=>{c&&n(t,{count:F(c).length,hasNextPage:c.pageInfo.hasNextPage,endCursor:c.pageInfo.endCursor})},[c,t,n]),(0,L.jsxs)(L.Fragment,{children:[F(c).map(e=>(0,L.jsx)($,{s:e,canEdit:r,onEdit:i},e.id)),(0,L.jsx)(Z,{colSpan:a,what:`services`,fetching:!c,error:o.error,onRetry:()=>s({requestPolicy:`network-only`})})]})}function $({s:e,canEdit:t,onEdit:n}){let r=A(e.runbookURL);return(0,L.jsxs)(d.Tr,{"data-testid":`directory-service`,children:[(0,L.jsxs)(d.Th,{scope:`row`,fw:400,children:[(0,L.jsx)(l,{component:i,to:`/services/${encodeURIComponent(e.id)}`,size:`sm`,fw:600,children:e.name}),(0,L.jsx)(u,{size:`xs`,c:`dimmed`,children:j(ne,e.kind)})]}),(0,L.jsxs)(d.Td,{children:[(0,L.jsx)(u,{size:`sm`,children:e.ownerTeam?.name??`—`}),e.ownerTeam?.chatChannel?(0,L.jsx)(u,{size:`xs`,c:`dimmed`,children:e.ownerTeam.chatChannel}):null]}),(0,L.jsx)(d.Td,{children:(0,L.jsx)(u,{size:`sm`,children:F(e.escalationContacts).map(e=>e.phone?`${e.name} (${e.phone})`:e.name).join(`, `)||`—`})}),(0,L.jsx)(d.Td,{children:r?(0,L.jsx)(l,{href:r,target:`_blank`,rel:`noreferrer`,size:`sm`,children:`Runbook`}):(0,L.jsx)(u,{size:`sm`,c:`dimmed`,children:`—`})}),t?(0,L.jsx)(d.Td,{children:(0,L.jsx)(c,{size:`compact-xs`,variant:`subtle`,onClick:()=>n(e),"aria-label":`Edit ${e.name}`,children:`Edit`})}):null]})}function se({me:e,onDone:t}){let[n,r]=(0,I.useState)(e.phone??``),[i,a]=(0,I.useState)(e.chatHandle??``),[l,u]=(0,I.useState)(e.expertise??[]),[d,f]=(0,I.useState)(e.timeZone),_=(0,I.useMemo)(()=>C([e.timeZone]),[e.timeZone]),[v,b]=y(V);return(0,L.jsx)(`form`,{onSubmit:async r=>{r.preventDefault(),(await b({id:e.id,input:{...n.trim()?{phone:n.trim()}:{clearPhone:!0},...i.trim()?{chatHandle:i.trim()}:{clearChatHandle:!0},...l.length?{expertise:l}:{clearExpertise:!0},...d?{timeZone:d}:{}}})).error||t()},children:(0,L.jsxs)(g,{gap:`sm`,children:[(0,L.jsx)(m,{label:`Phone`,description:`In international form, e.g. +49 30 1234567`,value:n,onChange:e=>r(e.currentTarget.value)}),(0,L.jsx)(m,{label:`Chat handle`,description:`e.g. @sam on Slack`,value:i,onChange:e=>a(e.currentTarget.value)}),(0,L.jsx)(h,{label:`Expertise`,description:`What people may call you about; press Enter after each`,value:l,onChange:u,clearable:!0}),(0,L.jsx)(p,{label:`Time zone`,data:_,value:d,onChange:f,searchable:!0,allowDeselect:!1}),v.error?(0,L.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:x(v.error)}):null,(0,L.jsx)(s,{justify:`flex-end`,children:(0,L.jsx)(c,{type:`submit`,loading:v.fetching,children:`Save`})})]})})}function ce({service:e,onDone:t}){let n=F(e.escalationContacts),r=n.map(e=>e.id),[i,a]=(0,I.useState)(r),[l,u]=(0,I.useState)(e.runbookURL??``),[d,f]=y(H);return(0,L.jsx)(`form`,{onSubmit:async n=>{n.preventDefault();let a=i.filter(e=>!r.includes(e)),o=r.filter(e=>!i.includes(e));(await f({id:e.id,input:{...l.trim()?{runbookURL:l.trim()}:{clearRunbookURL:!0},...a.length?{addEscalationContactIDs:a}:{},...o.length?{removeEscalationContactIDs:o}:{}}})).error||t()},children:(0,L.jsxs)(g,{gap:`sm`,children:[(0,L.jsx)(w,{kind:`people`,label:`Escalation contacts`,description:`Called first for this service, before the owning team`,known:n,value:i,onChange:a,clearable:!0}),(0,L.jsx)(m,{label:`Runbook`,placeholder:`https://…`,value:l,onChange:e=>u(e.currentTarget.value)}),d.error?(0,L.jsx)(o,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:x(d.error)}):null,(0,L.jsx)(s,{justify:`flex-end`,children:(0,L.jsx)(c,{type:`submit`,loading:d.fetching,children:`Save`})})]})})}export{Y as DirectoryPage};