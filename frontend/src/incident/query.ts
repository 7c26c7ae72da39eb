import type { Client, CombinedError } from 'urql';

import { graphql } from '../gql';
import type { IncidentPageQuery } from '../gql/graphql';

// One query draws the whole incident page. Every list is a connection with
// an explicit page size (the API requires one and caps it at 100), and the
// nesting stays shallow: node → connection → edges → node → person → name.
// The board's own lists (timeline, participants, perspectives, questions,
// comments) can be longer than a page — a timeline imported from a chat
// easily is: they ask for pageInfo too, and the page fetches the pages after
// the first with the queries below (see usePagedConnection). Each reads its
// records through the same fragment as this query, in the same order, so the
// pages join into one list.
export const boardTimelineEvent = graphql(`
  fragment BoardTimelineEvent on TimelineEvent {
    id
    version
    occurredAt
    kind
    source
    sourceRef
    actorName
    actor {
      id
      name
    }
    text
    evidenceURL
    keyMoment
    milestone
  }
`);

export const boardParticipant = graphql(`
  fragment BoardParticipant on Participant {
    id
    createdByID
    role
    location
    timeZone
    channels
    user {
      id
      name
      title
      department
    }
  }
`);

export const boardPerspective = graphql(`
  fragment BoardPerspective on Perspective {
    id
    version
    department
    whatTheySaw
    surprises
    whatHelped
    whatHurt
    impactObserved
    author {
      id
      name
      title
    }
  }
`);

export const boardQuestion = graphql(`
  fragment BoardQuestion on Question {
    id
    version
    text
    status
    answer
    answeredAt
    askedBy {
      id
      name
    }
    assignee {
      id
      name
    }
    answeredBy {
      id
      name
    }
  }
`);

export const boardComment = graphql(`
  fragment BoardComment on Comment {
    id
    body
    createdAt
    parentID
    timelineEventID
    perspectiveID
    questionID
    createdBy {
      id
      name
    }
  }
`);

export const incidentPageQuery = graphql(`
  query IncidentPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        version
        createdByID
        title
        summary
        severity
        status
        restricted
        startedAt
        detectedAt
        acknowledgedAt
        mitigatedAt
        resolvedAt
        customerImpact
        customersAffected
        reviewMode
        reviewDueAt
        facilitator {
          id
          name
        }
        durations {
          timeToDetect
          timeToAcknowledge
          timeToMitigate
          timeToResolve
        }
        services(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
          edges {
            node {
              id
              name
              kind
            }
          }
        }
        vendors(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
          edges {
            node {
              id
              name
            }
          }
        }
        tags(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
          edges {
            node {
              id
              name
            }
          }
        }
        timelineEvents(first: 100, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardTimelineEvent
            }
          }
        }
        participants(first: 100, orderBy: [{ field: ROLE, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardParticipant
            }
          }
        }
        perspectives(first: 100, orderBy: [{ field: DEPARTMENT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardPerspective
            }
          }
        }
        questions(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardQuestion
            }
          }
        }
        board {
          missingVoices {
            departments
            participants {
              id
              name
            }
          }
          participation {
            user {
              id
              name
            }
            department
            events
            perspectives
            answers
            comments
            total
          }
          departments {
            department
            total
          }
          facilitatorShare
          openQuestions
        }
        comments(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardComment
            }
          }
        }
        activities(first: 30, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
          edges {
            node {
              id
              action
              entityType
              summary
              createdAt
              changes {
                field
                old
                new
              }
              actor {
                id
                name
              }
            }
          }
        }
        # Only the count (tabs, header): the action items section reads
        # the items itself, page by page.
        actionItems(first: 0) {
          totalCount
        }
      }
    }
  }
`);

export type Incident = Extract<NonNullable<IncidentPageQuery['node']>, { __typename: 'Incident' }>;

type Conn<T> = { edges?: ({ node?: T | null } | null)[] | null };

/** nodes flattens a connection's edges into its nodes. */
export function nodes<T>(conn: Conn<T> | null | undefined): T[] {
  return (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}

export type IncidentComment = NonNullable<NonNullable<NonNullable<Incident['comments']['edges']>[number]>['node']>;

// The pages after the first, one query per list. The order must be the
// page query's: a cursor is only good for the order it was made in.

const timelinePageQuery = graphql(`
  query IncidentTimelinePage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        timelineEvents(first: 100, after: $after, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardTimelineEvent
            }
          }
        }
      }
    }
  }
`);

const participantsPageQuery = graphql(`
  query IncidentParticipantsPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        participants(first: 100, after: $after, orderBy: [{ field: ROLE, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardParticipant
            }
          }
        }
      }
    }
  }
`);

const perspectivesPageQuery = graphql(`
  query IncidentPerspectivesPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        perspectives(first: 100, after: $after, orderBy: [{ field: DEPARTMENT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardPerspective
            }
          }
        }
      }
    }
  }
`);

const questionsPageQuery = graphql(`
  query IncidentQuestionsPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        questions(first: 100, after: $after, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardQuestion
            }
          }
        }
      }
    }
  }
`);

const commentsPageQuery = graphql(`
  query IncidentCommentsPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        comments(first: 100, after: $after, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...BoardComment
            }
          }
        }
      }
    }
  }
`);

/** The board's lists that can run past one page. */
export type PagedList = 'timelineEvents' | 'participants' | 'perspectives' | 'questions' | 'comments';

/** An edge of one of the board's paged lists. */
export type BoardEdge<K extends PagedList> = NonNullable<NonNullable<Incident[K]['edges']>[number]>;

/** A page after the first of one of the board's lists, or why it could not be had. */
type PageAnswer<K extends PagedList> = { page?: Pick<Incident[K], 'totalCount' | 'pageInfo'> & { edges?: (BoardEdge<K> | null)[] | null }; error?: CombinedError };

/**
 * fetchBoardPage reads the page of an incident's list after a cursor,
 * always from the network: the page it had may be out of date.
 */
export async function fetchBoardPage<K extends PagedList>(client: Client, list: K, id: string, after: string): Promise<PageAnswer<K>> {
  const vars = { id, after };
  const opts = { requestPolicy: 'network-only' as const };
  // One query per list keeps each answer typed; the switch picks it.
  const r = await (() => {
    switch (list) {
      case 'timelineEvents':
        return client.query(timelinePageQuery, vars, opts).toPromise();
      case 'participants':
        return client.query(participantsPageQuery, vars, opts).toPromise();
      case 'perspectives':
        return client.query(perspectivesPageQuery, vars, opts).toPromise();
      case 'questions':
        return client.query(questionsPageQuery, vars, opts).toPromise();
      default:
        return client.query(commentsPageQuery, vars, opts).toPromise();
    }
  })();
  if (r.error) return { error: r.error };
  const node = r.data?.node;
  if (node?.__typename !== 'Incident') return {};
  return { page: (node as unknown as Pick<Incident, K>)[list] as PageAnswer<K>['page'] };
}
