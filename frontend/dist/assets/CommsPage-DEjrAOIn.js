import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{K as t,g as n}from"./charts-DjiliodD.js";import{A as r,B as i,G as a,H as o,P as s,S as c,V as l,a as u,c as d,h as f,n as p,s as m,t as h,u as g}from"./mantine-63152CtJ.js";import{a as _,o as v}from"./vendor-DZZDRZt8.js";import{A as y,d as b,j as x,k as S}from"./format-BscvgyYU.js";import{I as C,Q as w,Y as T,a as E,i as D,n as O,r as k}from"./index-D9ql-6sw.js";import{n as A}from"./query-D2SnXsJ0.js";var j=e(t(),1),M=n(),N=S(`
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
`),L=`Someone else saved this while you were editing. The page now shows their version; make your change again.`;function R(){w(`Communications`);let e=(0,j.useMemo)(()=>({additionalTypenames:[`CommsGuideline`,`MessageTemplate`]}),[]),[t,n]=v({query:N,context:e}),r=()=>n({requestPolicy:`network-only`}),o=A(t.data?.commsGuidelines),c=A(t.data?.messageTemplates),[l,f]=(0,j.useState)(null),p=c.find(e=>e.id===l)??null;return t.error&&!t.data?(0,M.jsx)(x,{error:t.error,onRetry:r}):t.data?(0,M.jsxs)(m,{gap:`lg`,children:[(0,M.jsxs)(`div`,{children:[(0,M.jsx)(h,{order:1,children:`Incident communications`}),(0,M.jsx)(i,{c:`dimmed`,size:`sm`,children:`What to tell each audience during an incident, how often, and the message templates responders fill in from the incident.`})]}),(0,M.jsxs)(`section`,{"aria-labelledby":`guidelines-heading`,children:[(0,M.jsx)(h,{order:2,size:`h3`,id:`guidelines-heading`,mb:`xs`,children:`Guidelines`}),(0,M.jsx)(d,{cols:{base:1,md:2},children:D.map(e=>(0,M.jsx)(B,{audience:e,guideline:o.find(t=>t.audience===e),onSaved:r},e))})]}),(0,M.jsxs)(`section`,{"aria-labelledby":`templates-heading`,children:[(0,M.jsx)(h,{order:2,size:`h3`,id:`templates-heading`,mb:`xs`,children:`Message templates`}),(0,M.jsx)(z,{}),c.length===0?(0,M.jsx)(i,{c:`dimmed`,fs:`italic`,size:`sm`,my:`sm`,children:`No templates yet.`}):(0,M.jsxs)(u,{verticalSpacing:`xs`,"aria-label":`Message templates`,my:`sm`,children:[(0,M.jsx)(u.Thead,{children:(0,M.jsxs)(u.Tr,{children:[(0,M.jsx)(u.Th,{children:`Name`}),(0,M.jsx)(u.Th,{children:`Audience`}),(0,M.jsx)(u.Th,{children:`Message`}),(0,M.jsx)(u.Th,{children:`Change`})]})}),(0,M.jsx)(u.Tbody,{children:c.map(e=>(0,M.jsxs)(u.Tr,{children:[(0,M.jsx)(u.Th,{scope:`row`,children:e.name}),(0,M.jsx)(u.Td,{children:b(k,e.audience)}),(0,M.jsx)(u.Td,{children:(0,M.jsx)(i,{size:`xs`,lineClamp:3,style:{whiteSpace:`pre-wrap`},children:e.body})}),(0,M.jsx)(u.Td,{children:(0,M.jsx)(s,{size:`compact-xs`,variant:`subtle`,onClick:()=>f(e.id),"aria-label":`Edit ${e.name}`,children:`Edit`})})]},e.id))})]}),(0,M.jsxs)(a,{withBorder:!0,radius:`md`,p:`md`,children:[(0,M.jsx)(i,{fw:600,mb:`xs`,children:p?`Edit “${p.name}”`:`New template`}),(0,M.jsx)(V,{template:p??void 0,onSaved:()=>{f(null),r()},onReload:r,onCancel:p?()=>f(null):void 0},p?p.id:`new`)]})]})]}):(0,M.jsx)(y,{what:`the communication guidelines`})}function z(){return(0,M.jsxs)(a,{bg:`gray.0`,p:`sm`,radius:`sm`,"aria-label":`Placeholders`,children:[(0,M.jsx)(i,{size:`sm`,fw:600,mb:4,children:`Placeholders, filled in from the incident when a responder picks the template`}),(0,M.jsx)(d,{cols:{base:1,sm:2},spacing:4,children:E.map(e=>(0,M.jsxs)(i,{size:`xs`,children:[(0,M.jsx)(r,{children:e.name}),` `,e.help]},e.name))})]})}function B({audience:e,guideline:t,onSaved:n}){let[r,u]=(0,j.useState)(t?.body??``),[d,p]=(0,j.useState)(t?.updateEveryMinutes??``),[h,g]=_(P),[v,y]=(0,j.useState)(null);return(0,M.jsxs)(a,{withBorder:!0,radius:`md`,p:`md`,component:`form`,onSubmit:async i=>{i.preventDefault(),y(null);let a=await g({audience:e,body:r,updateEveryMinutes:typeof d==`number`?d:null,version:t?.version??null});C(a.error)?(y(L),n()):a.error||(y(`Saved.`),n())},"aria-label":`Guidelines for ${b(k,e)}`,children:[(0,M.jsx)(i,{fw:600,children:b(k,e)}),(0,M.jsx)(i,{size:`xs`,c:`dimmed`,mb:`xs`,children:O[e]}),(0,M.jsxs)(m,{gap:`xs`,children:[(0,M.jsx)(c,{label:`Guidelines (Markdown)`,autosize:!0,minRows:4,value:r,onChange:e=>u(e.currentTarget.value),required:!0}),(0,M.jsx)(f,{label:`Update every (minutes)`,min:1,max:1440,value:d,onChange:p,w:200}),v?(0,M.jsx)(l,{color:v===L?`orange`:`green`,variant:`light`,role:`status`,p:`xs`,children:v}):h.error?(0,M.jsx)(l,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:T(h.error)}):null,(0,M.jsx)(o,{children:(0,M.jsx)(s,{type:`submit`,size:`xs`,loading:h.fetching,disabled:!r.trim(),children:`Save guidelines`})})]})]})}function V({template:e,onSaved:t,onReload:n,onCancel:r}){let[i,a]=(0,j.useState)(e?.name??``),[u,d]=(0,j.useState)(e?.audience??`INTERNAL`),[f,h]=(0,j.useState)(e?.body??``),[v,y]=_(F),[x,S]=_(I),[w,E]=(0,j.useState)(null),O=async r=>{r.preventDefault(),E(null);let o={name:i.trim(),audience:u,body:f};if(!e){(await y({input:o})).error||(a(``),h(``),t());return}let s=await S({id:e.id,version:e.version,input:o});C(s.error)?(E(L),n()):s.error||t()},A=e?x.error:v.error;return(0,M.jsx)(`form`,{onSubmit:O,children:(0,M.jsxs)(m,{gap:`xs`,children:[(0,M.jsxs)(o,{align:`flex-end`,children:[(0,M.jsx)(p,{label:`Name`,required:!0,value:i,onChange:e=>a(e.currentTarget.value),w:320}),(0,M.jsx)(g,{value:u,onChange:d,data:D.map(e=>({value:e,label:b(k,e)})),"aria-label":`Audience`})]}),(0,M.jsx)(c,{label:`Message`,description:`Use the placeholders above, e.g. We are investigating {{title}}; next update {{next_update}}.`,autosize:!0,minRows:4,required:!0,value:f,onChange:e=>h(e.currentTarget.value)}),w?(0,M.jsx)(l,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:w}):A?(0,M.jsx)(l,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:T(A)}):null,(0,M.jsxs)(o,{gap:`xs`,children:[(0,M.jsx)(s,{type:`submit`,size:`xs`,loading:v.fetching||x.fetching,disabled:!i.trim()||!f.trim(),children:e?`Save template`:`Add template`}),r?(0,M.jsx)(s,{size:`xs`,variant:`subtle`,onClick:r,children:`Cancel`}):null]})]})})}export{R as CommsPage};