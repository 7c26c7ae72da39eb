import{k as e}from"./format-Xjo4WKyq.js";var t=e(`
  query IncidentPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        version
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
          edges {
            node {
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
          }
        }
        participants(first: 100, orderBy: [{ field: ROLE, direction: ASC }]) {
          totalCount
          edges {
            node {
              id
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
          }
        }
        perspectives(first: 100, orderBy: [{ field: DEPARTMENT, direction: ASC }]) {
          totalCount
          edges {
            node {
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
          }
        }
        questions(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          edges {
            node {
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
          edges {
            node {
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
        actionItems(first: 100, orderBy: [{ field: DUE_AT, direction: ASC }]) {
          totalCount
          edges {
            node {
              id
              title
              description
              priority
              size
              dueAt
              status
              statusReason
              trackerURL
              owner {
                id
                name
              }
              team {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);function n(e){return(e?.edges??[]).flatMap(e=>e?.node?[e.node]:[])}export{n,t};