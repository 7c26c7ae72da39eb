import { useCallback, useMemo } from 'react';
import { useClient, useQuery, type OperationContext, type TypedDocumentNode } from 'urql';

import { usePagedConnection, type PagedConnection } from './usePagedConnection';

/**
 * A query for one page of a list: without after its first page, with it the
 * page after that cursor. V are its other variables (a search), if any.
 */
export type ListQuery<Q, V extends object = object> = TypedDocumentNode<Q, V & { after?: string | null }>;

/**
 * useWholeList shows every record of a list an admin manages (categories,
 * templates, webhooks, workflows), however many there are: the API gives
 * at most 100 a page, and a list that stops there hides the rest without a
 * word. query reads one page (its $after chooses which); connection picks
 * the list out of an answer. The first page comes through useQuery, so it
 * is cached and reloads as usual; the pages after it are fetched from the
 * network one after another (see usePagedConnection), again whenever the
 * first page reloads. connection, context and variables must keep their
 * identity from one render to the next (a module-level function, a memo);
 * a list whose variables change (a search) is best keyed by them, so that
 * the pages of the last search are not shown with the new one.
 */
export function useWholeList<Q, E extends { node?: { id: string } | null } | null, V extends object = object>(
  query: ListQuery<Q, V>,
  connection: (data: Q) => PagedConnection<E>,
  context?: Partial<OperationContext>,
  variables?: V,
) {
  const [result, reexecute] = useQuery({ query: query as ListQuery<Q>, variables, context });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string) => {
      const r = await client.query(query as ListQuery<Q>, { ...variables, after }, { ...context, requestPolicy: 'network-only' }).toPromise();
      return { error: r.error, page: r.data ? connection(r.data) : undefined };
    },
    [client, query, connection, context, variables],
  );
  const first = result.data ? connection(result.data) : undefined;
  const { edges, settle: _settle, ...paging } = usePagedConnection(first, fetchPage);
  const nodes = useMemo(() => edges.flatMap((e) => (e?.node ? [e.node as NonNullable<NonNullable<E>['node']>] : [])), [edges]);
  return { result, reload, nodes, total: first?.totalCount ?? 0, paging };
}
