import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CombinedError } from 'urql';

/**
 * How many records a list loads at most. The API caps a page at 100, so
 * this is at most 50 requests for one list; a board with more than this
 * says so (see Truncated) rather than fetching without end.
 */
export const maxPagedRecords = 5_000;

/** The part of a connection paging needs: edges with nodes that have IDs, and where the next page starts. */
export interface PagedConnection<E extends { node?: { id: string } | null } | null> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges?: E[] | null;
}

/** FetchPage asks the network (never a cache) for the page after a cursor. */
export type FetchPage<E extends { node?: { id: string } | null } | null> = (
  after: string,
) => Promise<{ page?: PagedConnection<E> | null; error?: CombinedError }>;

/** What a list shows while and after its further pages load. */
export interface PagedState<E> {
  /** Every record loaded, in the server's order: the first page, then the rest. */
  edges: NonNullable<E>[];
  /** Further pages are on the way. */
  loading: boolean;
  /** Records the server counts that are not loaded (yet). */
  missing: number;
  /** A further page failed; retry loads them again. */
  error?: CombinedError;
  retry: () => void;
  /** The list holds more than maxPagedRecords: the rest is not loaded. */
  capped: boolean;
}

/** One load of the pages after one first page. Several callers may wait for the same load. */
interface Job<E> {
  edges: NonNullable<E>[];
  error?: CombinedError;
  done: boolean;
  capped: boolean;
  promise: Promise<void>;
  listeners: Set<() => void>;
}

/**
 * usePagedConnection shows a whole list when a query reads only its first
 * page: given that page (with pageInfo { hasNextPage endCursor }) it asks
 * for the following pages one after another, a request per page of up to
 * 100 (a cursor comes only with the page before it), and returns all the
 * edges, the first page's followed by the rest, without duplicates.
 *
 * The first page stays the query's: whenever the query answers again (a
 * live change, a write) the following pages are fetched again from its new
 * end cursor, so a change to record #250 shows too. Until they arrive the
 * list keeps the pages it had (a list never shrinks to 100 for a moment);
 * on the first load it grows page by page instead. settle(first) is the
 * load for a given first page, to await in a refetch: the same load the
 * hook starts when it renders that page, not a second one.
 */
export function usePagedConnection<E extends { node?: { id: string } | null } | null>(
  first: PagedConnection<E> | undefined,
  fetchPage: FetchPage<E>,
): PagedState<E> & { settle: (first: PagedConnection<E>) => Promise<void> } {
  const jobs = useRef(new WeakMap<PagedConnection<E>, Job<E>>());

  const start = useCallback(
    (page: PagedConnection<E>): Job<E> => {
      const existing = jobs.current.get(page);
      if (existing) return existing;
      const job: Job<E> = { edges: [], done: false, capped: false, promise: Promise.resolve(), listeners: new Set() };
      const notify = () => job.listeners.forEach((l) => l());
      job.promise = (async () => {
        let info = page.pageInfo;
        let loaded = page.edges?.length ?? 0;
        while (info.hasNextPage && info.endCursor) {
          if (loaded >= maxPagedRecords) {
            job.capped = true;
            break;
          }
          const { page: next, error } = await fetchPage(info.endCursor);
          if (error || !next) {
            job.error = error;
            break;
          }
          const edges = (next.edges ?? []).filter((e): e is NonNullable<E> => !!e?.node);
          job.edges = [...job.edges, ...edges];
          loaded += edges.length;
          info = next.pageInfo;
          notify();
        }
        job.done = true;
        notify();
      })();
      jobs.current.set(page, job);
      return job;
    },
    [fetchPage],
  );

  const settle = useCallback((page: PagedConnection<E>) => start(page).promise, [start]);

  // What the list shows beyond the first page, and how the load for the
  // current first page stands.
  const [rest, setRest] = useState<NonNullable<E>[]>([]);
  const restRef = useRef(rest);
  const [status, setStatus] = useState<{ loading: boolean; error?: CombinedError; capped: boolean }>({
    loading: false,
    capped: false,
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!first) return;
    const job = start(first);
    // A reload keeps the pages shown until the new ones are all there; a
    // first load (nothing shown yet) shows each page as it comes.
    const growing = restRef.current.length === 0;
    const update = () => {
      // (Nothing more, as before, keeps the same list: no needless re-render.)
      if ((job.done || growing) && (job.edges.length > 0 || restRef.current.length > 0)) {
        restRef.current = job.edges;
        setRest(job.edges);
      }
      setStatus({ loading: !job.done, error: job.error, capped: job.capped });
    };
    job.listeners.add(update);
    update();
    return () => {
      job.listeners.delete(update);
    };
  }, [first, start, attempt]);

  const retry = useCallback(() => {
    if (first) jobs.current.delete(first);
    setAttempt((a) => a + 1);
  }, [first]);

  const edges = useMemo(() => {
    const seen = new Set<string>();
    const all: NonNullable<E>[] = [];
    // A record can be on both: a new one early in the list pushes the first
    // page's last one onto the next page, until the next pages reload.
    for (const e of [...(first?.edges ?? []), ...rest]) {
      const id = e?.node?.id;
      if (!e || !id || seen.has(id)) continue;
      seen.add(id);
      all.push(e);
    }
    return all;
  }, [first, rest]);

  const missing = Math.max(0, (first?.totalCount ?? 0) - edges.length);
  return { edges, loading: status.loading && missing > 0, missing, error: status.error, retry, capped: status.capped, settle };
}
