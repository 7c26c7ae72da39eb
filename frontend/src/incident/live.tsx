import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { Group, Text } from '@mantine/core';
import { useClient } from 'urql';

import { graphql } from '../gql';
import { onConnected, useLiveState } from '../lib/live';

const boardChangedSubscription = graphql(`
  subscription IncidentBoardChanged($incidentID: ID!) {
    boardChanged(incidentID: $incidentID) {
      incidentID
      kind
      entityID
      op
      at
    }
  }
`);

/**
 * The op of a change that is no change: the server says it may have missed
 * some (its database listener reconnected), so the whole board is fetched
 * again, as after the socket's own reconnection.
 */
const resyncOp = 'resync';

/** A burst of changes costs one refetch: it waits this long for quiet… */
const debounceMs = 300;
/** …but no longer than this after the first change, so a steady stream still shows. */
const maxWaitMs = 2_000;
/** How long what changed stays highlighted. */
const freshMs = 4_000;

const none: ReadonlySet<string> = new Set();

/** live: subscribed; connecting/reconnecting: on the way; off: the subscription failed for good. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'off';

/**
 * useLiveBoard keeps an incident's board current: it subscribes to
 * boardChanged and calls refetch (which must read from the network) after
 * every burst of changes, after every (re)connection of the socket (changes
 * made while it was down are not replayed) and when the server asks for a
 * resync (it may have missed changes itself). refetch calls
 * never overlap: a change during one brings another after it. It returns
 * the subscription's status and the IDs of what changed in the last
 * refetch, to highlight for a moment.
 */
export function useLiveBoard(
  incidentID: string,
  refetch: () => Promise<unknown>,
): { status: LiveStatus; fresh: ReadonlySet<string>; syncing: boolean } {
  const client = useClient();
  const socket = useLiveState();
  const [failedFor, setFailedFor] = useState<string | null>(null);
  const [fresh, setFresh] = useState(none);
  // A refetch is waiting or under way.
  const [syncing, setSyncing] = useState(false);
  const refetchRef = useRef(refetch);
  useEffect(() => {
    refetchRef.current = refetch;
  });

  useEffect(() => {
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let freshTimer: ReturnType<typeof setTimeout> | undefined;
    let firstPendingAt = 0;
    let running = false;
    let again = false;
    let changed = new Set<string>();

    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const ids = changed;
          changed = new Set();
          await refetchRef.current();
          if (disposed) return;
          if (ids.size > 0) {
            setFresh(ids);
            clearTimeout(freshTimer);
            freshTimer = setTimeout(() => setFresh(none), freshMs);
          }
        } while (again && !disposed);
      } finally {
        running = false;
        if (!disposed && timer === undefined) setSyncing(false);
      }
    };

    const schedule = (entityID?: string) => {
      if (entityID) changed.add(entityID);
      setSyncing(true);
      const now = Date.now();
      if (timer === undefined) firstPendingAt = now;
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          timer = undefined;
          void run();
        },
        Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now)),
      );
    };

    const subscription = client.subscription(boardChangedSubscription, { incidentID }).subscribe((result) => {
      if (result.error) {
        // UNAUTHENTICATED already sent the browser to sign in (see
        // lib/client); anything else ends the subscription.
        setFailedFor(incidentID);
        return;
      }
      const change = result.data?.boardChanged;
      // A resync (the server may have missed changes, e.g. its database
      // listener reconnected) names no item: refetch, highlight nothing.
      if (change) schedule(change.op === 'deleted' || change.op === resyncOp ? undefined : change.entityID);
    });
    // The first connection counts too: a change between the page's query
    // and the subscription taking effect would otherwise be missed.
    const offConnected = onConnected(() => schedule());

    return () => {
      disposed = true;
      setSyncing(false);
      clearTimeout(timer);
      clearTimeout(freshTimer);
      offConnected();
      subscription.unsubscribe();
    };
  }, [client, incidentID]);

  const status: LiveStatus =
    failedFor === incidentID ? 'off' : socket === 'connected' ? 'live' : socket === 'reconnecting' ? 'reconnecting' : 'connecting';
  return { status, fresh: failedFor === incidentID ? none : fresh, syncing };
}

const FreshContext = createContext<ReadonlySet<string>>(none);

/** FreshProvider tells the board's items which of them just changed. */
export const FreshProvider = FreshContext.Provider;

/** useFresh is the IDs of the board's items that just changed; give them the class "is-fresh" (they flash). */
export function useFresh(): ReadonlySet<string> {
  return useContext(FreshContext);
}

const indicator: Record<LiveStatus, { label: string; hint: string }> = {
  live: { label: 'Live', hint: 'Changes anyone makes to this incident appear here as they happen.' },
  connecting: { label: 'Connecting…', hint: 'Connecting for live updates.' },
  reconnecting: {
    label: 'Reconnecting…',
    hint: 'The live connection dropped. The board catches up as soon as it is back.',
  },
  off: { label: 'Not live', hint: 'Live updates are not available: reload the page to see the latest changes.' },
};

/** LiveIndicator says, quietly, whether the board updates by itself. */
export function LiveIndicator({ status, syncing }: { status: LiveStatus; syncing: boolean }) {
  const { label, hint } = indicator[status];
  return (
    <Group
      gap={6}
      wrap="nowrap"
      role="status"
      title={hint}
      data-testid="live-indicator"
      data-state={status}
      data-syncing={syncing}
      className="live-indicator"
    >
      <span className="live-dot" aria-hidden="true" />
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
    </Group>
  );
}
