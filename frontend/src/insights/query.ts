import { graphql } from '../gql';
import type { InsightsAnalysisQuery } from '../gql/graphql';

export const annotationFields = graphql(`
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
`);

export const insightsAnalysisQuery = graphql(`
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
`);

/** The heat map: the same incidents by service and factor category, counts only. */
export const heatMapQuery = graphql(`
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
`);

export const drillDownQuery = graphql(`
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
`);

export type Analysis = InsightsAnalysisQuery['incidentAnalysis'];
export type Group = Analysis['groups'][number];
export type Figures = Analysis['total'];
export type Distribution = Figures['timeToDetect'];
export type Key = Group['keys'][number];
export type IncidentRef = Distribution['outliers'][number];
export type { AnnotationFieldsFragment as AnnotationData } from '../gql/graphql';

/**
 * The analysis names its annotations by ID; their text, author and subject
 * come from here (one request for all of them).
 */
export const annotationsByIDQuery = graphql(`
  query InsightsAnnotations($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Annotation {
        ...AnnotationFields
      }
    }
  }
`);
