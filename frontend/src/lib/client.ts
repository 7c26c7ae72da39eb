import { Client, cacheExchange, fetchExchange } from 'urql';

// One client for the app. Queries go as POST: the API answers GET too, but
// filters and long queries make URLs that proxies may cut.
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
});
