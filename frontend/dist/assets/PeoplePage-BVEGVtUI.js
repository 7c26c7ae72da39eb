import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{f as t,h as n}from"./react-ChuVQnjQ.js";import{B as r,G as i,K as a,L as o,W as s,a as c,ft as l,l as u,n as d,s as f,t as p,y as m}from"./mantine-BofZ7yjn.js";import{a as h}from"./vendor-DqmFq54U.js";import{B as g,K as _,nt as v,rt as y,z as b}from"./index-C_b_1IIc.js";import{A as x,j as S,k as C,m as w,y as T}from"./format-BDnBXdgX.js";import{r as E}from"./query-DwUaP1cO.js";var D=e(n(),1),O=t(),k=C(`
  query AdminPeople($where: UserWhereInput!, $after: Cursor) {
    users(first: 100, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
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
  }
`),A=C(`
  mutation SetRole($id: ID!, $role: Role!) {
    updateUser(id: $id, input: { role: $role }) {
      id
      role
    }
  }
`),j=e=>e.users,M={additionalTypenames:[`User`]},N=Object.entries(T).map(([e,t])=>({value:e,label:t}));function P(){y(`People`);let[e,t]=(0,D.useState)(``),[n]=l(e.trim(),250);return(0,O.jsxs)(f,{gap:`lg`,children:[(0,O.jsxs)(`div`,{children:[(0,O.jsx)(p,{order:1,children:`People`}),(0,O.jsx)(s,{c:`dimmed`,size:`sm`,children:`People appear here when they first sign in. Admins manage Debrief, analysts run reviews and curate the directory, members write about incidents and viewers only read.`})]}),(0,O.jsx)(d,{label:`Search`,type:`search`,placeholder:`Name…`,value:e,onChange:e=>t(e.currentTarget.value),w:320}),(0,O.jsx)(F,{search:n},n)]})}function F({search:e}){let t=(0,D.useMemo)(()=>({where:e?{serviceAccount:!1,nameContainsFold:e}:{serviceAccount:!1}}),[e]),{result:n,reload:r,nodes:i,total:a,paging:o}=b(k,j,M,t);return n.error&&!n.data?(0,O.jsx)(S,{error:n.error,onRetry:r}):n.data?i.length===0?(0,O.jsx)(s,{c:`dimmed`,fs:`italic`,children:e?`Nobody’s name contains “${e}”.`:`Nobody has signed in yet.`}):(0,O.jsxs)(`div`,{children:[(0,O.jsx)(s,{size:`sm`,c:`dimmed`,"data-testid":`people-count`,children:w(a,`person`,`people`)}),(0,O.jsxs)(c,{verticalSpacing:`sm`,"aria-label":`People`,children:[(0,O.jsx)(c.Thead,{children:(0,O.jsxs)(c.Tr,{children:[(0,O.jsx)(c.Th,{children:`Person`}),(0,O.jsx)(c.Th,{children:`Email`}),(0,O.jsx)(c.Th,{children:`Teams`}),(0,O.jsx)(c.Th,{children:`Role`})]})}),(0,O.jsx)(c.Tbody,{children:i.map(e=>(0,O.jsx)(I,{person:e},e.id))})]}),(0,O.jsx)(g,{paging:o,shown:i.length,total:a,what:`people`})]}):(0,O.jsx)(x,{what:`people`})}function I({person:e}){let{viewer:t}=v(),[n,l]=h(A),[d,p]=(0,D.useState)(null),g=_(n.error,[`role`]),y=g.fields.role??g.other,b=e.id===t.id,x=t=>{t!==e.role&&(b&&e.role===`ADMIN`?p(t):l({id:e.id,role:t}))};return(0,O.jsxs)(c.Tr,{"data-testid":`person-row`,children:[(0,O.jsxs)(c.Td,{fw:600,children:[e.name,b?(0,O.jsx)(r,{size:`xs`,ml:6,variant:`light`,children:`You`}):null]}),(0,O.jsx)(c.Td,{children:e.email||`—`}),(0,O.jsx)(c.Td,{children:E(e.teams).map(e=>e.name).join(`, `)||`—`}),(0,O.jsxs)(c.Td,{children:[(0,O.jsx)(u,{"aria-label":`Role of ${e.name}`,data:N,value:e.role,onChange:e=>e&&x(e),allowDeselect:!1,disabled:n.fetching,size:`xs`,w:140}),y?(0,O.jsx)(i,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:y}):null,(0,O.jsx)(m,{opened:!!d,onClose:()=>p(null),title:`Stop being an admin?`,children:(0,O.jsxs)(f,{gap:`sm`,children:[(0,O.jsxs)(s,{size:`sm`,children:[`You will become `,d?T[d].toLowerCase():``,` and lose the admin pages at once; only another admin can make you an admin again.`]}),(0,O.jsxs)(a,{justify:`flex-end`,children:[(0,O.jsx)(o,{variant:`default`,onClick:()=>p(null),children:`Stay admin`}),(0,O.jsx)(o,{color:`orange`,onClick:()=>{d&&l({id:e.id,role:d}),p(null)},children:`Step down`})]})]})})]})]})}export{P as PeoplePage};