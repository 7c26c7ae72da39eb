import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{f as t,h as n}from"./react-ChuVQnjQ.js";import{G as r,K as i,L as a,W as o,a as s,n as c,s as l,t as u,y as d}from"./mantine-BofZ7yjn.js";import{a as f}from"./vendor-DqmFq54U.js";import{A as p,j as m,k as h,m as g}from"./format-BDnBXdgX.js";import{G as _,R as v,U as y,nt as b,z as x}from"./index-D01u6bOQ.js";var S=e(n(),1),C=t(),w=h(`
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
`),T=h(`
  mutation RenameTag($id: ID!, $input: UpdateTagInput!) {
    updateTag(id: $id, input: $input) {
      id
      name
    }
  }
`),E=h(`
  mutation MergeTags($sourceID: ID!, $targetID: ID!) {
    mergeTags(sourceID: $sourceID, targetID: $targetID) {
      id
      name
      incidents(first: 0) {
        totalCount
      }
    }
  }
`),D=h(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id)
  }
`),O=e=>e.tags;function k(){b(`Tags`);let e=(0,S.useMemo)(()=>({additionalTypenames:[`Tag`,`Incident`]}),[]),{result:t,reload:n,nodes:r,total:i,paging:a}=v(w,O,e),[c,f]=(0,S.useState)(null);return(0,C.jsxs)(l,{gap:`lg`,children:[(0,C.jsxs)(`div`,{children:[(0,C.jsx)(u,{order:1,children:`Tags`}),(0,C.jsx)(o,{c:`dimmed`,size:`sm`,children:`The insights group incidents by tag, so two spellings of one tag split what belongs together. Merge duplicates into the tag to keep; delete tags nothing uses.`})]}),t.error&&!t.data?(0,C.jsx)(m,{error:t.error,onRetry:n}):t.data?r.length===0?(0,C.jsx)(o,{c:`dimmed`,fs:`italic`,children:`No tags yet. They are added on incidents.`}):(0,C.jsxs)(`div`,{children:[(0,C.jsx)(o,{size:`sm`,c:`dimmed`,"data-testid":`tag-count`,children:g(i,`tag`)}),(0,C.jsxs)(s,{verticalSpacing:`sm`,"aria-label":`Tags`,children:[(0,C.jsx)(s.Thead,{children:(0,C.jsxs)(s.Tr,{children:[(0,C.jsx)(s.Th,{children:`Tag`}),(0,C.jsx)(s.Th,{ta:`right`,children:`Incidents`}),(0,C.jsx)(s.Th,{children:`Change`})]})}),(0,C.jsx)(s.Tbody,{children:r.map(e=>(0,C.jsx)(A,{tag:e,onMerge:()=>f(e),onDeleted:n},e.id))})]}),(0,C.jsx)(x,{paging:a,shown:r.length,total:i,what:`tags`})]}):(0,C.jsx)(p,{what:`the tags`}),(0,C.jsx)(d,{opened:!!c,onClose:()=>f(null),title:c?`Merge “${c.name}” into another tag`:``,children:c?(0,C.jsx)(j,{source:c,tags:r,onDone:()=>{f(null),n()},onCancel:()=>f(null)}):null})]})}function A({tag:e,onMerge:t,onDeleted:n}){let[o,l]=(0,S.useState)(!1),[u,d]=(0,S.useState)(e.name),[p,m]=f(T),[h,g]=f(D),v=_(p.error,[`name`]),y=_(h.error),b=e.incidents.totalCount;return o?(0,C.jsx)(s.Tr,{children:(0,C.jsx)(s.Td,{colSpan:3,children:(0,C.jsxs)(`form`,{onSubmit:async t=>{t.preventDefault(),u.trim()!==e.name&&(await m({id:e.id,input:{name:u.trim()}})).error||l(!1)},"aria-label":`Rename tag ${e.name}`,children:[(0,C.jsxs)(i,{align:`flex-start`,gap:`sm`,children:[(0,C.jsx)(c,{"aria-label":`Name`,required:!0,value:u,onChange:e=>d(e.currentTarget.value),error:v.fields.name,description:`Lower-case letters, digits, '.', '_' and '-'`,style:{flex:`1 1 220px`},"data-autofocus":!0}),(0,C.jsx)(a,{type:`submit`,size:`xs`,mt:4,loading:p.fetching,disabled:!u.trim(),children:`Save`}),(0,C.jsx)(a,{size:`xs`,mt:4,variant:`default`,onClick:()=>l(!1),children:`Cancel`})]}),v.other?(0,C.jsx)(r,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,children:v.other}):null]})})}):(0,C.jsxs)(s.Tr,{"data-testid":`tag-row`,children:[(0,C.jsxs)(s.Td,{fw:600,children:[e.name,y.other?(0,C.jsx)(r,{color:`red`,variant:`light`,role:`alert`,mt:`xs`,p:`xs`,fw:400,children:y.other}):null]}),(0,C.jsx)(s.Td,{ta:`right`,children:b}),(0,C.jsx)(s.Td,{children:(0,C.jsxs)(i,{gap:4,wrap:`nowrap`,children:[(0,C.jsx)(a,{size:`compact-xs`,variant:`subtle`,onClick:()=>{d(e.name),l(!0)},"aria-label":`Rename ${e.name}`,children:`Rename`}),(0,C.jsx)(a,{size:`compact-xs`,variant:`subtle`,color:`orange`,onClick:t,"aria-label":`Merge ${e.name} into another tag`,children:`Merge into…`}),b===0?(0,C.jsx)(a,{size:`compact-xs`,variant:`subtle`,color:`red`,onClick:async()=>{(await g({id:e.id})).error||n()},loading:h.fetching,"aria-label":`Delete ${e.name}`,children:`Delete`}):null]})})]})}function j({source:e,tags:t,onDone:n,onCancel:o}){let[s,c]=(0,S.useState)(null),[u,d]=f(E),p=t.find(e=>e.id===s),m=_(u.error);return(0,C.jsx)(`form`,{onSubmit:async t=>{t.preventDefault(),s&&((await d({sourceID:e.id,targetID:s})).error||n())},"aria-label":`Merge tag ${e.name}`,children:(0,C.jsxs)(l,{gap:`sm`,children:[(0,C.jsx)(y,{kind:`tags`,label:`Merge into`,placeholder:`Pick the tag to keep`,value:s,onChange:c,known:t,"data-autofocus":!0}),p?(0,C.jsxs)(r,{color:`orange`,variant:`light`,title:`This cannot be undone`,children:[g(e.incidents.totalCount,`incident`),` tagged “`,e.name,`” will be tagged “`,p.name,`” instead (once, if they already are), reports and workflows that name “`,e.name,`” will name “`,p.name,`”, and “`,e.name,`” will be removed.`]}):null,m.other?(0,C.jsx)(r,{color:`red`,variant:`light`,role:`alert`,p:`xs`,children:m.other}):null,(0,C.jsxs)(i,{justify:`flex-end`,children:[(0,C.jsx)(a,{variant:`default`,onClick:o,children:`Cancel`}),(0,C.jsx)(a,{type:`submit`,color:`orange`,disabled:!s,loading:u.fetching,children:p?`Merge into “${p.name}”`:`Merge`})]})]})})}export{k as TagsPage};