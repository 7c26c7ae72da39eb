import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{d as t,f as n,h as r,n as i}from"./react-ChuVQnjQ.js";import{B as a,F as o,H as s,L as c,U as l,V as u,_ as d,a as f,l as p,n as m,r as h,s as g,t as _,v}from"./mantine-yOxTrcFb.js";import{a as y,o as b}from"./vendor-D4Fngvba.js";import{G as x,J as S,K as C,Q as w,W as T,X as E,Y as D,Z as O,q as k}from"./index-Bmt-To0P.js";import{A,b as j,d as M,j as N,k as P,x as F}from"./format-Xjo4WKyq.js";import{n as I}from"./query-CXh2mmwh.js";var L=e(r(),1),R=n(),z=P(`
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
`);function H(){let[e,t]=(0,L.useState)(()=>new Date);return(0,L.useEffect)(()=>{let e=setInterval(()=>t(new Date),6e4);return()=>clearInterval(e)},[]),e}function U(e,...t){if(!e)return!0;let n=e.toLowerCase();return t.some(e=>e?.toLowerCase().includes(n))}function W(){w(`Directory`);let{viewer:e}=O(),[n,r]=t(),s=n.get(`q`)??``,d=e=>r(e?{q:e}:{},{replace:!0}),p=(0,L.useMemo)(()=>({additionalTypenames:[`User`,`Service`]}),[]),[h,y]=b({query:z,context:p}),S=()=>y({requestPolicy:`network-only`}),D=H(),[P,B]=(0,L.useState)(!1),[V,W]=(0,L.useState)(null),q=I(h.data?.users),J=I(h.data?.services),Y=s.trim(),X=q.filter(e=>U(Y,e.name,e.title,e.chatHandle,e.email,e.timeZone,...e.expertise??[],...I(e.teams).map(e=>e.name))),Z=J.filter(e=>U(Y,e.name,e.ownerTeam?.name,...I(e.escalationContacts).map(e=>e.name))),Q=q.find(t=>t.id===e.id);return(0,R.jsxs)(g,{gap:`lg`,children:[(0,R.jsxs)(`div`,{children:[(0,R.jsx)(_,{order:1,children:`Directory`}),(0,R.jsxs)(u,{c:`dimmed`,size:`sm`,children:[`Who to call during an incident: people with their teams, skills, local time and how to reach them, and who answers for each service. Press `,(0,R.jsx)(`b`,{children:`?`}),` anywhere for a quick search.`]})]}),(0,R.jsxs)(l,{align:`flex-end`,children:[(0,R.jsx)(m,{label:`Filter`,type:`search`,placeholder:`Name, team, skill or service…`,value:s,onChange:e=>d(e.currentTarget.value),w:320}),Q?(0,R.jsx)(o,{variant:`light`,onClick:()=>B(!0),children:`Edit my contact details`}):null]}),h.error&&!h.data?(0,R.jsx)(N,{error:h.error,onRetry:S}):h.data?(0,R.jsxs)(R.Fragment,{children:[(0,R.jsxs)(`section`,{"aria-labelledby":`people-heading`,children:[(0,R.jsx)(_,{order:2,size:`h3`,id:`people-heading`,mb:`xs`,children:`People`}),X.length===0?(0,R.jsxs)(u,{c:`dimmed`,fs:`italic`,size:`sm`,children:[`Nobody matches “`,Y,`”.`]}):(0,R.jsx)(f.ScrollContainer,{minWidth:800,children:(0,R.jsxs)(f,{verticalSpacing:`xs`,"aria-label":`People`,striped:!0,children:[(0,R.jsx)(f.Thead,{children:(0,R.jsxs)(f.Tr,{children:[(0,R.jsx)(f.Th,{children:`Person`}),(0,R.jsx)(f.Th,{children:`Teams`}),(0,R.jsx)(f.Th,{children:`Expertise`}),(0,R.jsx)(f.Th,{children:`Local time`}),(0,R.jsx)(f.Th,{children:`Contact`})]})}),(0,R.jsx)(f.Tbody,{children:X.map(t=>(0,R.jsxs)(f.Tr,{"data-testid":`directory-person`,children:[(0,R.jsxs)(f.Th,{scope:`row`,fw:400,children:[(0,R.jsxs)(u,{size:`sm`,fw:600,children:[t.name,t.id===e.id?(0,R.jsx)(c,{size:`xs`,ml:6,variant:`light`,children:`You`}):null]}),t.title?(0,R.jsx)(u,{size:`xs`,c:`dimmed`,children:t.title}):null]}),(0,R.jsx)(f.Td,{children:(0,R.jsx)(u,{size:`sm`,children:I(t.teams).map(e=>e.name).join(`, `)||`—`})}),(0,R.jsx)(f.Td,{children:(0,R.jsx)(l,{gap:4,children:(t.expertise??[]).map(e=>(0,R.jsx)(c,{size:`xs`,variant:`light`,color:`teal`,tt:`none`,children:e},e))})}),(0,R.jsx)(f.Td,{children:(0,R.jsx)(x,{time:C(t.timeZone,D),offset:k(t.timeZone,D),zone:t.timeZone})}),(0,R.jsx)(f.Td,{children:(0,R.jsx)(T,{phone:t.phone,chatHandle:t.chatHandle,email:t.email})})]},t.id))})]})})]}),(0,R.jsxs)(`section`,{"aria-labelledby":`services-heading`,children:[(0,R.jsx)(_,{order:2,size:`h3`,id:`services-heading`,mb:`xs`,children:`Services`}),Z.length===0?(0,R.jsxs)(u,{c:`dimmed`,fs:`italic`,size:`sm`,children:[`No service matches “`,Y,`”.`]}):(0,R.jsx)(f.ScrollContainer,{minWidth:800,children:(0,R.jsxs)(f,{verticalSpacing:`xs`,"aria-label":`Services`,striped:!0,children:[(0,R.jsx)(f.Thead,{children:(0,R.jsxs)(f.Tr,{children:[(0,R.jsx)(f.Th,{children:`Service`}),(0,R.jsx)(f.Th,{children:`Owning team`}),(0,R.jsx)(f.Th,{children:`Escalation contacts`}),(0,R.jsx)(f.Th,{children:`Runbook`}),E(e.role)?(0,R.jsx)(f.Th,{children:`Change`}):null]})}),(0,R.jsx)(f.Tbody,{children:Z.map(t=>{let n=j(t.runbookURL);return(0,R.jsxs)(f.Tr,{"data-testid":`directory-service`,children:[(0,R.jsxs)(f.Th,{scope:`row`,fw:400,children:[(0,R.jsx)(a,{component:i,to:`/services/${encodeURIComponent(t.id)}`,size:`sm`,fw:600,children:t.name}),(0,R.jsx)(u,{size:`xs`,c:`dimmed`,children:M(F,t.kind)})]}),(0,R.jsxs)(f.Td,{children:[(0,R.jsx)(u,{size:`sm`,children:t.ownerTeam?.name??`—`}),t.ownerTeam?.chatChannel?(0,R.jsx)(u,{size:`xs`,c:`dimmed`,children:t.ownerTeam.chatChannel}):null]}),(0,R.jsx)(f.Td,{children:(0,R.jsx)(u,{size:`sm`,children:I(t.escalationContacts).map(e=>e.phone?`${e.name} (${e.phone})`:e.name).join(`, `)||`—`})}),(0,R.jsx)(f.Td,{children:n?(0,R.jsx)(a,{href:n,target:`_blank`,rel:`noreferrer`,size:`sm`,children:`Runbook`}):(0,R.jsx)(u,{size:`sm`,c:`dimmed`,children:`—`})}),E(e.role)?(0,R.jsx)(f.Td,{children:(0,R.jsx)(o,{size:`compact-xs`,variant:`subtle`,onClick:()=>W(t),"aria-label":`Edit ${t.name}`,children:`Edit`})}):null]},t.id)})})]})})]})]}):(0,R.jsx)(A,{what:`the directory`}),(0,R.jsx)(v,{opened:P&&!!Q,onClose:()=>B(!1),title:`My contact details`,children:Q?(0,R.jsx)(G,{me:Q,onDone:()=>{B(!1),S()}}):null}),(0,R.jsx)(v,{opened:!!V,onClose:()=>W(null),title:V?`Who answers for ${V.name}`:``,children:V?(0,R.jsx)(K,{service:V,people:q,onDone:()=>{W(null),S()}}):null})]})}function G({me:e,onDone:t}){let[n,r]=(0,L.useState)(e.phone??``),[i,a]=(0,L.useState)(e.chatHandle??``),[c,u]=(0,L.useState)(e.expertise??[]),[d,f]=(0,L.useState)(e.timeZone),_=(0,L.useMemo)(()=>S([e.timeZone]),[e.timeZone]),[v,b]=y(B);return(0,R.jsx)(`form`,{onSubmit:async r=>{r.preventDefault(),(await b({id:e.id,input:{...n.trim()?{phone:n.trim()}:{clearPhone:!0},...i.trim()?{chatHandle:i.trim()}:{clearChatHandle:!0},...c.length?{expertise:c}:{clearExpertise:!0},...d?{timeZone:d}:{}}})).error||t()},children:(0,R.jsxs)(g,{gap:`sm`,children:[(0,R.jsx)(m,{label:`Phone`,description:`In international form, e.g. +49 30 1234567`,value:n,onChange:e=>r(e.currentTarget.value)}),(0,R.jsx)(m,{label:`Chat handle`,description:`e.g. @sam on Slack`,value:i,onChange:e=>a(e.currentTarget.value)}),(0,R.jsx)(h,{label:`Expertise`,description:`What people may call you about; press Enter after each`,value:c,onChange:u,clearable:!0}),(0,R.jsx)(p,{label:`Time zone`,data:_,value:d,onChange:f,searchable:!0,allowDeselect:!1}),v.error?(0,R.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:D(v.error)}):null,(0,R.jsx)(l,{justify:`flex-end`,children:(0,R.jsx)(o,{type:`submit`,loading:v.fetching,children:`Save`})})]})})}function K({service:e,people:t,onDone:n}){let r=I(e.escalationContacts).map(e=>e.id),[i,a]=(0,L.useState)(r),[c,u]=(0,L.useState)(e.runbookURL??``),[f,p]=y(V),h=t.map(e=>({value:e.id,label:e.name}));return(0,R.jsx)(`form`,{onSubmit:async t=>{t.preventDefault();let a=i.filter(e=>!r.includes(e)),o=r.filter(e=>!i.includes(e));(await p({id:e.id,input:{...c.trim()?{runbookURL:c.trim()}:{clearRunbookURL:!0},...a.length?{addEscalationContactIDs:a}:{},...o.length?{removeEscalationContactIDs:o}:{}}})).error||n()},children:(0,R.jsxs)(g,{gap:`sm`,children:[(0,R.jsx)(d,{label:`Escalation contacts`,description:`Called first for this service, before the owning team`,data:h,value:i,onChange:a,searchable:!0,clearable:!0}),(0,R.jsx)(m,{label:`Runbook`,placeholder:`https://…`,value:c,onChange:e=>u(e.currentTarget.value)}),f.error?(0,R.jsx)(s,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:D(f.error)}):null,(0,R.jsx)(l,{justify:`flex-end`,children:(0,R.jsx)(o,{type:`submit`,loading:f.fetching,children:`Save`})})]})})}export{W as DirectoryPage};