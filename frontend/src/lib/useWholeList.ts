import { useCallback, useMemo } from 'react';
import { useClient, useQuery, type OperationContext, type TypedDocumentNode } from 'urql';

import { usePagedConnection, type PagedConnection } from './usePagedConnection';

/** A query for one page of a list: without after its first page, with it the page after that cursor. */
export type ListQuery<Q> = TypedDocumentNode<Q, { after?: string | null }>;

/**
 * useWholeList shows every record of a list an admin manages (categories,
 * templates, webhooks, workflows), however many there are: the API gives
 * at most 100 a page, and a list that stops there hides the rest without a
 * word. query reads one page (its $after chooses which); connection picks
 * the list out of an answer. The first page comes through useQuery, so it
 * is cached and reloads as usual; the pages after it are fetched from the
 * network one after another (see usePagedConnection), again whenever the
 * first page reloads. connection and context must keep their identity
 * from one render to the next (a module-level function, a memo).
 */
export function useWholeList<Q, E extends { node?: { id: string } | null } | null>(
  query: ListQuery<Q>,
  connection: (data: Q) => PagedConnection<E>,
  context?: Partial<OperationContext>,
) {
  const [result, reexecute] = useQuery({ query, context });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string) => {
      const r = await client.query(query, { after }, { ...context, requestPolicy: 'network-only' }).toPromise();
      return { error: r.error, page: r.data ? connection(r.data) : undefined };
    },
    [client, query, connection, context],
  );
  const first = result.data ? connection(result.data) : undefined;
  const { edges, settle: _settle, ...paging } = usePagedConnection(first, fetchPage);
  const nodes = useMemo(() => edges.flatMap((e) => (e?.node ? [e.node as NonNullable<NonNullable<E>['node']>] : [])), [edges]);
  return { result, reload, nodes, total: first?.totalCount ?? 0, paging };
}
