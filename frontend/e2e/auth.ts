import { expect, type Page } from '@playwright/test';

/** The person the tests act as unless they say otherwise: an ANALYST in the demo data. */
export const analyst = 'Maya Goldberg';

/** A support analyst in the demo data: a second ANALYST, from another department. */
export const supportAnalyst = "Grace O'Neill";

/** An ADMIN in the demo data. */
export const admin = 'Lena Fischer';

/** A VIEWER in the demo data (the CTO): reads published reports, edits nothing. */
export const viewer = 'Helen Zhao';

/** The header the server requires, with the session cookie, on every API request. */
export const csrfHeaders = { 'X-Debrief-CSRF': '1' };

/** devSignInPage checks that the browser shows the development identity provider's sign-in page. */
export async function expectDevSignInPage(page: Page) {
  await expect(page).toHaveURL(/\/dev-idp\//);
  await expect(page.getByText('Development sign-in — not for production')).toBeVisible();
}

/**
 * signIn signs in as name on the development identity provider's page (where
 * the app has just sent the browser) by pressing "Sign in as" in that
 * person's row, and waits until the app shows them signed in.
 */
export async function signIn(page: Page, name: string) {
  await expectDevSignInPage(page);
  const row = page
    .getByRole('listitem')
    .filter({ hasText: name })
    .filter({ has: page.getByRole('button', { name: /^Sign in as/ }) });
  await expect(row, `one person called ${name} on the sign-in page`).toHaveCount(1);
  await row.getByRole('button', { name: /^Sign in as/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dev-idp/') && !url.pathname.startsWith('/auth/'));
  await expect(page.getByTestId('signed-in-user')).toContainText(name);
}

/** openSignedIn opens path in a browser that is not signed in yet, signing in on the way. */
export async function openSignedIn(page: Page, path: string, name = analyst) {
  await page.goto(path);
  await signIn(page, name);
}
