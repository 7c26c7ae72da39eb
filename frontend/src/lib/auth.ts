// Signing in and out. The server owns the session (an HttpOnly cookie set
// after the identity provider); the app only sends people to
// /auth/login and back, and asks the server to end the session.

import type { CombinedError } from 'urql';

/**
 * The header every request that uses the session cookie carries. Browsers
 * only add custom headers to same-origin requests (or after a CORS preflight
 * the server refuses), so the server can tell the app's requests from a
 * form another site submits.
 */
export const csrfHeaders = { 'X-Debrief-CSRF': '1' } as const;

/** signInUrl starts sign-in and comes back to returnTo, a local path and query. */
export function signInUrl(returnTo: string): string {
  return `/auth/login?return_to=${encodeURIComponent(returnTo)}`;
}

/** Where this tab is now, as sign-in should bring it back. */
export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

// When this tab last left for sign-in. Coming back still signed out within
// a minute means sign-in did not stick (the cookie was refused, or the
// person pressed Back): sending them off again would loop, so the app says
// so instead. A successful sign-in forgets it.
const startedKey = 'debrief:sign-in-started-at';
const loopWindowMs = 60_000;
let leaving = false;

function startedRecently(): boolean {
  try {
    const at = Number(sessionStorage.getItem(startedKey));
    return at > 0 && Date.now() - at < loopWindowMs;
  } catch {
    return false; // storage blocked: no loop guard, but sign-in still works
  }
}

/**
 * startSignIn sends the browser to sign-in, to come back to where it is.
 * It returns 'loop' instead when this tab just came back from sign-in
 * without a session. Calling it again while the page is leaving does nothing.
 */
export function startSignIn(): 'leaving' | 'loop' {
  if (leaving) return 'leaving';
  if (startedRecently()) return 'loop';
  leaving = true;
  try {
    sessionStorage.setItem(startedKey, String(Date.now()));
  } catch {
    // see startedRecently
  }
  window.location.assign(signInUrl(currentPath()));
  return 'leaving';
}

/** signInSucceeded forgets the sign-in in progress (see startSignIn). */
export function signInSucceeded(): void {
  try {
    sessionStorage.removeItem(startedKey);
  } catch {
    // see startedRecently
  }
}

/** isUnauthenticated reports whether the server refused a request for want of a session. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  if (!error) return false;
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return true;
  const response = error.response as Response | undefined;
  return response?.status === 401;
}

/** signOut ends the session on the server. A session that had already ended counts as done. */
export async function signOut(): Promise<void> {
  const res = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: csrfHeaders,
  });
  if (!res.ok && res.status !== 401) {
    throw new Error(`The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`);
  }
  signInSucceeded(); // nothing in progress any more either way
}

/** The page the app shows after signing out; it needs no session. */
export const signedOutPath = '/signed-out';
