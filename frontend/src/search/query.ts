import { graphql } from '../gql';
import type { SearchResultsQuery } from '../gql/graphql';

export const searchQuery = graphql(`
  query SearchResults($query: String!, $kinds: [SearchKind!], $first: Int, $after: Cursor) {
    search(query: $query, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          title
          snippet
          score
          incident {
            id
            title
          }
          record {
            __typename
            ... on Incident {
              id
            }
            ... on TimelineEvent {
              id
            }
            ... on Perspective {
              id
            }
            ... on Insight {
              id
            }
            ... on ActionItem {
              id
            }
          }
        }
      }
    }
  }
`);

export type SearchHit = SearchResultsQuery['search']['edges'][number]['node'];

export const kindLabel: Record<string, string> = {
  INCIDENT: 'Incident',
  TIMELINE_EVENT: 'Timeline event',
  PERSPECTIVE: 'Perspective',
  INSIGHT: 'Insight',
  ACTION_ITEM: 'Action item',
};

/** hitHref is where a hit opens: its incident, at the record's place on the page when there is one. */
export function hitHref(hit: SearchHit): string | null {
  if (!hit.incident) return null;
  const base = `/incidents/${encodeURIComponent(hit.incident.id)}`;
  const id = 'id' in hit.record ? hit.record.id : '';
  switch (hit.kind) {
    case 'TIMELINE_EVENT':
      return `${base}#timeline`;
    case 'PERSPECTIVE':
      return `${base}#perspectives`;
    case 'INSIGHT':
      return `${base}#insight-${id}`;
    case 'ACTION_ITEM':
      return `${base}#action-${id}`;
    default:
      return base;
  }
}
