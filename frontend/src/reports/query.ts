import { graphql } from '../gql';
import type { ReportPageQuery, ReportPlaceholdersQuery, ReportTemplatesAdminQuery } from '../gql/graphql';

// Every operation the report pages use. The report page asks for the draft
// and everything around it in one request; the trail's actions are read
// live by the server, so reloading the page shows their owners and
// statuses as they are now.

export const reportFields = graphql(`
  fragment ReportFields on Report {
    id
    version
    audience
    title
    body
    incidentID
    periodStart
    periodEnd
    scope
    generatedAt
    generatedBy {
      id
      name
    }
    publishedVersion
    publishedAt
    changedSincePublish
    link
    definitions {
      key
      label
      definition
    }
    template {
      id
      name
      internalDetails
      technicalDetail
    }
    incident {
      id
      title
    }
  }
`);

export const reportPageQuery = graphql(`
  query ReportPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Report {
        ...ReportFields
        latest {
          id
          number
          title
          body
          scope
          generatedAt
          publishedAt
          definitions {
            key
            label
            definition
          }
          createdBy {
            id
            name
          }
        }
        publishedVersions {
          id
          number
          title
          publishedAt
          createdBy {
            id
            name
          }
        }
        trail {
          incident {
            id
            title
          }
          insight {
            id
            statement
            status
          }
          evidence {
            kind
            id
            summary
            link
          }
          actions {
            id
            title
            status
            dueAt
            overdue
            owner {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The Markdown export of the draft, asked for only when downloading (it repeats the body). */
export const reportMarkdownQuery = graphql(`
  query ReportMarkdown($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Report {
        title
        markdown
      }
      ... on ReportVersion {
        title
        markdown
      }
    }
  }
`);

/** A published version: the report's versions are few, so all are read and the one asked for picked. */
export const reportVersionQuery = graphql(`
  query ReportVersionPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Report {
        title
        audience
        periodStart
        periodEnd
        incident {
          id
          title
        }
        publishedVersions {
          id
          number
          title
          body
          scope
          generatedAt
          publishedAt
          definitions {
            key
            label
            definition
          }
          createdBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const reportsListQuery = graphql(`
  query ReportsList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: ReportWhereInput) {
    reports(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          title
          audience
          periodStart
          periodEnd
          publishedVersion
          publishedAt
          changedSincePublish
          updatedAt
          incident {
            id
            title
          }
        }
      }
    }
  }
`);

export const incidentReportsQuery = graphql(`
  query IncidentReports($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        reports(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              title
              audience
              publishedVersion
              publishedAt
              changedSincePublish
            }
          }
        }
      }
    }
  }
`);

// A page of the templates a report can start from (see useWholeList).
export const templateChoicesQuery = graphql(`
  query ReportTemplateChoices($after: Cursor) {
    reportTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          audience
          description
        }
      }
    }
  }
`);

export const generateReportMutation = graphql(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      id
      title
    }
  }
`);

export const updateReportMutation = graphql(`
  mutation UpdateReport($id: ID!, $version: Int!, $input: UpdateReportInput!) {
    updateReport(id: $id, version: $version, input: $input) {
      ...ReportFields
    }
  }
`);

export const regenerateReportMutation = graphql(`
  mutation RegenerateReport($id: ID!, $version: Int!) {
    regenerateReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`);

export const publishReportMutation = graphql(`
  mutation PublishReport($id: ID!, $version: Int!) {
    publishReport(id: $id, version: $version) {
      ...ReportFields
    }
  }
`);

export const deleteReportMutation = graphql(`
  mutation DeleteReport($id: ID!) {
    deleteReport(id: $id)
  }
`);

// A page of the templates an admin edits: the first without $after, then
// the rest one page at a time (see useWholeList).
export const reportTemplatesAdminQuery = graphql(`
  query ReportTemplatesAdmin($after: Cursor) {
    reportTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
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
          description
          body
          internalDetails
          technicalDetail
          updatedAt
        }
      }
    }
  }
`);

export const reportPlaceholdersQuery = graphql(`
  query ReportPlaceholders {
    reportPlaceholders {
      name
      description
      internal
      technical
      crossIncident
    }
  }
`);

export const createReportTemplateMutation = graphql(`
  mutation CreateReportTemplate($input: CreateReportTemplateInput!) {
    createReportTemplate(input: $input) {
      id
      version
      audience
      name
      description
      body
      internalDetails
      technicalDetail
      updatedAt
    }
  }
`);

export const updateReportTemplateMutation = graphql(`
  mutation UpdateReportTemplate($id: ID!, $version: Int!, $input: UpdateReportTemplateInput!) {
    updateReportTemplate(id: $id, version: $version, input: $input) {
      id
      version
      audience
      name
      description
      body
      internalDetails
      technicalDetail
      updatedAt
    }
  }
`);

type Node = NonNullable<ReportPageQuery['node']>;
export type ReportData = Extract<Node, { __typename: 'Report' }>;
export type TrailEntry = ReportData['trail'][number];
export type ReportTemplateData = NonNullable<NonNullable<NonNullable<ReportTemplatesAdminQuery['reportTemplates']['edges']>[number]>['node']>;
export type Placeholder = ReportPlaceholdersQuery['reportPlaceholders'][number];
