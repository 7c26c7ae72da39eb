import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{f as t,h as n}from"./react-ChuVQnjQ.js";import{B as r,C as i,G as a,K as o,L as s,W as c,Y as l,l as u,n as d,q as f,r as p,s as m,t as h,v as g}from"./mantine-BofZ7yjn.js";import{a as _}from"./vendor-DqmFq54U.js";import{A as v,T as y,d as b,j as x,k as S,m as C,p as w}from"./format-BDnBXdgX.js";import{$ as T,B as E,N as D,P as O,rt as k,z as A}from"./index-C_b_1IIc.js";var j=e(n(),1),M=t(),N=S(`
  query WorkflowsAdmin($after: Cursor) {
    workflowTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          name
          description
          severities
          incidentTypes
          orderedSteps {
            id
            position
            title
            guidance
            role
          }
        }
      }
    }
  }
`),P=S(`
  mutation CreateWorkflowTemplate($input: CreateWorkflowTemplateInput!) {
    createWorkflowTemplate(input: $input) {
      id
    }
  }
`),F=S(`
  mutation UpdateWorkflowTemplate($id: ID!, $version: Int!, $input: UpdateWorkflowTemplateInput!) {
    updateWorkflowTemplate(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`),I=S(`
  mutation CreateWorkflowStep($input: CreateWorkflowStepInput!) {
    createWorkflowStep(input: $input) {
      id
    }
  }
`),L=S(`
  mutation UpdateWorkflowStep($id: ID!, $input: UpdateWorkflowStepInput!) {
    updateWorkflowStep(id: $id, input: $input) {
      id
      position
    }
  }
`),R=S(`
  mutation DeleteWorkflowStep($id: ID!) {
    deleteWorkflowStep(id: $id)
  }
`),z=e=>e.workflowTemplates,B=[`SEV1`,`SEV2`,`SEV3`,`SEV4`].map(e=>({value:e,label:b(y,e)})),V=Object.keys(w).map(e=>({value:e,label:w[e]}));function H(){k(`Workflows`);let e=(0,j.useMemo)(()=>({additionalTypenames:[`WorkflowTemplate`,`WorkflowStep`]}),[]),{result:t,reload:n,nodes:r,total:i,paging:a}=A(N,z,e);return(0,M.jsxs)(m,{gap:`lg`,children:[(0,M.jsxs)(`div`,{children:[(0,M.jsx)(h,{order:1,children:`Coordination workflows`}),(0,M.jsx)(c,{c:`dimmed`,size:`sm`,children:`Checklists of what to do in an incident, step by step, with who usually does each. A workflow is suggested for incidents of its severities and types (tags); empty means any. Attaching one copies its steps, so changes here leave past incidents alone.`})]}),(0,M.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,children:[(0,M.jsx)(c,{fw:600,mb:`xs`,children:`New workflow`}),(0,M.jsx)(U,{onSaved:n})]}),t.error&&!t.data?(0,M.jsx)(x,{error:t.error,onRetry:n}):t.data?r.length===0?(0,M.jsx)(c,{c:`dimmed`,fs:`italic`,children:`No workflows yet.`}):(0,M.jsxs)(M.Fragment,{children:[(0,M.jsx)(c,{size:`sm`,c:`dimmed`,"data-testid":`workflow-count`,children:C(i,`workflow`)}),r.map(e=>(0,M.jsx)(W,{workflow:e,onChanged:n},e.id)),(0,M.jsx)(E,{paging:a,shown:r.length,total:i,what:`workflows`})]}):(0,M.jsx)(v,{what:`the workflows`})]})}function U({workflow:e,onSaved:t,onCancel:n}){let[r,c]=(0,j.useState)(e?.name??``),[l,u]=(0,j.useState)(e?.description??``),[f,h]=(0,j.useState)(e?.severities??[]),[v,y]=(0,j.useState)(e?.incidentTypes??[]),[b,x]=_(P),[S,C]=_(F),[w,E]=(0,j.useState)(null),O=async n=>{if(n.preventDefault(),E(null),!e){(await x({input:{name:r.trim(),description:l.trim()||void 0,severities:f,incidentTypes:v}})).error||(c(``),u(``),h([]),y([]),t());return}let i=await C({id:e.id,version:e.version,input:{name:r.trim(),...l.trim()?{description:l.trim()}:{clearDescription:!0},...f.length?{severities:f}:{clearSeverities:!0},...v.length?{incidentTypes:v}:{clearIncidentTypes:!0}}});D(i.error)?(E(`Someone else changed this workflow while you were editing. The page now shows their version; make your change again.`),t()):i.error||t()},k=e?S.error:b.error;return(0,M.jsx)(`form`,{onSubmit:O,"aria-label":e?`Edit ${e.name}`:`New workflow`,children:(0,M.jsxs)(m,{gap:`xs`,children:[(0,M.jsx)(d,{label:`Name`,required:!0,value:r,onChange:e=>c(e.currentTarget.value),maw:420}),(0,M.jsx)(i,{label:`Description`,description:`When to use it and what it is for`,autosize:!0,minRows:2,value:l,onChange:e=>u(e.currentTarget.value)}),(0,M.jsxs)(o,{grow:!0,align:`flex-start`,children:[(0,M.jsx)(g,{label:`Severities`,placeholder:`Any`,data:B,value:f,onChange:h,clearable:!0}),(0,M.jsx)(p,{label:`Incident types (tags)`,placeholder:`Any; e.g. security, data-loss`,value:v,onChange:y,clearable:!0})]}),w?(0,M.jsx)(a,{color:`orange`,variant:`light`,role:`alert`,p:`xs`,children:w}):k?(0,M.jsx)(a,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:T(k)}):null,(0,M.jsxs)(o,{gap:`xs`,children:[(0,M.jsx)(s,{type:`submit`,size:`xs`,loading:b.fetching||S.fetching,disabled:!r.trim(),children:e?`Save workflow`:`Add workflow`}),n?(0,M.jsx)(s,{size:`xs`,variant:`subtle`,onClick:n,children:`Cancel`}):null]})]})})}function W({workflow:e,onChanged:t}){let[n,i]=(0,j.useState)(!1),u=(0,j.useMemo)(()=>[...e.orderedSteps].sort((e,t)=>e.position-t.position),[e.orderedSteps]),[d,f]=_(L),p=async(e,n)=>{let r=u[e],i=u[e+n];r&&i&&((await f({id:r.id,input:{position:i.position}})).error||await f({id:i.id,input:{position:r.position}}),t())};return(0,M.jsxs)(l,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Workflow: ${e.name}`,"data-testid":`workflow`,children:[n?(0,M.jsx)(U,{workflow:e,onSaved:()=>{i(!1),t()},onCancel:()=>i(!1)}):(0,M.jsxs)(o,{justify:`space-between`,align:`flex-start`,children:[(0,M.jsxs)(`div`,{children:[(0,M.jsx)(c,{fw:700,children:e.name}),e.description?(0,M.jsx)(c,{size:`sm`,c:`dimmed`,children:e.description}):null,(0,M.jsxs)(o,{gap:4,mt:4,children:[(e.severities??[]).length===0?(0,M.jsx)(r,{size:`xs`,variant:`outline`,color:`gray`,children:`Any severity`}):(e.severities??[]).map(e=>(0,M.jsx)(r,{size:`xs`,variant:`light`,color:`red`,children:b(y,e)},e)),(e.incidentTypes??[]).length===0?(0,M.jsx)(r,{size:`xs`,variant:`outline`,color:`gray`,children:`Any type`}):(e.incidentTypes??[]).map(e=>(0,M.jsx)(r,{size:`xs`,variant:`light`,color:`grape`,tt:`none`,children:e},e))]})]}),(0,M.jsx)(s,{size:`xs`,variant:`light`,onClick:()=>i(!0),children:`Edit details`})]}),(0,M.jsxs)(c,{size:`sm`,fw:600,mt:`md`,mb:4,children:[`Steps (`,C(u.length,`step`),`)`]}),d.error?(0,M.jsx)(a,{color:`red`,variant:`light`,role:`alert`,p:`xs`,mb:`xs`,children:T(d.error)}):null,(0,M.jsx)(m,{gap:6,component:`ol`,style:{listStyle:`none`,padding:0,margin:0},children:u.map((e,n)=>(0,M.jsx)(G,{step:e,index:n,first:n===0,last:n===u.length-1,busy:d.fetching,onMove:e=>p(n,e),onChanged:t},e.id))}),(0,M.jsx)(J,{templateID:e.id,onAdded:t})]})}function G({step:e,index:t,first:n,last:i,busy:l,onMove:u,onChanged:d}){let[p,m]=(0,j.useState)(!1),[h,g]=(0,j.useState)(!1),[v,y]=_(R);return p?(0,M.jsx)(`li`,{children:(0,M.jsx)(K,{step:e,onSaved:()=>{m(!1),d()},onCancel:()=>m(!1)})}):(0,M.jsxs)(`li`,{"data-testid":`workflow-step`,children:[(0,M.jsxs)(o,{justify:`space-between`,wrap:`nowrap`,align:`flex-start`,children:[(0,M.jsxs)(`div`,{style:{minWidth:0},children:[(0,M.jsxs)(o,{gap:6,children:[(0,M.jsxs)(c,{size:`sm`,fw:500,children:[t+1,`. `,e.title]}),e.role?(0,M.jsx)(r,{size:`xs`,variant:`light`,color:`gray`,tt:`none`,children:b(w,e.role)}):null]}),e.guidance?(0,M.jsx)(O,{children:e.guidance}):null]}),(0,M.jsxs)(o,{gap:4,wrap:`nowrap`,children:[(0,M.jsx)(f,{size:`sm`,variant:`subtle`,disabled:n||l,onClick:()=>u(-1),"aria-label":`Move “${e.title}” up`,children:`↑`}),(0,M.jsx)(f,{size:`sm`,variant:`subtle`,disabled:i||l,onClick:()=>u(1),"aria-label":`Move “${e.title}” down`,children:`↓`}),(0,M.jsx)(s,{size:`compact-xs`,variant:`subtle`,onClick:()=>m(!0),children:`Edit`}),h?(0,M.jsxs)(M.Fragment,{children:[(0,M.jsx)(s,{size:`compact-xs`,color:`red`,loading:v.fetching,onClick:async()=>{(await y({id:e.id})).error||d()},children:`Delete step`}),(0,M.jsx)(s,{size:`compact-xs`,variant:`subtle`,onClick:()=>g(!1),children:`Keep`})]}):(0,M.jsx)(s,{size:`compact-xs`,variant:`subtle`,color:`red`,onClick:()=>g(!0),children:`Delete…`})]})]}),v.error?(0,M.jsx)(a,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:T(v.error)}):null]})}function K({step:e,onSaved:t,onCancel:n}){let[r,i]=(0,j.useState)(e.title),[c,l]=(0,j.useState)(e.guidance??``),[u,d]=(0,j.useState)(e.role??null),[f,p]=_(L);return(0,M.jsxs)(`form`,{onSubmit:async n=>{n.preventDefault(),(await p({id:e.id,input:{title:r.trim(),...c.trim()?{guidance:c.trim()}:{clearGuidance:!0},...u?{role:u}:{clearRole:!0}}})).error||t()},"aria-label":`Edit step ${e.title}`,children:[(0,M.jsx)(q,{title:r,setTitle:i,guidance:c,setGuidance:l,role:u,setRole:d}),f.error?(0,M.jsx)(a,{color:`red`,variant:`light`,role:`alert`,p:`xs`,mt:4,children:T(f.error)}):null,(0,M.jsxs)(o,{gap:`xs`,mt:4,children:[(0,M.jsx)(s,{type:`submit`,size:`xs`,loading:f.fetching,disabled:!r.trim(),children:`Save step`}),(0,M.jsx)(s,{size:`xs`,variant:`subtle`,onClick:n,children:`Cancel`})]})]})}function q({title:e,setTitle:t,guidance:n,setGuidance:r,role:a,setRole:s}){return(0,M.jsxs)(m,{gap:4,children:[(0,M.jsxs)(o,{gap:`xs`,align:`flex-end`,grow:!0,children:[(0,M.jsx)(d,{label:`Step`,size:`xs`,required:!0,value:e,onChange:e=>t(e.currentTarget.value)}),(0,M.jsx)(u,{label:`Usually done by`,size:`xs`,data:V,value:a,onChange:s,clearable:!0,placeholder:`Anyone`})]}),(0,M.jsx)(i,{label:`Guidance (Markdown)`,size:`xs`,autosize:!0,minRows:1,value:n,onChange:e=>r(e.currentTarget.value)})]})}function J({templateID:e,onAdded:t}){let[n,r]=(0,j.useState)(``),[i,o]=(0,j.useState)(``),[c,u]=(0,j.useState)(null),[d,f]=_(I);return(0,M.jsx)(`form`,{onSubmit:async a=>{a.preventDefault(),(await f({input:{templateID:e,title:n.trim(),guidance:i.trim()||void 0,role:c??void 0}})).error||(r(``),o(``),u(null),t())},"aria-label":`Add a step`,children:(0,M.jsxs)(l,{bg:`gray.0`,p:`xs`,mt:`sm`,radius:`sm`,children:[(0,M.jsx)(q,{title:n,setTitle:r,guidance:i,setGuidance:o,role:c,setRole:u}),d.error?(0,M.jsx)(a,{color:`red`,variant:`light`,role:`alert`,p:`xs`,mt:4,children:T(d.error)}):null,(0,M.jsx)(s,{type:`submit`,size:`xs`,mt:6,loading:d.fetching,disabled:!n.trim(),children:`Add step`})]})})}export{H as WorkflowsPage};