import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{f as t,h as n}from"./react-ChuVQnjQ.js";import{G as r,K as i,L as a,W as o,a as s,n as c,s as l,t as u,y as d}from"./mantine-BofZ7yjn.js";import{a as f}from"./vendor-DqmFq54U.js";import{A as p,j as m,k as h,m as g}from"./format-BDnBXdgX.js";import{B as _,K as v,R as y,W as b,rt as x,z as S}from"./index-C_b_1IIc.js";var C=e(n(),1),w=t(),T=h(`
  query AdminTags($after: Cursor) {
    tags(first: 100, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          incidents(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`),E=h(`
  mutation RenameTag($id: ID!, $input: UpdateTagInput!) {
    updateTag(id: $id, input: $input) {
      id
      name
    }
  }
`),D=h(`
  mutation MergeTags($sourceID: ID!, $targetID: ID!) {
    mergeTags(sourceID: $sourceID, targetID: $targetID) {
      id
      name
      incidents(first: 0) {
        totalCount
      }
    }
  }
`),O=h(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id)
  }
`),k=e=>e.tags;function A(){x(`Tags`);let e=(0,C.useMemo)(()=>({additionalTypenames:[`Tag`,`Incident`]}),[]),{result:t,reload:n,nodes:r,total:i,paging:a}=S(T,k,e),[c,f]=(0,C.useState)(null);return(0,w.jsxs)(l,{gap:`lg`,children:[(0,w.jsxs)(`div`,{children:[(0,w.jsx)(u,{order:1,children:`Tags`}),(0,w.jsx)(o,{c:`dimmed`,size:`sm`,children:`The insights group incidents by tag, so two spellings of one tag split what belongs together. Merge duplicates into the tag to keep; delete tags nothing uses.`})]}),t.error&&!t.data?(0,w.jsx)(m,{error:t.error,onRetry:n}):t.data?r.length===0?(0,w.jsx)(o,{c:`dimmed`,fs:`italic`,children:`No tags yet. They are added on incidents.`}):(0,w.jsxs)(`div`,{children:[(0,w.jsx)(o,{size:`sm`,c:`dimmed`,"data-testid":`tag-count`,children:g(i,`tag`)}),(0,w.jsxs)(s,{verticalSpacing:`sm`,"aria-label":`Tags`,children:[(0,w.jsx)(s.Thead,{children:(0,w.jsxs)(s.Tr,{children:[(0,w.jsx)(s.Th,{children:`Tag`}),(0,w.jsx)(s.Th,{ta:`right`,children:`Incidents`}),(0,w.jsx)(s.Th,{children:`Change`})]})}),(0,w.jsx)(s.Tbody,{children:r.map(e=>(0,w.jsx)(j,{tag:e,onMerge:()=>f(e),onDeleted:n},e.id))})]}),(0,w.jsx)(_,{paging:a,shown:r.length,total:i,what:`tags`})]}):(0,w.jsx)(p,{what:`the tags`}),(0,w.jsx)(d,{opened:!!c,onClose:()=>f(null),title:c?`Merge “${c.name}” into another tag`:``,children:c?(0,w.jsx)(M,{source:c,tags:r,onDone:()=>{f(null),n()},onCancel:()=>f(null)}):null})]})}function j({tag:e,onMerge:t,onDeleted:n}){let[o,l]=(0,C.useState)(!1),[u,d]=(0,C.useState)(e.name),[p,m]=f(E),[h,g]=f(O),_=v(p.error,[`name`]),y=v(h.error),b=e.incidents.totalCount;return o?(0,w.jsx)(s.Tr,{children:(0,w.jsx)(s.Td,{colSpan:3,children:(0,w.jsxs)(`form`,{onSubmit:async t=>{t.preventDefault(),u.trim()!==e.name&&(await m({id:e.id,input:{name:u.trim()}})).error||l(!1)},"aria-label":`Rename tag ${e.name}`,children:[(0,w.jsxs)(i,{align:`flex-start`,gap:`sm`,children:[(0,w.jsx)(c,{"aria-label":`Name`,required:!0,value:u,onChange:e=>d(e.currentTarget.value),error:_.fields.name,description:`Lower-case letters, digits, '.', '_' and '-'`,style:{flex:`1 1 220px`},"data-autofocus":!0}),(0,w.jsx)(a,{type:`submit`,size:`xs`,mt:4,loading:p.fetching,disabled:!u.trim(),children:`Save`}),(0,w.jsx)(a,{size:`xs`,mt:4,variant:`default`,onClick:()=>l(!1),children:`Cancel`})]}),_.other?(0,w.jsx)(r,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:_.other}):null]})})}):(0,w.jsxs)(s.Tr,{"data-testid":`tag-row`,children:[(0,w.jsxs)(s.Td,{fw:600,children:[e.name,y.other?(0,w.jsx)(r,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,fw:400,children:y.other}):null]}),(0,w.jsx)(s.Td,{ta:`right`,children:b}),(0,w.jsx)(s.Td,{children:(0,w.jsxs)(i,{gap:4,wrap:`nowrap`,children:[(0,w.jsx)(a,{size:`compact-xs`,variant:`subtle`,onClick:()=>{d(e.name),l(!0)},"aria-label":`Rename ${e.name}`,children:`Rename`}),(0,w.jsx)(a,{size:`compact-xs`,variant:`subtle`,color:`orange`,onClick:t,"aria-label":`Merge ${e.name} into another tag`,children:`Merge into…`}),b===0?(0,w.jsx)(a,{size:`compact-xs`,variant:`subtle`,color:`red`,onClick:async()=>{(await g({id:e.id})).error||n()},loading:h.fetching,"aria-label":`Delete ${e.name}`,children:`Delete`}):null]})})]})}function M({source:e,tags:t,onDone:n,onCancel:r}){let[i,a]=f(D);return(0,w.jsx)(y,{ariaLabel:`Merge tag ${e.name}`,picker:(e,n)=>(0,w.jsx)(b,{kind:`tags`,label:`Merge into`,placeholder:`Pick the tag to keep`,value:e,onChange:n,known:t,"data-autofocus":!0}),nameOf:e=>t.find(t=>t.id===e)?.name,consequences:t=>(0,w.jsxs)(w.Fragment,{children:[g(e.incidents.totalCount,`incident`),` tagged “`,e.name,`” will be tagged “`,t,`” instead (once, if they already are), reports and workflows that name “`,e.name,`” will name “`,t,`”, and “`,e.name,`” will be removed.`]}),merge:t=>a({sourceID:e.id,targetID:t}),fetching:i.fetching,error:i.error,onDone:n,onCancel:r})}export{A as TagsPage};