// The WebSocket that carries subscriptions (graphql-ws, protocol
// graphql-transport-ws) to /graphql on the page's own origin. The session
// cookie goes with the upgrade request and the server checks its Origin, so
// it must stay same-origin: the Vite dev proxy forwards it with `ws: true`
// and without `changeOrigin`.
//
// The socket opens with the first subscription and closes a little after
// the last one ends. When it drops it reconnects for ever, backing off, and
// graphql-ws resubscribes on the new socket. Delivery is at most once, so
// whoever shows subscribed data should refetch on every (re)connection:
// onConnected tells them when.

import { useSyncExternalStore } from 'react';
import { createClient, type Client as WSClient } from 'graphql-ws';

/**
 * What the socket is doing: idle (closed, nobody subscribed), connecting
 * (the first time, or again after an idle spell), connected, or
 * reconnecting (it dropped while someone was subscribed).
 */
export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

let state: LiveState = 'idle';
const stateListeners = new Set<() => void>();
const connectedListeners = new Set<() => void>();

function setState(next: LiveState) {
  if (next === state) return;
  state = next;
  for (const l of stateListeners) l();
}

/** onConnected calls listener on every connection and reconnection; it returns the unsubscribe. */
export function onConnected(listener: () => void): () => void {
  connectedListeners.add(listener);
  return () => connectedListeners.delete(listener);
}

function subscribeState(listener: () => void) {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

/** useLiveState is the socket's state, for an indicator. */
export function useLiveState(): LiveState {
  return useSyncExternalStore(subscribeState, () => state);
}

/** Randomised exponential backoff: about 1 s, 2 s, 4 s … up to 30 s. */
function retryWait(retries: number): Promise<void> {
  const base = Math.min(30_000, 1_000 * 2 ** retries);
  const ms = base / 2 + Math.random() * (base / 2);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function socketURL(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/graphql`;
}

// A socket can die without a close event (a laptop that slept, a proxy
// that dropped the connection): the client pings, and closes the socket to
// reconnect when no pong comes back in time.
const keepAliveMs = 20_000;
const pongTimeoutMs = 5_000;
let activeSocket: WebSocket | undefined;
let pongTimer: ReturnType<typeof setTimeout> | undefined;

export const wsClient: WSClient = createClient({
  url: socketURL,
  lazy: true,
  // Moving from one incident to the next keeps the same socket.
  lazyCloseTimeout: 5_000,
  keepAlive: keepAliveMs,
  retryAttempts: Number.MAX_SAFE_INTEGER,
  retryWait,
  // Retry whatever went wrong while connecting (not only close events);
  // graphql-ws still gives up on the close codes it calls fatal.
  shouldRetry: () => true,
  on: {
    connecting: (isRetry) => setState(isRetry ? 'reconnecting' : 'connecting'),
    connected: (socket) => {
      activeSocket = socket as WebSocket;
      setState('connected');
      for (const l of [...connectedListeners]) l();
    },
    ping: (received) => {
      if (received) return;
      clearTimeout(pongTimer);
      pongTimer = setTimeout(() => {
        if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4408, 'Ping timeout');
      }, pongTimeoutMs);
    },
    pong: (received) => {
      if (received) clearTimeout(pongTimer);
    },
    closed: (event) => {
      clearTimeout(pongTimer);
      activeSocket = undefined;
      // 1000 is the client's own lazy close once nobody is subscribed (or a
      // server that said goodbye politely: graphql-ws then reconnects at
      // once if anyone still is, and "connecting" follows). Anything else
      // is a drop, and a retry follows after a wait.
      setState((event as CloseEvent | undefined)?.code === 1000 ? 'idle' : 'reconnecting');
    },
  },
});
