import { expect, test, type Page } from '@playwright/test';
import { analyst, openSignedIn } from './auth';

/** A word from the timeline of the demo's expired-certificate incidents (and nowhere in their titles). */
const timelineWord = 'openssl';

/** breakdownGroups reads the group names of the breakdown table, in order. */
async function breakdownGroups(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Incidents per group' });
  await expect(table).toBeVisible();
  return (await table.getByRole('rowheader').allTextContents()).map((s) => s.trim());
}

test('insights: switch the dimension, drill down to the incidents behind a figure and open one', async ({ page }) => {
  await openSignedIn(page, '/insights', analyst);
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();

  // By service (the default): the demo's 40 incidents (and any other tests made), grouped by the services they touched.
  await expect(page.getByTestId('total-count')).toBeVisible();
  expect(Number.parseInt((await page.getByTestId('total-count').textContent())!, 10)).toBeGreaterThanOrEqual(40);
  await expect(page.getByRole('heading', { name: 'Incidents by service or code area' })).toBeVisible();
  const byService = await breakdownGroups(page);
  expect(byService).toContain('checkout-api');

  // Every figure says what it counts beside it.
  const breakdown = page.getByRole('region', { name: 'Incidents by service or code area' });
  await expect(breakdown.getByTestId('figure-definition')).not.toHaveText('No definition given.');

  // Durations are distributions, not a mean: median and 90th percentile per group, outliers named.
  const durations = page.getByRole('region', { name: 'Time to mitigate' });
  await expect(durations.getByRole('table', { name: 'Time to mitigate per group' })).toBeVisible();
  await expect(durations.getByRole('columnheader', { name: 'Median' })).toBeVisible();
  await expect(durations.getByRole('list', { name: 'Outliers' }).getByRole('link').first()).toBeVisible();

  // The heat map: services by factor category.
  await expect(page.getByRole('table', { name: 'Incidents by Service and Factor category' })).toBeVisible();

  // An analyst adds context beside a figure, and it shows there.
  const trend = page.getByRole('region', { name: 'Incidents per month' });
  const note = `Alerting moved to PageBeacon this month (e2e ${Date.now()})`;
  await trend.getByRole('button', { name: 'Add a context note' }).click();
  const form = trend.getByRole('form', { name: 'Add a context note' });
  await form.getByRole('textbox', { name: 'Note' }).fill(note);
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(trend.getByTestId('annotation').filter({ hasText: note })).toBeVisible();
  await expect(page.getByRole('alert'), 'the figures load without errors, notes and all').toHaveCount(0);

  // Switch the dimension from service to factor category: the breakdown changes, and so does the address.
  await page.getByRole('combobox', { name: 'Group by' }).click();
  await page.getByRole('option', { name: 'Factor category' }).click();
  await expect(page).toHaveURL(/by=FACTOR_CATEGORY/);
  await expect(page.getByRole('heading', { name: 'Incidents by factor category' })).toBeVisible();
  await expect.poll(() => breakdownGroups(page)).not.toContain('checkout-api');
  const byCategory = await breakdownGroups(page);
  expect(byCategory.length).toBeGreaterThan(1);

  // Drill down: the first category's count opens the incidents behind it.
  const firstRow = page.getByRole('table', { name: 'Incidents per group' }).getByRole('row').nth(1);
  const category = (await firstRow.getByRole('rowheader').textContent())!.trim();
  const count = Number.parseInt((await firstRow.getByRole('cell').first().textContent())!, 10);
  await firstRow.getByRole('button', { name: new RegExp(`incidents in ${category}`) }).click();
  const drawer = page.getByRole('dialog', { name: `Incidents: ${category}` });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('drill-count')).toHaveText(`${count} incident${count === 1 ? '' : 's'}`);
  await expect(page).toHaveURL(/drill=/);

  // Open one of them.
  const first = drawer.getByRole('list', { name: 'Incidents behind the figure' }).getByRole('link').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related incidents' })).toBeVisible();
});

test('search from the header finds a demo incident by a word from its timeline', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const box = page.getByRole('search', { name: 'Search Debrief' }).getByRole('textbox', { name: 'Search everything' });
  await box.fill(timelineWord);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${timelineWord}`));
  const results = page.getByRole('list', { name: 'Search results' });
  const hit = results.getByTestId('search-hit').filter({ hasText: 'Timeline event' }).first();
  await expect(hit).toBeVisible();
  // The matching word is highlighted as text, not HTML.
  await expect(hit.getByTestId('snippet').locator('mark').first()).toHaveText(new RegExp(timelineWord, 'i'));
  await hit.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/incidents\/[^#]+#timeline/);
  await expect(page.getByRole('heading', { level: 1, name: /certificate/i })).toBeVisible();
});

test('an analyst imports a Markdown postmortem, and importing it again skips it', async ({ page }) => {
  const stamp = String(Date.now());
  const title = `Imported e2e postmortem ${stamp}`;
  const markdown = [
    '---',
    `title: "${title}"`,
    `url: https://example.com/postmortems/e2e-${stamp}`,
    'start_time: 2026-01-10T09:00:00Z',
    'end_time: 2026-01-10T10:30:00Z',
    'summary: A queue filled up and orders waited.',
    '---',
    '',
    '## What happened',
    '',
    'The order queue filled up.',
    '',
  ].join('\n');
  const file = { name: `postmortem-${stamp}.md`, mimeType: 'text/markdown', buffer: Buffer.from(markdown) };

  await openSignedIn(page, '/import', analyst);
  await expect(page.getByRole('heading', { level: 1, name: 'Import incidents' })).toBeVisible();

  const importOnce = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Files' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByTestId('import-result');
    await expect(result).toBeVisible();
    return result;
  };

  const first = await importOnce();
  await expect(first).toContainText('1 created');
  await expect(first).toContainText('0 errors');

  const again = await importOnce();
  await expect(again).toContainText('0 created');
  await expect(again).toContainText('1 skipped');

  // The incident is there, and search finds it.
  await page.goto(`/search?q=${encodeURIComponent(`"${title}"`)}`);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: title })).toBeVisible();
});
