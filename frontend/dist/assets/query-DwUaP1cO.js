import{k as e}from"./format-BDnBXdgX.js";e(`
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
`),e(`
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
`),e(`
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
`),e(`
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
`),e(`
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
`);var t=e(`
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
`);function n(e){return(e?.edges??[]).flatMap(e=>e?.node?[e.node]:[])}var r=e(`
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
`),i=e(`
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
`),a=e(`
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
`),o=e(`
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
`),s=e(`
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
`);async function c(e,t,n,c){let l={id:n,after:c},u={requestPolicy:`network-only`},d=await(()=>{switch(t){case`timelineEvents`:return e.query(r,l,u).toPromise();case`participants`:return e.query(i,l,u).toPromise();case`perspectives`:return e.query(a,l,u).toPromise();case`questions`:return e.query(o,l,u).toPromise();default:return e.query(s,l,u).toPromise()}})();if(d.error)return{error:d.error};let f=d.data?.node;return f?.__typename===`Incident`?{page:f[t]}:{}}export{t as n,n as r,c as t};