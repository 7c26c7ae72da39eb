import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{K as t,g as n,n as r,t as i}from"./charts-DjiliodD.js";import{A as a,B as o,C as s,F as c,H as l,I as u,L as ee,R as d,V as f,_ as p,c as m,i as h,l as g,m as _,n as v,o as y,s as b,t as te,x}from"./mantine-BoXHkDsp.js";import{o as S}from"./vendor-DZZDRZt8.js";import{a as C,c as ne,d as w,f as T,i as E,l as D,n as re,o as O,r as ie,s as k,t as ae,u as oe}from"./index-CIex1UrM.js";import{d as se,n as A}from"./react-BeBtKiky.js";var j=e(t(),1),ce=e=>`${Math.round(e*100)}%`,M=e=>({dimension:e.dimension,value:e.value??null}),N=e=>e.length?e.map(e=>e.label).join(` · `):`All incidents`,P=e=>e.map(e=>`${e.dimension}:${e.value??`∅`}`).join(`|`)||`all`,F=(e,t)=>e.filter(e=>e.scope===`FIGURE`&&e.figure===t),le=e=>e.filter(e=>e.scope===`PERIOD`),I=n(),L=15,R=20;function ue({groups:e,onOpen:t}){let[n,i]=(0,j.useState)(!1);if(e.length===0)return(0,I.jsx)(u,{c:`dimmed`,size:`sm`,fs:`italic`,children:`No incidents match.`});let o=e.slice(0,L),s=o.map(e=>({group:N(e.keys),Incidents:e.figures.count}));return(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(`div`,{role:`img`,"aria-label":`Bar chart of incidents per group; the table below lists the same figures.`,children:(0,I.jsx)(r,{h:Math.max(160,o.length*28+40),data:s,dataKey:`group`,orientation:`vertical`,yAxisProps:{width:200},series:[{name:`Incidents`,color:`indigo.6`}],withTooltip:!0,barProps:{onClick:(e,n)=>t(o[n]),cursor:`pointer`},gridAxis:`x`})}),e.length>L?(0,I.jsxs)(u,{size:`xs`,c:`dimmed`,children:[`The chart shows the `,L,` largest groups; the table lists all `,e.length,`.`]}):null,(0,I.jsx)(h.ScrollContainer,{minWidth:560,children:(0,I.jsxs)(h,{striped:!0,verticalSpacing:4,"aria-label":`Incidents per group`,children:[(0,I.jsx)(h.Thead,{children:(0,I.jsxs)(h.Tr,{children:[(0,I.jsx)(h.Th,{children:`Group`}),(0,I.jsx)(h.Th,{ta:`right`,children:`Incidents`}),(0,I.jsx)(h.Th,{ta:`right`,children:`Share`}),(0,I.jsx)(h.Th,{ta:`right`,children:`Customers affected`}),(0,I.jsx)(h.Th,{ta:`right`,children:`Actions done on time`})]})}),(0,I.jsx)(h.Tbody,{children:(n?e:e.slice(0,R)).map(e=>(0,I.jsxs)(h.Tr,{"data-testid":`breakdown-row`,children:[(0,I.jsx)(h.Th,{scope:`row`,fw:500,children:N(e.keys)}),(0,I.jsx)(h.Td,{ta:`right`,children:(0,I.jsxs)(c,{component:`button`,type:`button`,onClick:()=>t(e),size:`sm`,children:[e.figures.count,(0,I.jsxs)(f,{children:[` incidents in `,N(e.keys),`: show them`]})]})}),(0,I.jsx)(h.Td,{ta:`right`,children:ce(e.figures.share)}),(0,I.jsxs)(h.Td,{ta:`right`,children:[e.figures.impact.known?e.figures.impact.customersAffected.toLocaleString():`—`,e.figures.impact.unknown?(0,I.jsxs)(u,{span:!0,size:`xs`,c:`dimmed`,children:[` `,`(+`,e.figures.impact.unknown,` unknown)`]}):null]}),(0,I.jsx)(h.Td,{ta:`right`,children:e.figures.followThrough.total?`${e.figures.followThrough.doneOnTime} of ${e.figures.followThrough.total}`:`—`})]},P(e.keys)))})]})}),e.length>R?(0,I.jsx)(a,{variant:`subtle`,size:`xs`,onClick:()=>i(!n),style:{alignSelf:`flex-start`},children:n?`Show the ${R} largest groups`:`Show all ${e.length} groups`}):null]})}var z={SERVICE:`Service or code area`,VENDOR:`Vendor`,TEAM:`Team`,FACTOR_CATEGORY:`Factor category`,SEVERITY:`Severity`,TAG:`Tag`,MONTH:`Month`,QUARTER:`Quarter`},de=Object.keys(z),B=e=>e in z,V=[{param:`services`,field:`serviceIDs`,label:`Services`},{param:`vendors`,field:`vendorIDs`,label:`Vendors`},{param:`teams`,field:`teamIDs`,label:`Teams`},{param:`categories`,field:`factorCategoryIDs`,label:`Factor categories`},{param:`severities`,field:`severities`,label:`Severities`},{param:`tags`,field:`tagIDs`,label:`Tags`}],H=de.map(e=>({value:e,label:z[e]}));function fe({groupBy:e,onChange:t}){let[n,r]=e;return(0,I.jsxs)(d,{gap:`md`,align:`flex-end`,wrap:`wrap`,children:[(0,I.jsx)(m,{label:`Group by`,data:H,value:n??null,onChange:e=>t(e&&B(e)?[e,...r&&r!==e?[r]:[]]:[]),placeholder:`No grouping`,clearable:!0,w:220}),(0,I.jsx)(m,{label:`Then by`,data:H.filter(e=>e.value!==n),value:r??null,onChange:e=>n&&t(e&&B(e)?[n,e]:[n]),placeholder:`Nothing`,disabled:!n,clearable:!0,w:220})]})}function pe({state:e,options:t,onGroupBy:n,update:r,reset:i}){let s=!!e.from&&!!e.to&&e.from>e.to;return(0,I.jsx)(o,{withBorder:!0,p:`md`,radius:`md`,component:`section`,"aria-label":`Grouping, range and filters`,children:(0,I.jsxs)(y,{gap:`sm`,children:[(0,I.jsxs)(d,{gap:`xl`,align:`flex-end`,wrap:`wrap`,children:[(0,I.jsx)(fe,{groupBy:e.groupBy,onChange:n}),(0,I.jsxs)(d,{gap:`md`,align:`flex-end`,children:[(0,I.jsx)(v,{type:`date`,label:`Started from`,value:e.from??``,onChange:e=>r({from:e.currentTarget.value||null})}),(0,I.jsx)(v,{type:`date`,label:`Started until (inclusive)`,value:e.to??``,onChange:e=>r({to:e.currentTarget.value||null}),error:s?`The range must end after it starts`:void 0})]}),(0,I.jsxs)(y,{gap:4,children:[(0,I.jsx)(u,{size:`sm`,fw:500,id:`interval-label`,children:`Trend by`}),(0,I.jsx)(g,{"aria-labelledby":`interval-label`,value:e.interval,onChange:e=>r({interval:e===`QUARTER`?`QUARTER`:null}),data:[{value:`MONTH`,label:`Month`},{value:`QUARTER`,label:`Quarter`}]})]})]}),(0,I.jsx)(b,{cols:{base:1,sm:2,lg:3},spacing:`sm`,children:V.map(n=>(0,I.jsx)(_,{label:n.label,placeholder:e.lists[n.param].length?void 0:`All`,data:t[n.param],value:e.lists[n.param],onChange:e=>r({[n.param]:e.join(`,`)||null,drill:null}),searchable:!0,clearable:!0},n.param))}),(0,I.jsx)(d,{children:(0,I.jsx)(a,{variant:`default`,size:`xs`,onClick:i,children:`Reset to all incidents by service`})})]})})}D(`
  fragment AnnotationFields on Annotation {
    id
    version
    body
    scope
    figure
    incidentID
    serviceID
    periodStart
    periodEnd
    createdAt
    createdBy {
      id
      name
    }
    incident {
      id
      title
    }
    service {
      id
      name
    }
  }
`);var me=D(`
  query InsightsAnalysis($filter: AnalysisFilter, $groupBy: [AnalysisDimension!]!, $interval: TrendInterval) {
    incidentAnalysis(filter: $filter, groupBy: $groupBy, trendInterval: $interval) {
      groupBy
      total {
        ...InsightFigures
      }
      groups {
        keys {
          ...InsightKey
        }
        figures {
          ...InsightFigures
        }
        annotations {
          id
        }
      }
      trend {
        key {
          ...InsightKey
        }
        points {
          period
          periodStart
          periodEnd
          count
        }
      }
      recurringFactors {
        key {
          ...InsightKey
        }
        incidentCount
        incidents {
          ...InsightIncidentRef
        }
      }
      definitions {
        key
        label
        definition
      }
      annotations {
        id
      }
    }
  }

  fragment InsightKey on AnalysisKey {
    dimension
    value
    label
    periodStart
    periodEnd
  }

  fragment InsightIncidentRef on AnalysisIncidentRef {
    id
    title
    startedAt
    value
  }

  fragment InsightDistribution on DurationDistribution {
    key
    definition
    n
    open
    median
    p90
    min
    max
    outliers {
      ...InsightIncidentRef
    }
  }

  fragment InsightFigures on AnalysisFigures {
    count
    share
    impact {
      definition
      customersAffected
      known
      unknown
    }
    timeToDetect {
      ...InsightDistribution
    }
    timeToAcknowledge {
      ...InsightDistribution
    }
    timeToMitigate {
      ...InsightDistribution
    }
    timeToResolve {
      ...InsightDistribution
    }
    followThrough {
      total
      doneOnTime
      doneLate
      open
      overdue
      dropped
      onTimeShare
    }
  }
`),he=D(`
  query InsightsHeatMap($filter: AnalysisFilter) {
    incidentAnalysis(filter: $filter, groupBy: [SERVICE, FACTOR_CATEGORY]) {
      groups {
        keys {
          ...InsightKey
        }
        figures {
          count
        }
      }
    }
  }
`),ge=D(`
  query InsightsDrillDown($filter: AnalysisFilter, $keys: [AnalysisKeyInput!]!, $first: Int, $after: Cursor) {
    analysisIncidents(filter: $filter, keys: $keys, first: $first, after: $after, orderBy: [{ field: STARTED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          severity
          status
          startedAt
        }
      }
    }
  }
`),_e=D(`
  query InsightsFilterOptions {
    services(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          kind
          vendor {
            id
            name
          }
        }
      }
    }
    teams(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
    factorCategories(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
    tags(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),ve=D(`
  query InsightsAnnotations($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Annotation {
        ...AnnotationFields
      }
    }
  }
`),ye=25;function be({filter:e,drill:t,after:n,onMore:r}){let[i,o]=S({query:ge,variables:{filter:e,keys:t.keys,first:ye,after:n}}),s=i.data?.analysisIncidents;return i.error&&!s?(0,I.jsx)(T,{error:i.error,onRetry:()=>o({requestPolicy:`network-only`})}):s?(0,I.jsxs)(y,{gap:`sm`,children:[n?null:(0,I.jsx)(u,{size:`sm`,"data-testid":`drill-count`,children:k(s.totalCount,`incident`)}),(0,I.jsx)(p,{listStyleType:`none`,spacing:`xs`,"aria-label":`Incidents behind the figure`,children:E(s).map(e=>(0,I.jsxs)(p.Item,{children:[(0,I.jsx)(c,{component:A,to:`/incidents/${encodeURIComponent(e.id)}`,fw:600,size:`sm`,children:e.title}),(0,I.jsxs)(d,{gap:6,mt:2,children:[(0,I.jsx)(re,{severity:e.severity,size:`sm`}),(0,I.jsx)(ie,{status:e.status,size:`sm`}),(0,I.jsx)(u,{span:!0,size:`xs`,c:`dimmed`,children:C(e.startedAt)})]})]},e.id))}),s.pageInfo.hasNextPage&&s.pageInfo.endCursor?(0,I.jsx)(a,{variant:`default`,size:`xs`,onClick:()=>r(s.pageInfo.endCursor),style:{alignSelf:`flex-start`},children:`More incidents`}):null]}):(0,I.jsx)(w,{what:`the incidents`})}function xe({filter:e,drill:t,onClose:n}){let[r,i]=(0,j.useState)([null]),a=JSON.stringify(t);return(0,j.useEffect)(()=>i([null]),[a]),(0,I.jsx)(s,{opened:!!t,onClose:n,position:`right`,size:`lg`,title:t?`Incidents: ${t.label}`:``,children:t?r.map((n,a)=>(0,I.jsx)(be,{filter:e,drill:t,after:n,onMore:e=>a===r.length-1&&i([...r,e])},n??`first`)):null})}var Se=[{s:60,label:`1m`},{s:600,label:`10m`},{s:3600,label:`1h`},{s:21600,label:`6h`},{s:86400,label:`1d`},{s:604800,label:`1w`}];function Ce(e){let t=e.flatMap(e=>e.n?[e.min??0,e.max??0]:[]);return{lo:Math.max(30,Math.min(...t,3600)/2),hi:Math.max(...t,120)*1.2}}var U=320,W=26;function G(e,t){let n=Math.min(Math.max(t,e.lo),e.hi);return(Math.log(n)-Math.log(e.lo))/(Math.log(e.hi)-Math.log(e.lo))*U}function we(e){if(!e.n)return`No incident has both milestones${e.open?` (${e.open} without the end milestone)`:``}.`;let t=[`median ${O(e.median)}`,`90th percentile ${O(e.p90)}`,`range ${O(e.min)} to ${O(e.max)}`,`${e.n} incident${e.n===1?``:`s`}`];return e.open&&t.push(`${e.open} without the end milestone, left out`),t.join(`; `)}function Te({d:e,scale:t,axis:n}){return(0,I.jsxs)(`svg`,{width:U,height:n?40:W,role:`img`,"aria-label":we(e),style:{overflow:`visible`,maxWidth:`100%`},children:[e.n&&e.min!=null&&e.max!=null&&e.p90!=null&&e.median!=null?(0,I.jsxs)(`g`,{children:[(0,I.jsx)(`line`,{x1:G(t,e.min),x2:G(t,e.max),y1:W/2,y2:W/2,stroke:`var(--mantine-color-gray-5)`,strokeWidth:2}),(0,I.jsx)(`rect`,{x:G(t,e.min),width:Math.max(2,G(t,e.p90)-G(t,e.min)),y:W/2-6,height:12,rx:3,fill:`var(--mantine-color-indigo-2)`}),(0,I.jsx)(`line`,{x1:G(t,e.median),x2:G(t,e.median),y1:W/2-9,y2:22,stroke:`var(--mantine-color-indigo-9)`,strokeWidth:3}),(0,I.jsx)(`circle`,{cx:G(t,e.max),cy:W/2,r:3,fill:`var(--mantine-color-red-6)`})]}):(0,I.jsx)(`line`,{x1:0,x2:U,y1:W/2,y2:W/2,stroke:`var(--mantine-color-gray-2)`,strokeDasharray:`4 4`}),n?Se.filter(e=>e.s>=t.lo&&e.s<=t.hi).map(e=>(0,I.jsxs)(`g`,{children:[(0,I.jsx)(`line`,{x1:G(t,e.s),x2:G(t,e.s),y1:24,y2:28,stroke:`var(--mantine-color-gray-6)`}),(0,I.jsx)(`text`,{x:G(t,e.s),y:38,fontSize:10,textAnchor:`middle`,fill:`var(--mantine-color-gray-7)`,children:e.label})]},e.s)):null]})}var K=[`timeToDetect`,`timeToAcknowledge`,`timeToMitigate`,`timeToResolve`],q={timeToDetect:`Time to detect`,timeToAcknowledge:`Time to acknowledge`,timeToMitigate:`Time to mitigate`,timeToResolve:`Time to resolve`},Ee=e=>!!e&&K.includes(e),J=12;function De({value:e,onChange:t}){return(0,I.jsx)(g,{"aria-label":`Duration`,size:`xs`,value:e,onChange:e=>t(e),data:K.map(e=>({value:e,label:q[e]}))})}function Oe({d:e}){return e.outliers.length===0?null:(0,I.jsxs)(`div`,{children:[(0,I.jsx)(u,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,children:`Above the 90th percentile`}),(0,I.jsx)(p,{size:`sm`,spacing:2,"aria-label":`Outliers`,children:e.outliers.map(e=>(0,I.jsxs)(p.Item,{children:[(0,I.jsx)(c,{component:A,to:`/incidents/${encodeURIComponent(e.id)}`,size:`sm`,children:e.title}),` `,(0,I.jsxs)(u,{span:!0,size:`xs`,c:`dimmed`,children:[O(e.value),` · `,C(e.startedAt)]})]},e.id))})]})}function ke({figure:e,total:t,groups:n,onOpen:r}){let i=n.slice(0,J),a=t[e],o=Ce([a,...i.map(t=>t.figures[e])]),s=[{id:`all`,name:`All incidents`,d:a,group:null},...i.map(t=>({id:P(t.keys),name:N(t.keys),d:t.figures[e],group:t}))];return(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(d,{gap:`md`,fz:`xs`,c:`dimmed`,children:(0,I.jsx)(u,{size:`xs`,children:`Bar: shortest to 90th percentile · dark mark: median · red dot: longest · log scale`})}),(0,I.jsx)(h.ScrollContainer,{minWidth:720,children:(0,I.jsxs)(h,{verticalSpacing:4,"aria-label":`${q[e]} per group`,children:[(0,I.jsx)(h.Thead,{children:(0,I.jsxs)(h.Tr,{children:[(0,I.jsx)(h.Th,{children:`Group`}),(0,I.jsx)(h.Th,{children:`Distribution`}),(0,I.jsx)(h.Th,{ta:`right`,children:`Median`}),(0,I.jsx)(h.Th,{ta:`right`,children:`90th pct.`}),(0,I.jsx)(h.Th,{ta:`right`,children:`Incidents`})]})}),(0,I.jsx)(h.Tbody,{children:s.map((e,t)=>(0,I.jsxs)(h.Tr,{"data-testid":`distribution-row`,children:[(0,I.jsx)(h.Th,{scope:`row`,fw:e.group?500:700,children:e.name}),(0,I.jsx)(h.Td,{children:(0,I.jsx)(Te,{d:e.d,scale:o,axis:t===s.length-1})}),(0,I.jsx)(h.Td,{ta:`right`,children:e.d.n?O(e.d.median):`—`}),(0,I.jsx)(h.Td,{ta:`right`,children:e.d.n?O(e.d.p90):`—`}),(0,I.jsx)(h.Td,{ta:`right`,children:(0,I.jsxs)(c,{component:`button`,type:`button`,size:`sm`,onClick:()=>r(e.group),children:[e.d.n,e.d.open?` (+${e.d.open} open)`:``,(0,I.jsxs)(f,{children:[` incidents in `,e.name,`: show them`]})]})})]},e.id))})]})}),n.length>J?(0,I.jsxs)(u,{size:`xs`,c:`dimmed`,children:[`The `,J,` largest groups of `,n.length,`.`]}):null,(0,I.jsx)(Oe,{d:a})]})}function Y({id:e,title:t,definition:n,annotations:r,target:i,wide:a,children:s}){let c=`${e}-heading`;return(0,I.jsx)(o,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-labelledby":c,"data-testid":`figure-${e}`,children:(0,I.jsxs)(x,{gap:`lg`,children:[(0,I.jsx)(x.Col,{span:{base:12,lg:a?12:8},children:(0,I.jsxs)(y,{gap:`sm`,children:[(0,I.jsx)(te,{order:2,size:`h4`,id:c,children:t}),s]})}),(0,I.jsx)(x.Col,{span:{base:12,lg:a?12:4},children:(0,I.jsxs)(b,{cols:{base:1,lg:a?2:1},spacing:`md`,children:[(0,I.jsxs)(o,{bg:`gray.0`,p:`sm`,radius:`md`,component:`aside`,"aria-label":`What “${t}” counts`,children:[(0,I.jsx)(u,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,mb:4,children:`Definition`}),(0,I.jsx)(u,{size:`sm`,"data-testid":`figure-definition`,children:n??`No definition given.`})]}),(0,I.jsx)(ae,{annotations:r,target:i})]})})]})})}function Ae(e,t){if(!e)return{bg:`transparent`,color:`var(--mantine-color-dimmed)`};let n=Math.min(9,1+Math.round(e/t*7));return{bg:`var(--mantine-color-indigo-${n})`,color:n>=5?`white`:`var(--mantine-color-indigo-9)`}}var je=e=>{let t=new Map;for(let n of e)t.has(n.value??``)||t.set(n.value??``,n);return[...t.values()]};function Me({cells:e,rowTitle:t,columnTitle:n,onOpen:r}){if(e.length===0)return(0,I.jsx)(u,{c:`dimmed`,size:`sm`,fs:`italic`,children:`No incidents match.`});let i=new Map;for(let t of e)i.set(t.row.value??``,(i.get(t.row.value??``)??0)+t.count);let a=je(e.map(e=>e.row)).sort((e,t)=>(i.get(t.value??``)??0)-(i.get(e.value??``)??0)),o=je(e.map(e=>e.column)).sort((e,t)=>e.label.localeCompare(t.label)),s=new Map(e.map(e=>[`${e.row.value??``}|${e.column.value??``}`,e])),c=Math.max(...e.map(e=>e.count));return(0,I.jsx)(h.ScrollContainer,{minWidth:o.length*90+180,children:(0,I.jsxs)(h,{withTableBorder:!0,withColumnBorders:!0,verticalSpacing:2,horizontalSpacing:4,"aria-label":`Incidents by ${t} and ${n}`,children:[(0,I.jsx)(h.Thead,{children:(0,I.jsxs)(h.Tr,{children:[(0,I.jsxs)(h.Th,{children:[t,` \\ `,n]}),o.map(e=>(0,I.jsx)(h.Th,{ta:`center`,fz:`xs`,children:e.label},e.value??``))]})}),(0,I.jsx)(h.Tbody,{children:a.map(e=>(0,I.jsxs)(h.Tr,{children:[(0,I.jsx)(h.Th,{scope:`row`,fz:`xs`,fw:500,children:e.label}),o.map(t=>{let n=s.get(`${e.value??``}|${t.value??``}`),{bg:i,color:a}=Ae(n?.count??0,c);return(0,I.jsx)(h.Td,{p:0,style:{background:i,color:a},children:n?(0,I.jsx)(l,{w:`100%`,p:4,ta:`center`,fz:`sm`,fw:600,style:{color:`inherit`},onClick:()=>r(n),"aria-label":`${n.count} incidents: ${e.label} and ${t.label}. Show them`,children:n.count}):(0,I.jsx)(u,{ta:`center`,fz:`xs`,c:`dimmed`,"aria-label":`none`,children:`·`})},t.value??``)})]},e.value??``))})]})})}function Ne({filter:e,definition:t,annotations:n,target:r,onOpen:i}){let[a,o]=S({query:he,variables:{filter:e}}),s=a.data?.incidentAnalysis.groups,c=(s??[]).filter(e=>e.keys.length===2).map(e=>({row:e.keys[0],column:e.keys[1],count:e.figures.count}));return(0,I.jsx)(Y,{id:`heatmap`,wide:!0,title:`Services × factor categories`,definition:t,annotations:n,target:r,children:a.error&&!s?(0,I.jsx)(T,{error:a.error,onRetry:()=>o({requestPolicy:`network-only`})}):s?(0,I.jsx)(Me,{cells:c,rowTitle:`Service`,columnTitle:`Factor category`,onOpen:e=>i({label:`${e.row.label} · ${e.column.label}`,keys:[M(e.row),M(e.column)]})}):(0,I.jsx)(w,{what:`the heat map`})})}function Pe(){let[e]=S({query:_e});return(0,j.useMemo)(()=>{let t=e.data,n=E(t?.services),r=new Map;for(let e of n)e.vendor&&r.set(e.vendor.id,e.vendor.name);let i=e=>e.map(e=>({value:e.id,label:e.name}));return{options:{services:i(n),vendors:[...r].map(([e,t])=>({value:e,label:t})).sort((e,t)=>e.label.localeCompare(t.label)),teams:i(E(t?.teams)),categories:i(E(t?.factorCategories)),severities:Object.entries(ne).map(([e,t])=>({value:e,label:t})),tags:i(E(t?.tags))},services:n.map(e=>({id:e.id,name:e.name}))}},[e.data])}var Fe=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e),Ie=e=>`${e}T00:00:00Z`;function Le(e){let t=new Date(`${e}T00:00:00Z`);return t.setUTCDate(t.getUTCDate()+1),t.toISOString()}function Re(e){let t={};e.from&&(t.from=Ie(e.from)),e.to&&(t.to=Le(e.to));for(let n of V){let r=e.lists[n.param];r.length&&(t[n.field]=r)}return t}function ze(e){if(!e)return null;try{let t=JSON.parse(e);if(typeof t.label==`string`&&Array.isArray(t.keys)&&t.keys.every(e=>B(e.dimension)))return t}catch{}return null}function Be(){let[e,t]=se(),n=e.toString(),r=(0,j.useMemo)(()=>{let t=(e.get(`by`)??`SERVICE`).split(`,`).filter(B).slice(0,2),n=Object.fromEntries(V.map(t=>[t.param,(e.get(t.param)??``).split(`,`).filter(Boolean)]));return{groupBy:e.get(`by`)===``?[]:t,from:Fe(e.get(`from`))?e.get(`from`):null,to:Fe(e.get(`to`))?e.get(`to`):null,interval:e.get(`interval`)===`QUARTER`?`QUARTER`:`MONTH`,lists:n,drill:ze(e.get(`drill`)),duration:e.get(`duration`)}},[n]),i=n=>{let r=new URLSearchParams(e);for(let[e,t]of Object.entries(n))t===null?r.delete(e):r.set(e,t);t(r,{replace:!(`drill`in n)})};return{state:r,update:i,setGroupBy:e=>i({by:e.join(`,`),drill:null}),setDrill:e=>i({drill:e?JSON.stringify(e):null}),reset:()=>t(new URLSearchParams,{replace:!0})}}function Ve({factors:e,onOpen:t}){return e.length===0?(0,I.jsx)(u,{c:`dimmed`,size:`sm`,fs:`italic`,children:`No factor category recurs in these incidents.`}):(0,I.jsx)(p,{listStyleType:`none`,spacing:`sm`,"aria-label":`Recurring factor categories`,children:e.map(e=>(0,I.jsxs)(p.Item,{children:[(0,I.jsxs)(d,{gap:`xs`,children:[(0,I.jsx)(u,{fw:600,size:`sm`,children:e.key.label}),(0,I.jsxs)(c,{component:`button`,type:`button`,size:`sm`,onClick:()=>t(e),children:[e.incidentCount,` incidents`,(0,I.jsxs)(f,{children:[` with `,e.key.label,`: show them`]})]})]}),(0,I.jsxs)(u,{size:`xs`,c:`dimmed`,lineClamp:2,children:[`Latest:`,` `,e.incidents.slice(0,3).map((e,t)=>(0,I.jsxs)(`span`,{children:[t?` · `:``,(0,I.jsx)(c,{component:A,to:`/incidents/${encodeURIComponent(e.id)}`,size:`xs`,children:e.title})]},e.id))]})]},e.key.value??`none`))})}function He(e){let t=(0,j.useMemo)(()=>{if(!e)return[];let t=new Set(e.annotations.map(e=>e.id));for(let n of e.groups)for(let e of n.annotations)t.add(e.id);return[...t].sort()},[e]),[n]=S({query:ve,variables:{ids:t},pause:t.length===0});return(0,j.useMemo)(()=>{let e=new Map;if(t.length===0)return e;for(let t of n.data?.nodes??[])t?.__typename===`Annotation`&&e.set(t.id,t);return e},[n.data,t.length])}function Ue(e,t){return t.flatMap(t=>{let n=e.get(t.id);return n?[n]:[]})}var X=5,We=[`indigo.6`,`teal.6`,`orange.6`,`grape.6`,`cyan.6`],Z=e=>e.points.reduce((e,t)=>e+t.count,0),Q=e=>e.key?.label??`All incidents`;function Ge({trend:e,onOpen:t}){let n=[...e].sort((e,t)=>Z(t)-Z(e)).slice(0,X);if(n.length===0||n[0].points.length===0)return(0,I.jsx)(u,{c:`dimmed`,size:`sm`,fs:`italic`,children:`No incidents in this range.`});let r=n[0].points,a=r.map((e,t)=>Object.fromEntries([[`period`,e.period],...n.map(e=>[Q(e),e.points[t]?.count??0])]));return(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(`div`,{role:`img`,"aria-label":`Line chart of incidents per period; the table below lists the same figures.`,children:(0,I.jsx)(i,{h:240,data:a,dataKey:`period`,series:n.map((e,t)=>({name:Q(e),color:We[t%We.length]})),withLegend:n.length>1,curveType:`linear`,withTooltip:!0})}),e.length>X?(0,I.jsxs)(u,{size:`xs`,c:`dimmed`,children:[`The `,X,` groups with the most incidents in the range; `,e.length,` in all.`]}):null,(0,I.jsxs)(`details`,{children:[(0,I.jsx)(`summary`,{children:(0,I.jsx)(u,{span:!0,size:`sm`,children:`Trend as a table`})}),(0,I.jsx)(h.ScrollContainer,{minWidth:400,children:(0,I.jsxs)(h,{striped:!0,verticalSpacing:2,"aria-label":`Incidents per period`,children:[(0,I.jsx)(h.Thead,{children:(0,I.jsxs)(h.Tr,{children:[(0,I.jsx)(h.Th,{children:`Period`}),n.map(e=>(0,I.jsx)(h.Th,{ta:`right`,children:Q(e)},P(e.key?[e.key]:[])))]})}),(0,I.jsx)(h.Tbody,{children:r.map((e,r)=>(0,I.jsxs)(h.Tr,{children:[(0,I.jsx)(h.Th,{scope:`row`,fw:500,children:e.period}),n.map(n=>{let i=n.points[r];return(0,I.jsx)(h.Td,{ta:`right`,children:i?.count?(0,I.jsxs)(c,{component:`button`,type:`button`,size:`sm`,onClick:()=>t(n.key,i),children:[i.count,(0,I.jsxs)(f,{children:[` `,`incidents, `,Q(n),`, `,e.period,`: show them`]})]}):(0,I.jsx)(u,{span:!0,size:`sm`,c:`dimmed`,children:`0`})},P(n.key?[n.key]:[]))})]},e.period))})]})})]})]})}function Ke({analysis:e,onOpen:t}){let{total:n}=e,r=e.definitions.find(e=>e.key===`count`)?.definition;return(0,I.jsx)(o,{withBorder:!0,radius:`md`,p:`md`,component:`section`,"aria-label":`Overview`,children:(0,I.jsxs)(d,{gap:`xl`,align:`flex-start`,wrap:`wrap`,children:[(0,I.jsxs)(y,{gap:2,maw:360,children:[(0,I.jsx)(u,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,children:`Incidents`}),(0,I.jsxs)(c,{component:`button`,type:`button`,fz:28,fw:700,onClick:t,"data-testid":`total-count`,style:{alignSelf:`flex-start`},children:[n.count,(0,I.jsx)(f,{children:` incidents: show them`})]}),r?(0,I.jsx)(u,{size:`xs`,c:`dimmed`,children:r}):null]}),(0,I.jsxs)(y,{gap:2,maw:360,children:[(0,I.jsx)(u,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,children:`Customers affected`}),(0,I.jsx)(u,{fz:28,fw:700,children:n.impact.customersAffected.toLocaleString()}),(0,I.jsxs)(u,{size:`xs`,c:`dimmed`,children:[n.impact.definition,` Estimated for `,k(n.impact.known,`incident`),`; `,n.impact.unknown,` without an estimate.`]})]}),(0,I.jsxs)(y,{gap:2,maw:360,children:[(0,I.jsx)(u,{size:`xs`,tt:`uppercase`,fw:700,c:`dimmed`,children:`Actions done on time`}),(0,I.jsx)(u,{fz:28,fw:700,children:n.followThrough.total?`${n.followThrough.doneOnTime} of ${n.followThrough.total}`:`—`}),(0,I.jsx)(u,{size:`xs`,c:`dimmed`,children:e.definitions.find(e=>e.key===`followThrough`)?.definition})]})]})})}var $=e=>[...new Map(e.map(e=>[e.id,e])).values()];function qe(){oe(`Insights`);let{state:e,update:t,setGroupBy:n,setDrill:r,reset:i}=Be(),{options:a,services:o}=Pe(),s=(0,j.useMemo)(()=>Re(e),[e]),c=!(e.from&&e.to&&e.from>e.to),[l,d]=S({query:me,variables:{filter:s,groupBy:e.groupBy,interval:e.interval},pause:!c}),f=l.data?.incidentAnalysis,p=He(f),m=f?Ue(p,f.annotations):[],h=Ee(e.duration)?e.duration:`timeToMitigate`,g=t=>({scopes:[`FIGURE`,`PERIOD`,`SERVICE`],figure:t,services:o,period:e.from&&e.to?{from:e.from,to:e.to}:void 0}),_=(e,t)=>e.definitions.find(e=>e.key===t)?.definition,v=e.groupBy.map(e=>z[e].toLowerCase()).join(` and `);return(0,I.jsxs)(y,{gap:`lg`,children:[(0,I.jsxs)(`div`,{children:[(0,I.jsx)(te,{order:1,children:`Insights`}),(0,I.jsx)(u,{c:`dimmed`,size:`sm`,children:`Patterns across incidents: where they happen, what contributes, how long they take. Each figure says what it counts and opens to the incidents behind it.`})]}),(0,I.jsx)(pe,{state:e,options:a,onGroupBy:n,update:t,reset:i}),l.error&&!f?(0,I.jsx)(T,{error:l.error,onRetry:()=>d({requestPolicy:`network-only`})}):c?f?(0,I.jsxs)(I.Fragment,{children:[l.error?(0,I.jsx)(T,{error:l.error}):null,(0,I.jsx)(Ke,{analysis:f,onOpen:()=>r({label:`All incidents`,keys:[]})}),(0,I.jsx)(Y,{id:`breakdown`,title:e.groupBy.length?`Incidents by ${v}`:`Incidents`,definition:_(f,`count`),annotations:$([...F(m,`count`),...f.groups.flatMap(e=>Ue(p,e.annotations))]),target:g(`count`),children:e.groupBy.length?(0,I.jsx)(ue,{groups:f.groups,onOpen:e=>r({label:N(e.keys),keys:e.keys.map(M)})}):(0,I.jsx)(ee,{variant:`light`,color:`gray`,children:`Choose a dimension to group by to see a breakdown.`})}),(0,I.jsx)(Y,{id:`trend`,title:`Incidents per ${e.interval===`QUARTER`?`quarter`:`month`}`,definition:_(f,`trend`),annotations:$([...F(m,`trend`),...le(m)]),target:g(`trend`),children:(0,I.jsx)(Ge,{trend:f.trend,onOpen:(t,n)=>r({label:`${t?`${t.label}, `:``}${n.period}`,keys:[...t?[M(t)]:[],{dimension:e.interval,value:n.period}]})})}),(0,I.jsx)(Ne,{filter:s,definition:_(f,`count`),annotations:F(m,`count`),target:g(`count`),onOpen:r}),(0,I.jsxs)(Y,{id:`durations`,title:q[h],definition:f.total[h].definition,annotations:$([...F(m,h),...m.filter(e=>e.scope===`INCIDENT`&&f.total[h].outliers.some(t=>t.id===e.incidentID))]),target:g(h),children:[(0,I.jsx)(De,{value:h,onChange:e=>t({duration:e===`timeToMitigate`?null:e})}),(0,I.jsx)(ke,{figure:h,total:f.total,groups:f.groups,onOpen:e=>r(e?{label:N(e.keys),keys:e.keys.map(M)}:{label:`All incidents`,keys:[]})})]}),(0,I.jsx)(b,{cols:1,children:(0,I.jsx)(Y,{id:`recurring`,title:`Recurring factor categories`,definition:_(f,`recurringFactors`),annotations:F(m,`recurringFactors`),target:g(`recurringFactors`),children:(0,I.jsx)(Ve,{factors:f.recurringFactors,onOpen:e=>r({label:e.key.label,keys:[M(e.key)]})})})})]}):(0,I.jsx)(w,{what:`the analysis`}):null,(0,I.jsx)(xe,{filter:s,drill:e.drill,onClose:()=>r(null)})]})}export{qe as InsightsPage};