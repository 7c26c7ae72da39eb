import { expect, test, type Browser, type Page } from '@playwright/test';
import { analyst, expectDevSignInPage, openSignedIn } from './auth';
import { gql } from './api';

// Two Debrief instances on one PostgreSQL database, as two replicas behind
// a load balancer: e2e/global-setup.ts starts them (DEBRIEF_E2E_PG_URL_A and
// _B) when PostgreSQL is reachable. What one person writes through one
// instance must reach the open board of someone on the other, live: the
// instances hear each other only through LISTEN/NOTIFY.
//
// Each instance runs its own development sign-in (on loopback), with its
// own issuer URL, and a person belongs to the first issuer that lists them:
// once Maya signs in on A, the demo people are A's. So the person on B is
// new, created on B's own sign-in page — a real sign-in on B.

const urlA = process.env.DEBRIEF_E2E_PG_URL_A;
const urlB = process.env.DEBRIEF_E2E_PG_URL_B;

/** requireInstances fails under CI, and skips elsewhere, when global setup could not start the PostgreSQL instances. */
function requireInstances() {
  if (urlA && urlB) return;
  const why = process.env.DEBRIEF_E2E_PG_UNAVAILABLE ?? 'global setup did not start the two PostgreSQL instances';
  if (process.env.CI) throw new Error(`${why} — CI must run the PostgreSQL browser tests`);
  test.skip(true, `${why} (start PostgreSQL, or set DEBRIEF_TEST_DATABASE_URL, to run this test)`);
}

/** personOn opens a browser of its own (own cookies) on the instance at baseURL, signed in as name from the demo data. */
async function personOn(browser: Browser, baseURL: string, name: string, path: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await openSignedIn(page, path, name);
  return { context, page };
}

/** newPersonOn is personOn for someone the instance's development sign-in creates. */
async function newPersonOn(browser: Browser, baseURL: string, name: string, path: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(path);
  await expectDevSignInPage(page);
  expect(new URL(page.url()).origin, 'the sign-in is the instance’s own').toBe(baseURL);
  const create = page.getByRole('region', { name: 'Create a person' });
  await create.getByRole('textbox', { name: 'Name' }).fill(name);
  await create.getByRole('textbox', { name: 'Email' }).fill(`${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`);
  await create.getByRole('combobox', { name: 'Department' }).selectOption('SUPPORT');
  await create.getByRole('combobox', { name: 'Role' }).selectOption('MEMBER');
  await create.getByRole('button', { name: 'Create and sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dev-idp/') && !url.pathname.startsWith('/auth/'));
  await expect(page.getByTestId('signed-in-user')).toContainText(name);
  return { context, page };
}

/** sharePerspective fills in the guided form; the department is the person's own. */
async function sharePerspective(page: Page, saw: string) {
  await page.getByRole('button', { name: 'Add your perspective' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your perspective' });
  await dialog.getByRole('textbox', { name: 'What did you see?' }).fill(saw);
  await dialog.getByRole('button', { name: 'Share perspective' }).click();
  await expect(dialog).toBeHidden();
}

async function comment(page: Page, body: string) {
  const discussion = page.getByRole('region', { name: 'Discussion' });
  await discussion.getByRole('textbox', { name: 'Your comment' }).fill(body);
  await discussion.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(discussion.getByTestId('comment').filter({ hasText: body })).toBeVisible();
}

test('perspectives and comments written on one instance show on the other instance’s open board', async ({ browser }) => {
  requireInstances();
  const a = await personOn(browser, urlA!, analyst, '/incidents');
  let b: Awaited<ReturnType<typeof personOn>> | undefined;
  const personB = `Robin Instance-B ${Date.now()}`;
  try {
    const title = `Two instances e2e ${Date.now()}`;
    const { createIncident } = await gql<{ createIncident: { id: string } }>(
      a.page,
      `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
      { input: { title, severity: 'SEV2', startedAt: new Date(Date.now() - 3_600_000).toISOString() } },
    );
    const path = `/incidents/${encodeURIComponent(createIncident.id)}`;
    b = await newPersonOn(browser, urlB!, personB, path);
    await a.page.goto(path);

    const navigations: string[] = [];
    for (const { page } of [a, b]) {
      expect(new URL(page.url()).origin).toBe(page === a.page ? urlA : urlB);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
      await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations.push(frame.url());
      });
    }

    const stamp = Date.now();
    const perspective = (page: Page, who: string) => page.getByTestId('perspective').filter({ hasText: who });
    const commentBody = (page: Page, text: string) => page.getByRole('region', { name: 'Discussion' }).getByTestId('comment').filter({ hasText: text });

    // A → B
    await sharePerspective(a.page, `Alerts fired at 14:02 (${stamp})`);
    await comment(a.page, `Written on instance A (${stamp})`);
    await expect(perspective(b.page, analyst)).toContainText(`Alerts fired at 14:02 (${stamp})`);
    await expect(commentBody(b.page, `Written on instance A (${stamp})`)).toBeVisible();

    // B → A
    await sharePerspective(b.page, `Tickets piled up from 14:05 (${stamp})`);
    await comment(b.page, `Written on instance B (${stamp})`);
    await expect(perspective(a.page, personB)).toContainText(`Tickets piled up from 14:05 (${stamp})`);
    await expect(commentBody(a.page, `Written on instance B (${stamp})`)).toBeVisible();

    expect(navigations, 'neither board navigated or reloaded').toEqual([]);
  } finally {
    await b?.context.close();
    await a.context.close();
  }
});
