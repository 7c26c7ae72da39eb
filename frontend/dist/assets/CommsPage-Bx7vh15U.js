import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{f as t,h as n}from"./react-ChuVQnjQ.js";import{F as r,H as i,K as a,S as o,U as s,V as c,a as l,c as u,h as d,j as f,n as p,s as m,t as h,u as g}from"./mantine-yOxTrcFb.js";import{a as _,o as v}from"./vendor-D4Fngvba.js";import{A as y,d as b,j as x,k as S}from"./format-7-SLEHHz.js";import{$ as C,I as w,X as T,a as E,i as D,n as O,r as k}from"./index-DUxFZOEk.js";import{r as A}from"./query-CVNZqRMT.js";var j=e(n(),1),M=t(),N=S(`
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
    messageTemplates(first: 100, orderBy: { field: NAME, direction: ASC }) {
      totalCount
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
`),P=S(`
  mutation SetCommsGuideline($audience: CommsAudience!, $body: String!, $updateEveryMinutes: Int, $version: Int) {
    setCommsGuideline(audience: $audience, body: $body, updateEveryMinutes: $updateEveryMinutes, version: $version) {
      id
      version
    }
  }
`),F=S(`
  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      id
    }
  }
`),I=S(`
  mutation UpdateMessageTemplate($id: ID!, $version: Int!, $input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`),L=`Someone else saved this while you were editing. The page now shows their version; make your change again.`;function R(){C(`Communications`);let e=(0,j.useMemo)(()=>({additionalTypenames:[`CommsGuideline`,`MessageTemplate`]}),[]),[t,n]=v({query:N,context:e}),i=()=>n({requestPolicy:`network-only`}),o=A(t.data?.commsGuidelines),s=A(t.data?.messageTemplates),[d,f]=(0,j.useState)(null),p=s.find(e=>e.id===d)??null;return t.error&&!t.data?(0,M.jsx)(x,{error:t.error,onRetry:i}):t.data?(0,M.jsxs)(m,{gap:`lg`,children:[(0,M.jsxs)(`div`,{children:[(0,M.jsx)(h,{order:1,children:`Incident communications`}),(0,M.jsx)(c,{c:`dimmed`,size:`sm`,children:`What to tell each audience during an incident, how often, and the message templates responders fill in from the incident.`})]}),(0,M.jsxs)(`section`,{"aria-labelledby":`guidelines-heading`,children:[(0,M.jsx)(h,{order:2,size:`h3`,id:`guidelines-heading`,mb:`xs`,children:`Guidelines`}),(0,M.jsx)(u,{cols:{base:1,md:2},children:D.map(e=>(0,M.jsx)(B,{audience:e,guideline:o.find(t=>t.audience===e),onSaved:i},e))})]}),(0,M.jsxs)(`section`,{"aria-labelledby":`templates-heading`,children:[(0,M.jsx)(h,{order:2,size:`h3`,id:`templates-heading`,mb:`xs`,children:`Message templates`}),(0,M.jsx)(z,{}),s.length===0?(0,M.jsx)(c,{c:`dimmed`,fs:`italic`,size:`sm`,my:`sm`,children:`No templates yet.`}):(0,M.jsxs)(l,{verticalSpacing:`xs`,"aria-label":`Message templates`,my:`sm`,children:[(0,M.jsx)(l.Thead,{children:(0,M.jsxs)(l.Tr,{children:[(0,M.jsx)(l.Th,{children:`Name`}),(0,M.jsx)(l.Th,{children:`Audience`}),(0,M.jsx)(l.Th,{children:`Message`}),(0,M.jsx)(l.Th,{children:`Change`})]})}),(0,M.jsx)(l.Tbody,{children:s.map(e=>(0,M.jsxs)(l.Tr,{children:[(0,M.jsx)(l.Th,{scope:`row`,children:e.name}),(0,M.jsx)(l.Td,{children:b(k,e.audience)}),(0,M.jsx)(l.Td,{children:(0,M.jsx)(c,{size:`xs`,lineClamp:3,style:{whiteSpace:`pre-wrap`},children:e.body})}),(0,M.jsx)(l.Td,{children:(0,M.jsx)(r,{size:`compact-xs`,variant:`subtle`,onClick:()=>f(e.id),"aria-label":`Edit ${e.name}`,children:`Edit`})})]},e.id))})]}),(0,M.jsxs)(a,{withBorder:!0,radius:`md`,p:`md`,children:[(0,M.jsx)(c,{fw:600,mb:`xs`,children:p?`Edit “${p.name}”`:`New template`}),(0,M.jsx)(V,{template:p??void 0,onSaved:()=>{f(null),i()},onReload:i,onCancel:p?()=>f(null):void 0},p?p.id:`new`)]})]})]}):(0,M.jsx)(y,{what:`the communication guidelines`})}function z(){return(0,M.jsxs)(a,{bg:`gray.0`,p:`sm`,radius:`sm`,"aria-label":`Placeholders`,children:[(0,M.jsx)(c,{size:`sm`,fw:600,mb:4,children:`Placeholders, filled in from the incident when a responder picks the template`}),(0,M.jsx)(u,{cols:{base:1,sm:2},spacing:4,children:E.map(e=>(0,M.jsxs)(c,{size:`xs`,children:[(0,M.jsx)(f,{children:e.name}),` `,e.help]},e.name))})]})}function B({audience:e,guideline:t,onSaved:n}){let[l,u]=(0,j.useState)(t?.body??``),[f,p]=(0,j.useState)(t?.updateEveryMinutes??``),[h,g]=_(P),[v,y]=(0,j.useState)(null);return(0,M.jsxs)(a,{withBorder:!0,radius:`md`,p:`md`,component:`form`,onSubmit:async r=>{r.preventDefault(),y(null);let i=await g({audience:e,body:l,updateEveryMinutes:typeof f==`number`?f:null,version:t?.version??null});w(i.error)?(y(L),n()):i.error||(y(`Saved.`),n())},"aria-label":`Guidelines for ${b(k,e)}`,children:[(0,M.jsx)(c,{fw:600,children:b(k,e)}),(0,M.jsx)(c,{size:`xs`,c:`dimmed`,mb:`xs`,children:O[e]}),(0,M.jsxs)(m,{gap:`xs`,children:[(0,M.jsx)(o,{label:`Guidelines (Markdown)`,autosize:!0,minRows:4,value:l,onChange:e=>u(e.currentTarget.value),required:!0}),(0,M.jsx)(d,{label:`Update every (minutes)`,min:1,max:1440,value:f,onChange:p,w:200}),v?(0,M.jsx)(i,{color:v===L?`orange`:`green`,variant:`light`,role:`status`,p:`xs`,children:v}):h.error?(0,M.jsx)(i,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:T(h.error)}):null,(0,M.jsx)(s,{children:(0,M.jsx)(r,{type:`submit`,size:`xs`,loading:h.fetching,disabled:!l.trim(),children:`Save guidelines`})})]})]})}function V({template:e,onSaved:t,onReload:n,onCancel:a}){let[c,l]=(0,j.useState)(e?.name??``),[u,d]=(0,j.useState)(e?.audience??`INTERNAL`),[f,h]=(0,j.useState)(e?.body??``),[v,y]=_(F),[x,S]=_(I),[C,E]=(0,j.useState)(null),O=async r=>{r.preventDefault(),E(null);let i={name:c.trim(),audience:u,body:f};if(!e){(await y({input:i})).error||(l(``),h(``),t());return}let a=await S({id:e.id,version:e.version,input:i});w(a.error)?(E(L),n()):a.error||t()},A=e?x.error:v.error;return(0,M.jsx)(`form`,{onSubmit:O,children:(0,M.jsxs)(m,{gap:`xs`,children:[(0,M.jsxs)(s,{align:`flex-end`,children:[(0,M.jsx)(p,{label:`Name`,required:!0,value:c,onChange:e=>l(e.currentTarget.value),w:320}),(0,M.jsx)(g,{value:u,onChange:d,data:D.map(e=>({value:e,label:b(k,e)})),"aria-label":`Audience`})]}),(0,M.jsx)(o,{label:`Message`,description:`Use the placeholders above, e.g. We are investigating {{title}}; next update {{next_update}}.`,autosize:!0,minRows:4,required:!0,value:f,onChange:e=>h(e.currentTarget.value)}),C?(0,M.jsx)(i,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:C}):A?(0,M.jsx)(i,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:T(A)}):null,(0,M.jsxs)(s,{gap:`xs`,children:[(0,M.jsx)(r,{type:`submit`,size:`xs`,loading:v.fetching||x.fetching,disabled:!c.trim()||!f.trim(),children:e?`Save template`:`Add template`}),a?(0,M.jsx)(r,{size:`xs`,variant:`subtle`,onClick:a,children:`Cancel`}):null]})]})})}export{R as CommsPage};