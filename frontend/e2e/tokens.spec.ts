import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gql } from './api';
import { admin, analyst, openSignedIn, signIn, viewer } from './auth';

/** asBearer asks /graphql who the token acts as, as an integration would: no cookie, only the token. */
async function asBearer(request: APIRequestContext, secret: string) {
  const res = await request.post('/graphql', {
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    data: { query: '{ viewer { name } }' },
  });
  return { status: res.status(), body: await res.json() };
}

/** openTokens goes to the API tokens page through the link beside the signed-in name. */
async function openTokens(page: Page) {
  await page.getByRole('banner').getByTestId('signed-in-user').getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
}

test('a token is created, its secret shown once, used by an integration and revoked', async ({ page, request }) => {
  const stamp = Date.now();
  const name = `Deploy pipeline ${stamp}`;
  await openSignedIn(page, '/incidents', analyst);
  await openTokens(page);

  // The server's refusal lands on the form: an expiry in the past.
  await page.getByRole('button', { name: 'Create a token' }).click();
  const form = page.getByRole('form', { name: 'New API token' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('combobox', { name: 'Expires after' }).click();
  await page.getByRole('option', { name: 'Until a date…' }).click();
  await form.getByLabel('Expiry date').fill('2020-01-01');
  await form.getByRole('button', { name: 'Create token' }).click();
  await expect(form).toContainText('the expiry must be in the future');
  await expect(page.getByTestId('token-secret')).toHaveCount(0);

  await form.getByRole('combobox', { name: 'Expires after' }).click();
  await page.getByRole('option', { name: '30 days' }).click();
  await expect(form.getByRole('radio', { name: /^Read only/ })).toBeChecked();
  await form.getByRole('button', { name: 'Create token' }).click();

  // The secret, once, with a copy button and the warning.
  const shown = page.getByTestId('token-secret');
  await expect(shown).toContainText('you will not see it again');
  await expect(shown.getByRole('button', { name: 'Copy secret' })).toBeVisible();
  const secret = ((await shown.getByLabel('API token').textContent()) ?? '').trim();
  expect(secret).toMatch(/^dbf_/);
  await page.screenshot({ path: 'test-results/tokens-secret.png', fullPage: true });

  const mine = page.getByRole('table', { name: 'Your tokens' });
  const row = mine.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Read only');
  await expect(row).toContainText('Never used');
  await expect(row).toContainText(secret.slice(0, 10));

  // An integration uses it and is the analyst.
  const used = await asBearer(request, secret);
  expect(used.status, JSON.stringify(used.body)).toBe(200);
  expect(used.body.data.viewer.name).toBe(analyst);

  await shown.getByRole('button', { name: 'I have copied it' }).click();
  await expect(shown).toBeHidden();
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(row).not.toContainText('Never used');

  // Revoked, after a confirmation: the same call is refused.
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke “${name}”?` });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Revoke token' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toHaveCount(0);

  const refused = await asBearer(request, secret);
  expect(refused.status).toBe(401);
  expect(JSON.stringify(refused.body)).toContain('UNAUTHENTICATED');
});

test('a viewer may create read-only tokens only', async ({ page }) => {
  await openSignedIn(page, '/incidents', viewer);
  await openTokens(page);
  await page.getByRole('button', { name: 'Create a token' }).click();
  const form = page.getByRole('form', { name: 'New API token' });
  await expect(form).toContainText('Your role may only create read-only tokens.');
  await expect(form.getByRole('radio', { name: /^Read and write/ })).toBeDisabled();
  await expect(form.getByRole('radio', { name: /^Read only/ })).toBeChecked();
  await expect(page.getByRole('region', { name: "Other people's tokens" })).toHaveCount(0);
});

test("an admin sees and revokes other people's tokens", async ({ page, request }) => {
  const name = `Chat bot ${Date.now()}`;
  await openSignedIn(page, '/incidents', analyst);
  const created = await gql<{ createAPIToken: { token: string } }>(
    page,
    `mutation ($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`,
    { input: { name, scope: 'READ_WRITE' } },
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You are signed out' })).toBeVisible();
  await page.goto('/incidents');
  await signIn(page, admin);
  await openTokens(page);

  const others = page.getByRole('table', { name: "Other people's tokens" });
  const row = others.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(analyst);
  await expect(row).toContainText('Read and write');
  await expect(page.getByRole('table', { name: 'Your tokens' }).getByRole('row').filter({ hasText: name })).toHaveCount(0);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('dialog', { name: `Revoke “${name}”?` }).getByRole('button', { name: 'Revoke token' }).click();
  await expect(row).toHaveCount(0);
  expect((await asBearer(request, created.createAPIToken.token)).status).toBe(401);
});
