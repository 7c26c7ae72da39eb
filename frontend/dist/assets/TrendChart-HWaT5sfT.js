import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{L as t,U as n,W as r,X as i,a}from"./mantine-BofZ7yjn.js";import{f as o,h as s}from"./react-ChuVQnjQ.js";import{k as c}from"./format-BDnBXdgX.js";import{n as l,t as u}from"./charts-0NPb254Z.js";var d=e(s(),1),f=e=>`${Math.round(e*100)}%`,p=e=>({dimension:e.dimension,value:e.value??null}),m=e=>e.length?e.map(e=>e.label).join(` · `):`All incidents`,h=e=>e.map(e=>`${e.dimension}:${e.value??`∅`}`).join(`|`)||`all`,g=(e,t)=>e.filter(e=>e.scope===`FIGURE`&&e.figure===t),_=e=>e.filter(e=>e.scope===`PERIOD`),v=o(),y=15,b=20;function x({groups:e,onOpen:o}){let[s,c]=(0,d.useState)(!1);if(e.length===0)return(0,v.jsx)(r,{c:`dimmed`,size:`sm`,fs:`italic`,children:`No incidents match.`});let u=e.slice(0,y),p=u.map(e=>({group:m(e.keys),Incidents:e.figures.count}));return(0,v.jsxs)(v.Fragment,{children:[(0,v.jsx)(`div`,{role:`img`,"aria-label":`Bar chart of incidents per group; the table below lists the same figures.`,children:(0,v.jsx)(l,{h:Math.max(160,u.length*28+40),data:p,dataKey:`group`,orientation:`vertical`,yAxisProps:{width:200},series:[{name:`Incidents`,color:`indigo.6`}],withTooltip:!0,barProps:{onClick:(e,t)=>o(u[t]),cursor:`pointer`},gridAxis:`x`})}),e.length>y?(0,v.jsxs)(r,{size:`xs`,c:`dimmed`,children:[`The chart shows the `,y,` largest groups; the table lists all `,e.length,`.`]}):null,(0,v.jsx)(a.ScrollContainer,{minWidth:560,children:(0,v.jsxs)(a,{striped:!0,verticalSpacing:4,"aria-label":`Incidents per group`,children:[(0,v.jsx)(a.Thead,{children:(0,v.jsxs)(a.Tr,{children:[(0,v.jsx)(a.Th,{children:`Group`}),(0,v.jsx)(a.Th,{ta:`right`,children:`Incidents`}),(0,v.jsx)(a.Th,{ta:`right`,children:`Share`}),(0,v.jsx)(a.Th,{ta:`right`,children:`Customers affected`}),(0,v.jsx)(a.Th,{ta:`right`,children:`Actions done on time`})]})}),(0,v.jsx)(a.Tbody,{children:(s?e:e.slice(0,b)).map(e=>(0,v.jsxs)(a.Tr,{"data-testid":`breakdown-row`,children:[(0,v.jsx)(a.Th,{scope:`row`,fw:500,children:m(e.keys)}),(0,v.jsx)(a.Td,{ta:`right`,children:(0,v.jsxs)(n,{component:`button`,type:`button`,onClick:()=>o(e),size:`sm`,children:[e.figures.count,(0,v.jsxs)(i,{children:[` incidents in `,m(e.keys),`: show them`]})]})}),(0,v.jsx)(a.Td,{ta:`right`,children:f(e.figures.share)}),(0,v.jsxs)(a.Td,{ta:`right`,children:[e.figures.impact.known?e.figures.impact.customersAffected.toLocaleString():`—`,e.figures.impact.unknown?(0,v.jsxs)(r,{span:!0,size:`xs`,c:`dimmed`,children:[` `,`(+`,e.figures.impact.unknown,` unknown)`]}):null]}),(0,v.jsx)(a.Td,{ta:`right`,children:e.figures.followThrough.total?`${e.figures.followThrough.doneOnTime} of ${e.figures.followThrough.total}`:`—`})]},h(e.keys)))})]})}),e.length>b?(0,v.jsx)(t,{variant:`subtle`,size:`xs`,onClick:()=>c(!s),style:{alignSelf:`flex-start`},children:s?`Show the ${b} largest groups`:`Show all ${e.length} groups`}):null]})}c(`
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
`);var S=c(`
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
`),C=c(`
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
`),w=c(`
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
`),T=c(`
  query InsightsAnnotations($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Annotation {
        ...AnnotationFields
      }
    }
  }
`),E=5,D=[`indigo.6`,`teal.6`,`orange.6`,`grape.6`,`cyan.6`],O=e=>e.points.reduce((e,t)=>e+t.count,0),k=e=>e.key?.label??`All incidents`;function A({trend:e,onOpen:t}){let o=[...e].sort((e,t)=>O(t)-O(e)).slice(0,E);if(o.length===0||o[0].points.length===0)return(0,v.jsx)(r,{c:`dimmed`,size:`sm`,fs:`italic`,children:`No incidents in this range.`});let s=o[0].points,c=s.map((e,t)=>Object.fromEntries([[`period`,e.period],...o.map(e=>[k(e),e.points[t]?.count??0])]));return(0,v.jsxs)(v.Fragment,{children:[(0,v.jsx)(`div`,{role:`img`,"aria-label":`Line chart of incidents per period; the table below lists the same figures.`,children:(0,v.jsx)(u,{h:240,data:c,dataKey:`period`,series:o.map((e,t)=>({name:k(e),color:D[t%D.length]})),withLegend:o.length>1,curveType:`linear`,withTooltip:!0})}),e.length>E?(0,v.jsxs)(r,{size:`xs`,c:`dimmed`,children:[`The `,E,` groups with the most incidents in the range; `,e.length,` in all.`]}):null,(0,v.jsxs)(`details`,{children:[(0,v.jsx)(`summary`,{children:(0,v.jsx)(r,{span:!0,size:`sm`,children:`Trend as a table`})}),(0,v.jsx)(a.ScrollContainer,{minWidth:400,children:(0,v.jsxs)(a,{striped:!0,verticalSpacing:2,"aria-label":`Incidents per period`,children:[(0,v.jsx)(a.Thead,{children:(0,v.jsxs)(a.Tr,{children:[(0,v.jsx)(a.Th,{children:`Period`}),o.map(e=>(0,v.jsx)(a.Th,{ta:`right`,children:k(e)},h(e.key?[e.key]:[])))]})}),(0,v.jsx)(a.Tbody,{children:s.map((e,s)=>(0,v.jsxs)(a.Tr,{children:[(0,v.jsx)(a.Th,{scope:`row`,fw:500,children:e.period}),o.map(o=>{let c=o.points[s];return(0,v.jsx)(a.Td,{ta:`right`,children:c?.count?(0,v.jsxs)(n,{component:`button`,type:`button`,size:`sm`,onClick:()=>t(o.key,c),children:[c.count,(0,v.jsxs)(i,{children:[` `,`incidents, `,k(o),`, `,e.period,`: show them`]})]}):(0,v.jsx)(r,{span:!0,size:`sm`,c:`dimmed`,children:`0`})},h(o.key?[o.key]:[]))})]},e.period))})]})})]})]})}export{S as a,h as c,_ as d,C as i,m as l,T as n,x as o,w as r,g as s,A as t,p as u};