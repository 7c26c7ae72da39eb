import { expect, test } from '@playwright/test';
import { analyst, csrfHeaders, signIn } from './auth';

// Every page needs a signed-in person; these tests read as an analyst.
test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await signIn(page, analyst);
});

test('the incident list shows the demo incidents and opens one', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByText('Debrief', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();

  const rows = page.getByTestId('incident-row');
  await expect(rows.first()).toBeVisible();
  // The demo holds about 40 incidents: a full first page, and more after it.
  await expect(rows).toHaveCount(20);
  await expect(page.getByTestId('incident-count')).toHaveText(/^\d+ incidents/);
  const total = Number((await page.getByTestId('incident-count').textContent())!.match(/^(\d+)/)![1]);
  expect(total).toBeGreaterThan(20);
  await expect(page.getByRole('button', { name: 'Next →' })).toBeEnabled();
  await page.screenshot({ path: 'test-results/incident-list.png', fullPage: true });

  const first = rows.first().getByRole('link');
  const title = (await first.textContent())!.trim();
  await first.click();

  await expect(page).toHaveURL(/\/incidents\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  await expect(timeline.getByTestId('timeline-event').first()).toBeVisible();
  expect(await timeline.getByTestId('timeline-event').count()).toBeGreaterThan(0);
  for (const section of ['Participants', 'Perspectives', 'Open questions', 'Action items']) {
    await expect(page.getByRole('region', { name: section })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/incident.png', fullPage: true });
});

test('the next page continues the list', async ({ page }) => {
  await page.goto('/incidents');
  const rows = page.getByTestId('incident-row');
  await expect(rows).toHaveCount(20);
  const firstTitle = await rows.first().getByRole('link').textContent();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(rows.first().getByRole('link')).not.toHaveText(firstTitle!);
  await page.getByRole('button', { name: '← Previous' }).click();
  await expect(rows.first().getByRole('link')).toHaveText(firstTitle!);
});

test('search and filters narrow the list and live in the address', async ({ page }) => {
  await page.goto('/incidents');
  const rows = page.getByTestId('incident-row');
  await expect(rows.first()).toBeVisible();
  const title = (await rows.nth(3).getByRole('link').textContent())!.trim();
  const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0];

  await page.getByRole('searchbox', { name: 'Search' }).fill(word.toUpperCase());
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word.toUpperCase())}`));
  await expect(page.getByTestId('incident-count')).toHaveText(/match/);
  await expect(rows.getByRole('link', { name: title })).toBeVisible();

  await page.goto('/incidents?severity=SEV1');
  await expect(page.getByTestId('incident-count')).toHaveText(/match/);
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    await expect(rows.nth(i).getByText('SEV1', { exact: true })).toBeVisible();
  }
});

test('a deep link to an incident loads the app', async ({ page, baseURL }) => {
  // The page's request context shares its session cookie.
  const res = await page.request.post('/graphql', {
    headers: { ...csrfHeaders, Origin: baseURL! },
    data: { query: '{ incidents(first: 1, orderBy: [{field: STARTED_AT, direction: ASC}]) { edges { node { id title } } } }' },
  });
  expect(res.ok()).toBeTruthy();
  const node = (await res.json()).data.incidents.edges[0].node as { id: string; title: string };

  await page.goto(`/incidents/${encodeURIComponent(node.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: node.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page).toHaveTitle(`${node.title} · Debrief`);
});

test('an unknown incident and an unknown page say so', async ({ page }) => {
  await page.goto('/incidents/999999999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found|Could not/i);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeVisible();
});
