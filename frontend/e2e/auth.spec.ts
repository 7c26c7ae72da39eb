import { expect, test } from '@playwright/test';
import { analyst, expectDevSignInPage, signIn } from './auth';

test('the API refuses requests without a session', async ({ request, baseURL }) => {
  const res = await request.post('/graphql', {
    headers: { 'X-Debrief-CSRF': '1', Origin: baseURL! },
    data: { query: '{ incidents(first: 1) { totalCount } }' },
  });
  const body = await res.json();
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(body.data?.incidents ?? null).toBeNull();
});

test('a deep link asks for sign-in, comes back to the same page, and signing out ends the session', async ({
  page,
  baseURL,
}) => {
  const deepLink = '/incidents?severity=SEV1&q=database';
  await page.goto(deepLink);
  await expectDevSignInPage(page);

  await signIn(page, analyst);
  await expect(page).toHaveURL(`${baseURL}${deepLink}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('database');
  const user = page.getByRole('banner').getByTestId('signed-in-user');
  await expect(user).toContainText(analyst);
  await expect(user).toContainText('Analyst');
  await expect(page.getByText('Development sign-in is on — anyone can sign in as anyone. Do not use in production.')).toBeVisible();
  await page.screenshot({ path: 'test-results/signed-in.png' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You are signed out' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in again' })).toBeVisible();

  await page.goto('/');
  await expectDevSignInPage(page);
  await signIn(page, 'Mateo Rojas');
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByTestId('signed-in-user')).toContainText('Viewer');
});

test('when the session ends while the app is open, the next request asks for sign-in again', async ({ page, context }) => {
  await page.goto('/incidents');
  await signIn(page, analyst);
  const rows = page.getByTestId('incident-row');
  await expect(rows).toHaveCount(20);

  await context.clearCookies();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expectDevSignInPage(page);

  await signIn(page, analyst);
  await expect(page).toHaveURL(/\/incidents\?after=/);
  await expect(rows).toHaveCount(20);
});
