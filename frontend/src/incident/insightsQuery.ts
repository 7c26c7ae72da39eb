import { graphql } from '../gql';
import type { IncidentInsightsQuery } from '../gql/graphql';

/** One insight as the section shows it; the first page and the pages after it read the same. */
export const incidentInsight = graphql(`
  fragment IncidentInsight on Insight {
    id
    version
    statement
    detail
    status
    createdAt
    createdBy {
      id
      name
    }
    factors(first: 20, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      edges {
        node {
          id
          description
          category {
            id
            name
          }
        }
      }
    }
    evidenceEvents(first: 20, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    evidencePerspectives(first: 20) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    evidenceQuestions(first: 20) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    actionItems(first: 0) {
      totalCount
    }
  }
`);

/**
 * What the insights section reads: the insights with their factors and the
 * IDs of their evidence (the board already holds the events, perspectives
 * and questions themselves: the page names them from there, which keeps
 * this query well inside the server's complexity limit), and the taxonomy
 * to pick from.
 */
export const incidentInsightsQuery = graphql(`
  query IncidentInsights($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        insights(first: 50, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...IncidentInsight
            }
          }
        }
        contributingFactors(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          edges {
            node {
              id
              description
              category {
                id
                name
              }
            }
          }
        }
      }
    }
    # Only whether there are any: the factor form searches them on the server.
    factorCategories(first: 0) {
      totalCount
    }
  }
`);

// The insights after the first page, a page at a time (see
// usePagedConnection), in the page query's order. A page is 50, not the
// API's 100: each insight nests four lists of up to 20, and 100 of them
// would pass the server's complexity limit.
export const incidentInsightsPageQuery = graphql(`
  query IncidentInsightsPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        insights(first: 50, after: $after, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...IncidentInsight
            }
          }
        }
      }
    }
  }
`);

type IncidentNode = Extract<NonNullable<IncidentInsightsQuery['node']>, { __typename: 'Incident' }>;
export type InsightItem = NonNullable<NonNullable<NonNullable<IncidentNode['insights']['edges']>[number]>['node']>;
export type FactorItem = NonNullable<NonNullable<NonNullable<IncidentNode['contributingFactors']['edges']>[number]>['node']>;
export type InsightsIncident = IncidentNode;
