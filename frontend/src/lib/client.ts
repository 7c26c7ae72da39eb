import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { csrfHeaders, isUnauthenticated, startSignIn } from './auth';
import { wsClient } from './live';

/**
 * A session can end while the app is open (it expired, or was revoked):
 * the next request that the server refuses as UNAUTHENTICATED sends the
 * browser to sign in, to come back to the same page. Subscriptions pass
 * through here too.
 */
const signInWhenUnauthenticated = mapExchange({
  onResult(result) {
    if (isUnauthenticated(result.error)) startSignIn();
  },
});

/**
 * Subscriptions go over the WebSocket in ./live; the session cookie rides
 * on its upgrade request (browsers cannot add headers there: the server
 * checks the Origin instead of the CSRF header).
 */
const subscriptions = subscriptionExchange({
  forwardSubscription(request) {
    const input = { ...request, query: request.query || '' };
    return {
      subscribe(sink) {
        const unsubscribe = wsClient.subscribe(input, sink);
        return { unsubscribe };
      },
    };
  },
});

// One client for the app. Queries go as POST: the API answers GET too, but
// filters and long queries make URLs that proxies may cut. Every request
// carries the CSRF header the server requires along with the session cookie.
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, signInWhenUnauthenticated, fetchExchange, subscriptions],
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...csrfHeaders },
  },
});
