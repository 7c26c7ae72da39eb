import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{f as t,h as n}from"./react-ChuVQnjQ.js";import{C as r,G as i,K as a,L as o,N as s,W as c,Y as l,a as u,c as d,g as f,n as p,s as m,t as h,u as g}from"./mantine-BofZ7yjn.js";import{a as _,o as v}from"./vendor-DqmFq54U.js";import{A as y,d as b,j as x,k as S,m as C}from"./format-BDnBXdgX.js";import{$ as w,B as T,N as E,a as D,i as O,n as k,r as A,rt as j,z as M}from"./index-C_b_1IIc.js";import{r as N}from"./query-DwUaP1cO.js";var P=e(n(),1),F=t(),I=S(`
  query CommsAdmin {
    commsGuidelines(first: 10) {
      edges {
        node {
          id
          version
          audience
          body
          updateEveryMinutes
        }
      }
    }
  }
`),L=S(`
  query CommsTemplates($after: Cursor) {
    messageTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          audience
          name
          body
        }
      }
    }
  }
`),R=S(`
  mutation SetCommsGuideline($audience: CommsAudience!, $body: String!, $updateEveryMinutes: Int, $version: Int) {
    setCommsGuideline(audience: $audience, body: $body, updateEveryMinutes: $updateEveryMinutes, version: $version) {
      id
      version
    }
  }
`),z=S(`
  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      id
    }
  }
`),B=S(`
  mutation UpdateMessageTemplate($id: ID!, $version: Int!, $input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`),V=e=>e.messageTemplates,H=`Someone else saved this while you were editing. The page now shows their version; make your change again.`;function U(){j(`Communications`);let e=(0,P.useMemo)(()=>({additionalTypenames:[`CommsGuideline`,`MessageTemplate`]}),[]),[t,n]=v({query:I,context:e}),{result:r,reload:i,nodes:a,total:s,paging:f}=M(L,V,e),p=()=>{n({requestPolicy:`network-only`}),i()},g=N(t.data?.commsGuidelines),[_,S]=(0,P.useState)(null),w=a.find(e=>e.id===_)??null,E=!t.data&&t.error||!r.data&&r.error;return E?(0,F.jsx)(x,{error:E,onRetry:p}):!t.data||!r.data?(0,F.jsx)(y,{what:`the communication guidelines`}):(0,F.jsxs)(m,{gap:`lg`,children:[(0,F.jsxs)(`div`,{children:[(0,F.jsx)(h,{order:1,children:`Incident communications`}),(0,F.jsx)(c,{c:`dimmed`,size:`sm`,children:`What to tell each audience during an incident, how often, and the message templates responders fill in from the incident.`})]}),(0,F.jsxs)(`section`,{"aria-labelledby":`guidelines-heading`,children:[(0,F.jsx)(h,{order:2,size:`h3`,id:`guidelines-heading`,mb:`xs`,children:`Guidelines`}),(0,F.jsx)(d,{cols:{base:1,md:2},children:O.map(e=>(0,F.jsx)(G,{audience:e,guideline:g.find(t=>t.audience===e),onSaved:p},e))})]}),(0,F.jsxs)(`section`,{"aria-labelledby":`templates-heading`,children:[(0,F.jsx)(h,{order:2,size:`h3`,id:`templates-heading`,mb:`xs`,children:`Message templates`}),(0,F.jsx)(W,{}),a.length===0?(0,F.jsx)(c,{c:`dimmed`,fs:`italic`,size:`sm`,my:`sm`,children:`No templates yet.`}):(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(c,{size:`sm`,c:`dimmed`,mt:`sm`,"data-testid":`template-count`,children:C(s,`template`)}),(0,F.jsx)(u.ScrollContainer,{minWidth:560,children:(0,F.jsxs)(u,{verticalSpacing:`xs`,"aria-label":`Message templates`,my:`sm`,children:[(0,F.jsx)(u.Thead,{children:(0,F.jsxs)(u.Tr,{children:[(0,F.jsx)(u.Th,{children:`Name`}),(0,F.jsx)(u.Th,{children:`Audience`}),(0,F.jsx)(u.Th,{children:`Message`}),(0,F.jsx)(u.Th,{children:`Change`})]})}),(0,F.jsx)(u.Tbody,{children:a.map(e=>(0,F.jsxs)(u.Tr,{children:[(0,F.jsx)(u.Th,{scope:`row`,children:e.name}),(0,F.jsx)(u.Td,{children:b(A,e.audience)}),(0,F.jsx)(u.Td,{children:(0,F.jsx)(c,{size:`xs`,lineClamp:3,style:{whiteSpace:`pre-wrap`},children:e.body})}),(0,F.jsx)(u.Td,{children:(0,F.jsx)(o,{size:`compact-xs`,variant:`subtle`,onClick:()=>S(e.id),"aria-label":`Edit ${e.name}`,children:`Edit`})})]},e.id))})]})})]}),(0,F.jsx)(T,{paging:f,shown:a.length,total:s,what:`templates`}),(0,F.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,children:[(0,F.jsx)(c,{fw:600,mb:`xs`,children:w?`Edit “${w.name}”`:`New template`}),(0,F.jsx)(K,{template:w??void 0,onSaved:()=>{S(null),p()},onReload:p,onCancel:w?()=>S(null):void 0},w?w.id:`new`)]})]})]})}function W(){return(0,F.jsxs)(l,{bg:`gray.0`,p:`sm`,radius:`sm`,"aria-label":`Placeholders`,children:[(0,F.jsx)(c,{size:`sm`,fw:600,mb:4,children:`Placeholders, filled in from the incident when a responder picks the template`}),(0,F.jsx)(d,{cols:{base:1,sm:2},spacing:4,children:D.map(e=>(0,F.jsxs)(c,{size:`xs`,children:[(0,F.jsx)(s,{children:e.name}),` `,e.help]},e.name))})]})}function G({audience:e,guideline:t,onSaved:n}){let[s,u]=(0,P.useState)(t?.body??``),[d,p]=(0,P.useState)(t?.updateEveryMinutes??``),[h,g]=_(R),[v,y]=(0,P.useState)(null);return(0,F.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,component:`form`,onSubmit:async r=>{r.preventDefault(),y(null);let i=await g({audience:e,body:s,updateEveryMinutes:typeof d==`number`?d:null,version:t?.version??null});E(i.error)?(y(H),n()):i.error||(y(`Saved.`),n())},"aria-label":`Guidelines for ${b(A,e)}`,children:[(0,F.jsx)(c,{fw:600,children:b(A,e)}),(0,F.jsx)(c,{size:`xs`,c:`dimmed`,mb:`xs`,children:k[e]}),(0,F.jsxs)(m,{gap:`xs`,children:[(0,F.jsx)(r,{label:`Guidelines (Markdown)`,autosize:!0,minRows:4,value:s,onChange:e=>u(e.currentTarget.value),required:!0}),(0,F.jsx)(f,{label:`Update every (minutes)`,min:1,max:1440,value:d,onChange:p,w:200}),v?(0,F.jsx)(i,{color:v===H?`orange`:`green`,variant:`light`,role:`status`,p:`xs`,children:v}):h.error?(0,F.jsx)(i,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:w(h.error)}):null,(0,F.jsx)(a,{children:(0,F.jsx)(o,{type:`submit`,size:`xs`,loading:h.fetching,disabled:!s.trim(),children:`Save guidelines`})})]})]})}function K({template:e,onSaved:t,onReload:n,onCancel:s}){let[c,l]=(0,P.useState)(e?.name??``),[u,d]=(0,P.useState)(e?.audience??`INTERNAL`),[f,h]=(0,P.useState)(e?.body??``),[v,y]=_(z),[x,S]=_(B),[C,T]=(0,P.useState)(null),D=async r=>{r.preventDefault(),T(null);let i={name:c.trim(),audience:u,body:f};if(!e){(await y({input:i})).error||(l(``),h(``),t());return}let a=await S({id:e.id,version:e.version,input:i});E(a.error)?(T(H),n()):a.error||t()},k=e?x.error:v.error;return(0,F.jsx)(`form`,{onSubmit:D,children:(0,F.jsxs)(m,{gap:`xs`,children:[(0,F.jsxs)(a,{align:`flex-end`,children:[(0,F.jsx)(p,{label:`Name`,required:!0,value:c,onChange:e=>l(e.currentTarget.value),w:320}),(0,F.jsx)(g,{value:u,onChange:d,data:O.map(e=>({value:e,label:b(A,e)})),"aria-label":`Audience`})]}),(0,F.jsx)(r,{label:`Message`,description:`Use the placeholders above, e.g. We are investigating {{title}}; next update {{next_update}}.`,autosize:!0,minRows:4,required:!0,value:f,onChange:e=>h(e.currentTarget.value)}),C?(0,F.jsx)(i,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:C}):k?(0,F.jsx)(i,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:w(k)}):null,(0,F.jsxs)(a,{gap:`xs`,children:[(0,F.jsx)(o,{type:`submit`,size:`xs`,loading:v.fetching||x.fetching,disabled:!c.trim()||!f.trim(),children:e?`Save template`:`Add template`}),s?(0,F.jsx)(o,{size:`xs`,variant:`subtle`,onClick:s,children:`Cancel`}):null]})]})})}export{U as CommsPage};