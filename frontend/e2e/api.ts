import { expect, type Page } from '@playwright/test';
import { csrfHeaders } from './auth';

/**
 * gql runs a GraphQL request from the page, as the app would, with its
 * session cookie, and fails the test on any error.
 */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables, headers }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, json: await res.json() };
    },
    { query, variables, headers: csrfHeaders },
  );
  expect(body.status, JSON.stringify(body.json)).toBe(200);
  expect(body.json.errors, JSON.stringify(body.json.errors)).toBeUndefined();
  return body.json.data as T;
}
