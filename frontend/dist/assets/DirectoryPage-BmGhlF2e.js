import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{K as t,g as n}from"./charts-DjiliodD.js";import{B as r,H as i,I as a,P as o,V as s,_ as c,a as l,l as u,n as d,r as f,s as p,t as m,v as h,z as g}from"./mantine-63152CtJ.js";import{d as _,n as v}from"./react-BeBtKiky.js";import{a as y,o as b}from"./vendor-DZZDRZt8.js";import{G as x,J as S,K as C,Q as w,W as T,X as E,Y as D,Z as O,q as k}from"./index-D9ql-6sw.js";import{A,b as j,d as M,j as N,k as P,x as F}from"./format-BscvgyYU.js";import{n as I}from"./query-D2SnXsJ0.js";var L=e(t(),1),R=n(),z=P(`
  query Directory {
    users(first: 100, where: { serviceAccount: false }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
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
      }
    }
    services(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
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
      }
    }
  }
`),B=P(`
  mutation UpdateMyContact($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      phone
      chatHandle
      expertise
      timeZone
    }
  }
`),V=P(`
  mutation UpdateServiceResponse($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      id
      runbookURL
    }
  }
`);function H(){let[e,t]=(0,L.useState)(()=>new Date);return(0,L.useEffect)(()=>{let e=setInterval(()=>t(new Date),6e4);return()=>clearInterval(e)},[]),e}function U(e,...t){if(!e)return!0;let n=e.toLowerCase();return t.some(e=>e?.toLowerCase().includes(n))}function W(){w(`Directory`);let{viewer:e}=O(),[t,n]=_(),s=t.get(`q`)??``,c=e=>n(e?{q:e}:{},{replace:!0}),u=(0,L.useMemo)(()=>({additionalTypenames:[`User`,`Service`]}),[]),[f,y]=b({query:z,context:u}),S=()=>y({requestPolicy:`network-only`}),D=H(),[P,B]=(0,L.useState)(!1),[V,W]=(0,L.useState)(null),q=I(f.data?.users),J=I(f.data?.services),Y=s.trim(),X=q.filter(e=>U(Y,e.name,e.title,e.chatHandle,e.email,e.timeZone,...e.expertise??[],...I(e.teams).map(e=>e.name))),Z=J.filter(e=>U(Y,e.name,e.ownerTeam?.name,...I(e.escalationContacts).map(e=>e.name))),Q=q.find(t=>t.id===e.id);return(0,R.jsxs)(p,{gap:`lg`,children:[(0,R.jsxs)(`div`,{children:[(0,R.jsx)(m,{order:1,children:`Directory`}),(0,R.jsxs)(r,{c:`dimmed`,size:`sm`,children:[`Who to call during an incident: people with their teams, skills, local time and how to reach them, and who answers for each service. Press `,(0,R.jsx)(`b`,{children:`?`}),` anywhere for a quick search.`]})]}),(0,R.jsxs)(i,{align:`flex-end`,children:[(0,R.jsx)(d,{label:`Filter`,type:`search`,placeholder:`Name, team, skill or service…`,value:s,onChange:e=>c(e.currentTarget.value),w:320}),Q?(0,R.jsx)(o,{variant:`light`,onClick:()=>B(!0),children:`Edit my contact details`}):null]}),f.error&&!f.data?(0,R.jsx)(N,{error:f.error,onRetry:S}):f.data?(0,R.jsxs)(R.Fragment,{children:[(0,R.jsxs)(`section`,{"aria-labelledby":`people-heading`,children:[(0,R.jsx)(m,{order:2,size:`h3`,id:`people-heading`,mb:`xs`,children:`People`}),X.length===0?(0,R.jsxs)(r,{c:`dimmed`,fs:`italic`,size:`sm`,children:[`Nobody matches “`,Y,`”.`]}):(0,R.jsx)(l.ScrollContainer,{minWidth:800,children:(0,R.jsxs)(l,{verticalSpacing:`xs`,"aria-label":`People`,striped:!0,children:[(0,R.jsx)(l.Thead,{children:(0,R.jsxs)(l.Tr,{children:[(0,R.jsx)(l.Th,{children:`Person`}),(0,R.jsx)(l.Th,{children:`Teams`}),(0,R.jsx)(l.Th,{children:`Expertise`}),(0,R.jsx)(l.Th,{children:`Local time`}),(0,R.jsx)(l.Th,{children:`Contact`})]})}),(0,R.jsx)(l.Tbody,{children:X.map(t=>(0,R.jsxs)(l.Tr,{"data-testid":`directory-person`,children:[(0,R.jsxs)(l.Th,{scope:`row`,fw:400,children:[(0,R.jsxs)(r,{size:`sm`,fw:600,children:[t.name,t.id===e.id?(0,R.jsx)(a,{size:`xs`,ml:6,variant:`light`,children:`You`}):null]}),t.title?(0,R.jsx)(r,{size:`xs`,c:`dimmed`,children:t.title}):null]}),(0,R.jsx)(l.Td,{children:(0,R.jsx)(r,{size:`sm`,children:I(t.teams).map(e=>e.name).join(`, `)||`—`})}),(0,R.jsx)(l.Td,{children:(0,R.jsx)(i,{gap:4,children:(t.expertise??[]).map(e=>(0,R.jsx)(a,{size:`xs`,variant:`light`,color:`teal`,tt:`none`,children:e},e))})}),(0,R.jsx)(l.Td,{children:(0,R.jsx)(x,{time:C(t.timeZone,D),offset:k(t.timeZone,D),zone:t.timeZone})}),(0,R.jsx)(l.Td,{children:(0,R.jsx)(T,{phone:t.phone,chatHandle:t.chatHandle,email:t.email})})]},t.id))})]})})]}),(0,R.jsxs)(`section`,{"aria-labelledby":`services-heading`,children:[(0,R.jsx)(m,{order:2,size:`h3`,id:`services-heading`,mb:`xs`,children:`Services`}),Z.length===0?(0,R.jsxs)(r,{c:`dimmed`,fs:`italic`,size:`sm`,children:[`No service matches “`,Y,`”.`]}):(0,R.jsx)(l.ScrollContainer,{minWidth:800,children:(0,R.jsxs)(l,{verticalSpacing:`xs`,"aria-label":`Services`,striped:!0,children:[(0,R.jsx)(l.Thead,{children:(0,R.jsxs)(l.Tr,{children:[(0,R.jsx)(l.Th,{children:`Service`}),(0,R.jsx)(l.Th,{children:`Owning team`}),(0,R.jsx)(l.Th,{children:`Escalation contacts`}),(0,R.jsx)(l.Th,{children:`Runbook`}),E(e.role)?(0,R.jsx)(l.Th,{children:`Change`}):null]})}),(0,R.jsx)(l.Tbody,{children:Z.map(t=>{let n=j(t.runbookURL);return(0,R.jsxs)(l.Tr,{"data-testid":`directory-service`,children:[(0,R.jsxs)(l.Th,{scope:`row`,fw:400,children:[(0,R.jsx)(g,{component:v,to:`/services/${encodeURIComponent(t.id)}`,size:`sm`,fw:600,children:t.name}),(0,R.jsx)(r,{size:`xs`,c:`dimmed`,children:M(F,t.kind)})]}),(0,R.jsxs)(l.Td,{children:[(0,R.jsx)(r,{size:`sm`,children:t.ownerTeam?.name??`—`}),t.ownerTeam?.chatChannel?(0,R.jsx)(r,{size:`xs`,c:`dimmed`,children:t.ownerTeam.chatChannel}):null]}),(0,R.jsx)(l.Td,{children:(0,R.jsx)(r,{size:`sm`,children:I(t.escalationContacts).map(e=>e.phone?`${e.name} (${e.phone})`:e.name).join(`, `)||`—`})}),(0,R.jsx)(l.Td,{children:n?(0,R.jsx)(g,{href:n,target:`_blank`,rel:`noreferrer`,size:`sm`,children:`Runbook`}):(0,R.jsx)(r,{size:`sm`,c:`dimmed`,children:`—`})}),E(e.role)?(0,R.jsx)(l.Td,{children:(0,R.jsx)(o,{size:`compact-xs`,variant:`subtle`,onClick:()=>W(t),"aria-label":`Edit ${t.name}`,children:`Edit`})}):null]},t.id)})})]})})]})]}):(0,R.jsx)(A,{what:`the directory`}),(0,R.jsx)(h,{opened:P&&!!Q,onClose:()=>B(!1),title:`My contact details`,children:Q?(0,R.jsx)(G,{me:Q,onDone:()=>{B(!1),S()}}):null}),(0,R.jsx)(h,{opened:!!V,onClose:()=>W(null),title:V?`Who answers for ${V.name}`:``,children:V?(0,R.jsx)(K,{service:V,people:q,onDone:()=>{W(null),S()}}):null})]})}function G({me:e,onDone:t}){let[n,r]=(0,L.useState)(e.phone??``),[a,c]=(0,L.useState)(e.chatHandle??``),[l,m]=(0,L.useState)(e.expertise??[]),[h,g]=(0,L.useState)(e.timeZone),_=(0,L.useMemo)(()=>S([e.timeZone]),[e.timeZone]),[v,b]=y(B);return(0,R.jsx)(`form`,{onSubmit:async r=>{r.preventDefault(),(await b({id:e.id,input:{...n.trim()?{phone:n.trim()}:{clearPhone:!0},...a.trim()?{chatHandle:a.trim()}:{clearChatHandle:!0},...l.length?{expertise:l}:{clearExpertise:!0},...h?{timeZone:h}:{}}})).error||t()},children:(0,R.jsxs)(p,{gap:`sm`,children:[(0,R.jsx)(d,{label:`Phone`,description:`In international form, e.g. +49 30 1234567`,value:n,onChange:e=>r(e.currentTarget.value)}),(0,R.jsx)(d,{label:`Chat handle`,description:`e.g. @sam on Slack`,value:a,onChange:e=>c(e.currentTarget.value)}),(0,R.jsx)(f,{label:`Expertise`,description:`What people may call you about; press Enter after each`,value:l,onChange:m,clearable:!0}),(0,R.jsx)(u,{label:`Time zone`,data:_,value:h,onChange:g,searchable:!0,allowDeselect:!1}),v.error?(0,R.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:D(v.error)}):null,(0,R.jsx)(i,{justify:`flex-end`,children:(0,R.jsx)(o,{type:`submit`,loading:v.fetching,children:`Save`})})]})})}function K({service:e,people:t,onDone:n}){let r=I(e.escalationContacts).map(e=>e.id),[a,l]=(0,L.useState)(r),[u,f]=(0,L.useState)(e.runbookURL??``),[m,h]=y(V),g=t.map(e=>({value:e.id,label:e.name}));return(0,R.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let i=a.filter(e=>!r.includes(e)),o=r.filter(e=>!a.includes(e));(await h({id:e.id,input:{...u.trim()?{runbookURL:u.trim()}:{clearRunbookURL:!0},...i.length?{addEscalationContactIDs:i}:{},...o.length?{removeEscalationContactIDs:o}:{}}})).error||n()},children:(0,R.jsxs)(p,{gap:`sm`,children:[(0,R.jsx)(c,{label:`Escalation contacts`,description:`Called first for this service, before the owning team`,data:g,value:a,onChange:l,searchable:!0,clearable:!0}),(0,R.jsx)(d,{label:`Runbook`,placeholder:`https://…`,value:u,onChange:e=>f(e.currentTarget.value)}),m.error?(0,R.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:D(m.error)}):null,(0,R.jsx)(i,{justify:`flex-end`,children:(0,R.jsx)(o,{type:`submit`,loading:m.fetching,children:`Save`})})]})})}export{W as DirectoryPage};