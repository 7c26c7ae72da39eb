import { useMemo } from 'react';
import { useQuery } from 'urql';

import type { AnnotationFieldsFragment } from '../gql/graphql';
import { annotationsByIDQuery, type Analysis } from './query';

/**
 * useAnnotations loads the annotations an analysis names (by ID) and
 * returns a lookup from ID to annotation.
 */
export function useAnnotations(analysis: Analysis | undefined) {
  const ids = useMemo(() => {
    if (!analysis) return [];
    const all = new Set(analysis.annotations.map((a) => a.id));
    for (const g of analysis.groups) for (const a of g.annotations) all.add(a.id);
    return [...all].sort();
  }, [analysis]);
  const [result] = useQuery({ query: annotationsByIDQuery, variables: { ids }, pause: ids.length === 0 });
  return useMemo(() => {
    const byID = new Map<string, AnnotationFieldsFragment>();
    if (ids.length === 0) return byID;
    for (const n of result.data?.nodes ?? []) if (n?.__typename === 'Annotation') byID.set(n.id, n);
    return byID;
  }, [result.data, ids.length]);
}

/** pick returns the loaded annotations among refs, in order. */
export function pick(byID: Map<string, AnnotationFieldsFragment>, refs: { id: string }[]): AnnotationFieldsFragment[] {
  return refs.flatMap((r) => {
    const a = byID.get(r.id);
    return a ? [a] : [];
  });
}
