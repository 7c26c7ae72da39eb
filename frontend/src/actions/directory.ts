import { useMemo, useRef } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
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

// The pickers below search on the server as the user types: an organisation
// has more services, teams, people, tags, categories or vendors than one
// page (100) holds. Each asks for the best matches by name and, by ID, for
// the chosen values it has no label for yet (from a URL or a saved record),
// so a choice never shows as an ID.
const servicePickerQuery = graphql(`
  query ServicePicker($q: String, $ids: [ID!], $first: Int!) {
    matches: services(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: services(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const teamPickerQuery = graphql(`
  query TeamPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: teams(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: teams(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const personPickerQuery = graphql(`
  query PersonPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: users(
      first: $first
      where: { nameContainsFold: $q, serviceAccount: false }
      orderBy: [{ field: NAME, direction: ASC }]
    ) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: users(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

// Tags, factor categories and vendors are chosen in filters and forms the
// same way: an organisation may name more of them than one page holds.
const tagPickerQuery = graphql(`
  query TagPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: tags(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: tags(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const categoryPickerQuery = graphql(`
  query FactorCategoryPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: factorCategories(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: factorCategories(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const vendorPickerQuery = graphql(`
  query VendorPicker($q: String, $ids: [ID!], $first: Int!) {
    matches: vendors(first: $first, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    chosen: vendors(first: 100, where: { idIn: $ids }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** What a picker chooses from. */
export type PickerKind = 'services' | 'teams' | 'people' | 'tags' | 'categories' | 'vendors';

type Named = { id: string; name: string };
type NamedConnection = { edges?: ({ node?: Named | null } | null)[] | null };
type PickerData = { matches: NamedConnection & { totalCount: number }; chosen: NamedConnection };
type PickerVariables = { q?: string | null; ids?: string[] | null; first: number };

const pickerQueries = {
  services: servicePickerQuery,
  teams: teamPickerQuery,
  people: personPickerQuery,
  tags: tagPickerQuery,
  categories: categoryPickerQuery,
  vendors: vendorPickerQuery,
} as unknown as Record<PickerKind, TypedDocumentNode<PickerData, PickerVariables>>;

/** How many matches a picker shows; typing narrows them. */
export const pickerMatches = 30;

export interface PickerOption {
  value: string;
  label: string;
}

/**
 * usePickerOptions finds what a picker offers for search: the chosen values
 * first (whatever the search, so they keep their labels), then the best
 * matches by name. known seeds labels the caller already has.
 */
export function usePickerOptions(kind: PickerKind, search: string, selected: string[], known: Named[] = []) {
  // Labels of everything seen so far: a chosen value keeps its label when
  // the search moves on, and needs no request by ID.
  const labels = useRef(new Map<string, string>());
  for (const k of known) labels.current.set(k.id, k.name);
  // A single-choice box shows the chosen value's label in its search field:
  // that is no search, so it offers the usual first matches.
  const typed = selected.some((id) => labels.current.get(id) === search) ? '' : search;
  const [q] = useDebouncedValue(typed.trim(), 250);
  const unknownIDs = selected.filter((id) => !labels.current.has(id));
  const ids = unknownIDs.join(',');
  const variables = useMemo(() => ({ q: q || null, ids: ids ? ids.split(',') : [], first: pickerMatches }), [q, ids]);
  const [result] = useQuery({ query: pickerQueries[kind], variables });

  // Keep the last answer while the next search runs, instead of an empty list.
  const last = useRef<PickerData | undefined>(undefined);
  if (result.data) last.current = result.data;
  const data = result.data ?? last.current;
  for (const n of [...nodes(data?.matches), ...nodes(data?.chosen)]) labels.current.set(n.id, n.name);

  const matches = nodes(data?.matches);
  const options: PickerOption[] = [];
  const seen = new Set<string>();
  for (const id of selected) {
    const label = labels.current.get(id);
    if (label === undefined || seen.has(id)) continue;
    seen.add(id);
    options.push({ value: id, label });
  }
  for (const n of matches) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    options.push({ value: n.id, label: n.name });
  }
  return {
    options,
    /** Matches the server has beyond those shown. */
    more: Math.max(0, (data?.matches.totalCount ?? 0) - matches.length),
    /** Matches shown (at most pickerMatches), and how many the server has: a picker says when that is more. */
    shown: matches.length,
    total: data?.matches.totalCount ?? 0,
    fetching: result.fetching,
    error: result.error,
  };
}
