import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{f as t,h as n}from"./react-ChuVQnjQ.js";import{B as r,G as i,K as a,L as o,N as s,W as c,X as l,Y as u,a as d,f,l as p,n as m,s as h,t as g,y as _}from"./mantine-BofZ7yjn.js";import{a as v}from"./vendor-DqmFq54U.js";import{B as y,G as b,K as x,L as S,nt as C,rt as w,tt as T,z as E}from"./index-C_b_1IIc.js";import{A as D,c as O,j as k,k as A,m as j,s as M}from"./format-BDnBXdgX.js";var N=e(n(),1),P=t(),F=A(`
  query APITokens($after: Cursor) {
    apiTokens(first: 100, after: $after, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          scope
          tokenPrefix
          createdAt
          expiresAt
          lastUsedAt
          user {
            id
            name
          }
        }
      }
    }
  }
`),I=A(`
  mutation CreateAPIToken($input: CreateAPITokenInput!) {
    createAPIToken(input: $input) {
      token
      apiToken {
        id
        name
      }
    }
  }
`),L=A(`
  mutation RevokeAPIToken($id: ID!) {
    revokeAPIToken(id: $id) {
      id
      revokedAt
    }
  }
`),R=e=>e.apiTokens,z={title:e=>`API token “${e}”`,label:`API token`,testId:`token-secret`,instructions:(0,P.jsxs)(P.Fragment,{children:[`Copy it now into the integration: you will not see it again — Debrief keeps only a fingerprint of it. Send it as`,` `,(0,P.jsx)(s,{children:`Authorization: Bearer <token>`}),`.`]})};function B(){w(`API tokens`);let{viewer:e}=C(),t=(0,N.useMemo)(()=>({additionalTypenames:[`APIToken`]}),[]),{result:n,reload:r,nodes:i,total:a,paging:o}=E(F,R,t),[s,l]=(0,N.useState)(null),u=i.filter(t=>t.user.id===e.id),d=i.filter(t=>t.user.id!==e.id);return(0,P.jsxs)(h,{gap:`lg`,children:[(0,P.jsxs)(`div`,{children:[(0,P.jsx)(g,{order:1,children:`API tokens`}),(0,P.jsx)(c,{c:`dimmed`,size:`sm`,children:`A token lets an integration — a deploy pipeline posting timeline events, a chat bot — use the API as you, with your role. Give each integration its own token, so revoking one stops only that one.`})]}),s?(0,P.jsx)(S,{name:s.name,secret:s.secret,kind:z,onDismiss:()=>l(null)}):null,(0,P.jsx)(W,{mayWrite:T(e.role),onCreated:e=>{l(e),r()}}),n.error&&!n.data?(0,P.jsx)(k,{error:n.error,onRetry:r}):n.data?(0,P.jsxs)(P.Fragment,{children:[(0,P.jsxs)(`section`,{"aria-label":`Your tokens`,children:[(0,P.jsx)(g,{order:2,size:`h3`,mb:`xs`,children:`Your tokens`}),u.length===0?(0,P.jsx)(c,{c:`dimmed`,fs:`italic`,children:`You have no tokens.`}):(0,P.jsx)(G,{tokens:u,label:`Your tokens`})]}),e.role===`ADMIN`?(0,P.jsxs)(`section`,{"aria-label":`Other people's tokens`,children:[(0,P.jsx)(g,{order:2,size:`h3`,children:`Other people’s tokens`}),(0,P.jsx)(c,{c:`dimmed`,size:`sm`,mb:`xs`,children:`As an admin you see everyone’s tokens (service accounts’ too) and may revoke any of them.`}),d.length===0?(0,P.jsx)(c,{c:`dimmed`,fs:`italic`,children:`Nobody else has a token.`}):(0,P.jsx)(G,{tokens:d,label:`Other people's tokens`,showOwner:!0})]}):null,(0,P.jsx)(y,{paging:o,shown:i.length,total:a,what:`tokens`})]}):(0,P.jsx)(D,{what:`your tokens`})]})}var V=[{value:`30`,label:`30 days`},{value:`90`,label:`90 days`},{value:`365`,label:`One year`},{value:`date`,label:`Until a date…`},{value:`never`,label:`Never (not recommended)`}];function H(e,t){return e===`never`?null:e===`date`?b(t):new Date(Date.now()+Number(e)*864e5).toISOString()}var U=[`name`,`scope`,`expiresAt`];function W({mayWrite:e,onCreated:t}){let[n,r]=(0,N.useState)(!1),[s,c]=(0,N.useState)(``),[l,d]=(0,N.useState)(`READ`),[_,y]=(0,N.useState)(`90`),[S,C]=(0,N.useState)(``),[w,T]=v(I),E=x(w.error,U);if(!n)return(0,P.jsx)(a,{children:(0,P.jsx)(o,{onClick:()=>r(!0),children:`Create a token`})});let D=async e=>{e.preventDefault();let n=(await T({input:{name:s.trim(),scope:l,expiresAt:H(_,S)}})).data?.createAPIToken;n&&(t({name:n.apiToken.name,secret:n.token}),c(``),d(`READ`),y(`90`),C(``),r(!1))},O=!s.trim()||_===`date`&&!b(S);return(0,P.jsx)(u,{withBorder:!0,p:`md`,radius:`md`,children:(0,P.jsx)(`form`,{onSubmit:D,"aria-label":`New API token`,children:(0,P.jsxs)(h,{gap:`sm`,children:[(0,P.jsx)(g,{order:2,size:`h4`,children:`New API token`}),(0,P.jsx)(m,{label:`Name`,description:`What uses it, e.g. “Deploy pipeline” or “Chat bot”`,value:s,onChange:e=>c(e.currentTarget.value),error:E.fields.name,maxLength:120,maw:420}),(0,P.jsx)(f.Group,{label:`Access`,value:l,onChange:e=>d(e),error:E.fields.scope,description:e?void 0:`Your role may only create read-only tokens.`,children:(0,P.jsxs)(h,{gap:6,mt:6,children:[(0,P.jsx)(f,{value:`READ`,label:`Read only — for reporting tools and dashboards`}),(0,P.jsx)(f,{value:`READ_WRITE`,label:`Read and write — for integrations that add incidents or timeline events`,disabled:!e})]})}),(0,P.jsxs)(a,{align:`flex-start`,gap:`sm`,children:[(0,P.jsx)(p,{label:`Expires after`,data:V,value:_,onChange:e=>e&&y(e),allowDeselect:!1,error:_===`date`?void 0:E.fields.expiresAt,w:220}),_===`date`?(0,P.jsx)(m,{type:`date`,label:`Expiry date`,value:S,onChange:e=>C(e.currentTarget.value),error:E.fields.expiresAt}):null]}),E.other?(0,P.jsx)(i,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:E.other}):null,(0,P.jsxs)(a,{children:[(0,P.jsx)(o,{type:`submit`,loading:w.fetching,disabled:O,children:`Create token`}),(0,P.jsx)(o,{variant:`default`,onClick:()=>r(!1),children:`Cancel`})]})]})})})}function G({tokens:e,label:t,showOwner:n=!1}){return(0,P.jsxs)(d.ScrollContainer,{minWidth:720,children:[(0,P.jsxs)(d,{verticalSpacing:`sm`,"aria-label":t,children:[(0,P.jsx)(d.Thead,{children:(0,P.jsxs)(d.Tr,{children:[(0,P.jsx)(d.Th,{children:`Name`}),n?(0,P.jsx)(d.Th,{children:`Acts as`}):null,(0,P.jsx)(d.Th,{children:`Access`}),(0,P.jsx)(d.Th,{children:`Created`}),(0,P.jsx)(d.Th,{children:`Expires`}),(0,P.jsx)(d.Th,{children:`Last used`}),(0,P.jsx)(d.Th,{children:(0,P.jsx)(l,{children:`Revoke`})})]})}),(0,P.jsx)(d.Tbody,{children:e.map(e=>(0,P.jsx)(K,{token:e,showOwner:n},e.id))})]}),(0,P.jsx)(c,{size:`xs`,c:`dimmed`,mt:4,children:j(e.length,`token`)})]})}function K({token:e,showOwner:t}){let[n,l]=(0,N.useState)(!1),[u,f]=v(L),p=x(u.error),m=!!e.expiresAt&&new Date(e.expiresAt).getTime()<=Date.now(),g=async()=>{(await f({id:e.id},{additionalTypenames:[`APIToken`]})).error||l(!1)};return(0,P.jsxs)(d.Tr,{"data-testid":`api-token`,children:[(0,P.jsxs)(d.Td,{children:[(0,P.jsx)(c,{size:`sm`,fw:600,children:e.name}),(0,P.jsxs)(s,{fz:`xs`,children:[e.tokenPrefix,`…`]})]}),t?(0,P.jsx)(d.Td,{children:e.user.name}):null,(0,P.jsx)(d.Td,{children:(0,P.jsx)(r,{variant:`light`,radius:`sm`,tt:`none`,color:e.scope===`READ_WRITE`?`orange`:`indigo`,children:e.scope===`READ_WRITE`?`Read and write`:`Read only`})}),(0,P.jsx)(d.Td,{children:(0,P.jsx)(c,{size:`sm`,title:O(e.createdAt),children:M(e.createdAt)})}),(0,P.jsx)(d.Td,{children:m?(0,P.jsxs)(r,{color:`red`,variant:`light`,radius:`sm`,tt:`none`,children:[`Expired `,M(e.expiresAt)]}):(0,P.jsx)(c,{size:`sm`,title:O(e.expiresAt),children:e.expiresAt?M(e.expiresAt):`Never`})}),(0,P.jsx)(d.Td,{children:(0,P.jsx)(c,{size:`sm`,c:e.lastUsedAt?void 0:`dimmed`,children:e.lastUsedAt?O(e.lastUsedAt):`Never used`})}),(0,P.jsxs)(d.Td,{children:[(0,P.jsx)(o,{size:`compact-sm`,variant:`subtle`,color:`red`,onClick:()=>l(!0),"aria-label":`Revoke ${e.name}`,children:`Revoke…`}),(0,P.jsx)(_,{opened:n,onClose:()=>l(!1),title:`Revoke “${e.name}”?`,children:(0,P.jsxs)(h,{gap:`sm`,children:[(0,P.jsxs)(c,{size:`sm`,children:[t?`${e.user.name}’s`:`The`,` integration using this token is refused from its next request, everywhere. This cannot be undone: to connect it again, create a new token.`]}),p.other?(0,P.jsx)(i,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:p.other}):null,(0,P.jsxs)(a,{justify:`flex-end`,children:[(0,P.jsx)(o,{variant:`default`,onClick:()=>l(!1),children:`Cancel`}),(0,P.jsx)(o,{color:`red`,onClick:()=>void g(),loading:u.fetching,children:`Revoke token`})]})]})})]})]})}export{B as TokensPage};