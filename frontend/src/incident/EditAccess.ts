import { useMemo } from 'react';
import { useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { graphql } from '../gql';
import { editsAny } from '../lib/conflict';
import { canWrite } from '../lib/roles';
import { useBoard } from './board';
import { nodes } from './query';

// Members may edit the timeline events and perspectives they wrote
// themselves; the board's query does not say who wrote each (the author of
// a perspective need not be who typed it in), so for members one query asks
// which of the board's items are theirs. Its variables are the board's item
// IDs, so it is asked again when the board gains items, and not at all for
// analysts and admins (who edit anything) or viewers (who edit nothing).

const editableByMe = graphql(`
  query EditableByMe($incidentID: ID!, $me: ID!, $ids: [ID!]!) {
    node(id: $incidentID) {
      __typename
      id
      ... on Incident {
        timelineEvents(first: 100, where: { idIn: $ids, hasCreatedByWith: [{ id: $me }] }) {
          edges {
            node {
              id
            }
          }
        }
        perspectives(first: 100, where: { idIn: $ids, hasCreatedByWith: [{ id: $me }] }) {
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`);

/** useEditable says whether the signed-in person may edit a timeline event or perspective on the board. */
export function useEditable(): (id: string) => boolean {
  const { viewer } = useSession();
  const { incident } = useBoard();
  const all = editsAny(viewer.role);
  const member = viewer.role === 'MEMBER';
  const ids = useMemo(
    () => [...nodes(incident.timelineEvents).map((e) => e.id), ...nodes(incident.perspectives).map((p) => p.id)].sort(),
    [incident.timelineEvents, incident.perspectives],
  );
  const [result] = useQuery({
    query: editableByMe,
    variables: { incidentID: incident.id, me: viewer.id, ids },
    pause: !member || ids.length === 0,
  });
  const mine = useMemo(() => {
    const node = result.data?.node;
    if (!node || node.__typename !== 'Incident') return new Set<string>();
    return new Set([...nodes(node.timelineEvents), ...nodes(node.perspectives)].map((n) => n.id));
  }, [result.data]);
  return (id: string) => all || (member && mine.has(id));
}

/**
 * useCanWrite says whether the signed-in person may add to the board. Viewers
 * may not: every part of the board leaves its forms out for them, rather
 * than offering one the server would refuse.
 */
export function useCanWrite(): boolean {
  const { viewer } = useSession();
  return canWrite(viewer.role);
}
