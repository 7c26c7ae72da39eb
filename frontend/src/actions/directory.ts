import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useDebouncedValue } from '@mantine/hooks';

import { graphql } from '../gql';
import { nodes } from '../incident/query';

const ownerDirectoryQuery = graphql(`
  query ActionOwnerDirectory($q: String) {
    users(first: 30, where: { nameContainsFold: $q, serviceAccount: false }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          title
          teams(first: 10, orderBy: [{ field: NAME, direction: ASC }]) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

const teamListQuery = graphql(`
  query TeamList {
    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface Person {
  id: string;
  name: string;
  title?: string | null;
  teams: { id: string; name: string }[];
}

/**
 * usePeople searches the directory for people who could own an action
 * (service accounts are not people), by name as the user types.
 */
export function usePeople(search: string) {
  const [q] = useDebouncedValue(search.trim(), 250);
  const [result] = useQuery({ query: ownerDirectoryQuery, variables: { q: q || null } });
  const people: Person[] = useMemo(
    () =>
      nodes(result.data?.users).map((u) => ({ id: u.id, name: u.name, title: u.title, teams: nodes(u.teams) })),
    [result.data],
  );
  return { people, fetching: result.fetching, error: result.error };
}

/** useTeams lists the teams (at most 100) for pickers and filters. */
export function useTeams() {
  const [result] = useQuery({ query: teamListQuery });
  const teams = useMemo(() => nodes(result.data?.teams), [result.data]);
  return { teams, fetching: result.fetching, error: result.error };
}
