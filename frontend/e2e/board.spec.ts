import { expect, test, type Page } from '@playwright/test';
import { analyst, csrfHeaders, openSignedIn } from './auth';

/** A support analyst in the demo data. */
const supportAnalyst = "Grace O'Neill";

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
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

const hostileComment = '**Customers** saw errors <script>window.__pwned = true</script> [x](javascript:alert(1))';

test('two people build the review board together, live, and what they type cannot run', async ({ page, browser }) => {
  await openSignedIn(page, '/incidents', analyst);
  // A fresh incident: nobody has written a perspective on it yet.
  const title = `Board e2e ${Date.now()}: checkout errors`;
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV2', startedAt: new Date(Date.now() - 3_600_000).toISOString(), summary: 'Checkout **failed** for some customers.' } },
  );
  const path = `/incidents/${encodeURIComponent(createIncident.id)}`;

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await openSignedIn(other, path, supportAnalyst);
    await page.goto(path);
    for (const p of [page, other]) {
      await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(p.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
      await expect(p.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');
    }
    const missing = page.getByTestId('missing-voices');
    await expect(missing).toContainText('Support');
    await expect(missing).toContainText('Engineering');

    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    // Grace adds her perspective through the guided form.
    await other.getByRole('button', { name: 'Add your perspective' }).click();
    const dialog = other.getByRole('dialog', { name: 'Add your perspective' });
    await expect(dialog.getByLabel('Your department', { exact: true })).toHaveValue('Support');
    await dialog.getByRole('textbox', { name: 'What did you see?' }).fill('Tickets about **failed payments** piled up from 14:05.');
    await dialog.getByRole('textbox', { name: 'What helped?' }).fill('The status page update.');
    await dialog.getByRole('button', { name: 'Share perspective' }).click();
    await expect(dialog).toBeHidden();

    // …and a comment on the incident.
    const discussion = other.getByRole('region', { name: 'Discussion' });
    await discussion.getByRole('textbox', { name: 'Your comment' }).fill(hostileComment);
    await discussion.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(discussion.getByTestId('comment')).toHaveCount(1);

    // Maya's board shows both without a reload.
    const perspective = page.getByTestId('perspective').filter({ hasText: supportAnalyst });
    await expect(perspective).toBeVisible();
    await expect(perspective.locator('strong', { hasText: 'failed payments' })).toBeVisible();
    await expect(page.getByTestId('perspective-group').filter({ has: perspective })).toHaveAttribute('data-department', 'SUPPORT');
    await expect(missing).not.toContainText('Support');
    await expect(missing).toContainText('Engineering');

    for (const p of [page, other]) {
      const comment = p.getByRole('region', { name: 'Discussion' }).getByTestId('comment-body');
      await expect(comment).toHaveCount(1);
      await expect(comment.locator('strong', { hasText: 'Customers' })).toBeVisible();
      await expect(comment).toContainText('saw errors');
      await expect(comment.locator('script')).toHaveCount(0);
      await expect(comment.locator('a[href^="javascript:" i]')).toHaveCount(0);
      await expect(p.locator('a[href^="javascript:" i]')).toHaveCount(0);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    }

    expect(navigations, 'the first page did not navigate or reload').toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'test-results/board.png', fullPage: true });
  } finally {
    await otherContext.close();
  }
});
