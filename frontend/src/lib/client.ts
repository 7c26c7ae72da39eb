import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { csrfHeaders, isUnauthenticated, startSignIn } from './auth';

/**
 * A session can end while the app is open (it expired, or was revoked):
 * the next request that the server refuses as UNAUTHENTICATED sends the
 * browser to sign in, to come back to the same page.
 */
const signInWhenUnauthenticated = mapExchange({
  onResult(result) {
    if (isUnauthenticated(result.error)) startSignIn();
  },
});

// One client for the app. Queries go as POST: the API answers GET too, but
// filters and long queries make URLs that proxies may cut. Every request
// carries the CSRF header the server requires along with the session cookie.
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, signInWhenUnauthenticated, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...csrfHeaders },
  },
});
