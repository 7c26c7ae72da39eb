import { expect, test, type Page } from '@playwright/test';
import { gql } from './api';
import { admin, analyst, openSignedIn } from './auth';

// Lists longer than one API page (100): the admin pages load every page and
// say how many there are; the pickers of tags and factor categories search
// on the server, so nothing past the 100th is out of reach. The seeded names
// share a prefix unique to this run and sort after the demo's; other specs
// never count categories, tags or templates.

const count = 120;
const stamp = Date.now().toString(36);
const prefix = `zz-lists-${stamp}-`;
const nth = (i: number) => String(i).padStart(3, '0');
const last = `${prefix}${nth(count)}`;

/**
 * seed creates count records of one kind in one request, under aliases (the
 * API has no bulk create); the inputs go as variables, so enums need no care.
 */
async function seed(page: Page, field: string, inputType: string, input: (name: string) => Record<string, unknown>) {
  const names = Array.from({ length: count }, (_, i) => `${prefix}${nth(i + 1)}`);
  const params = names.map((_, i) => `$i${i}: ${inputType}!`).join(', ');
  const calls = names.map((_, i) => `m${i}: ${field}(input: $i${i}) { id }`).join('\n');
  await gql(page, `mutation (${params}) { ${calls} }`, Object.fromEntries(names.map((name, i) => [`i${i}`, input(name)])));
}

/** totals asks the API how many categories and message templates there are, whatever other specs added. */
async function totals(page: Page) {
  const data = await gql<{ factorCategories: { totalCount: number }; messageTemplates: { totalCount: number } }>(
    page,
    `{ factorCategories(first: 0) { totalCount } messageTemplates(first: 0) { totalCount } }`,
  );
  return { categories: data.factorCategories.totalCount, templates: data.messageTemplates.totalCount };
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage();
  await openSignedIn(page, '/incidents', admin);
  await seed(page, 'createTag', 'CreateTagInput', (name) => ({ name }));
  await seed(page, 'createFactorCategory', 'CreateFactorCategoryInput', (name) => ({ name, description: 'Seeded by the long-lists test' }));
  await seed(page, 'createMessageTemplate', 'CreateMessageTemplateInput', (name) => ({ name, audience: 'CUSTOMERS', body: 'Status of {{title}}' }));
  await page.close();
});

test('the taxonomy and the message templates show every record past the first hundred, with the count', async ({ page }) => {
  await openSignedIn(page, '/admin/taxonomy', admin);
  const total = await totals(page);
  expect(total.categories).toBeGreaterThan(100);

  await expect(page.getByTestId('category-count')).toHaveText(`${total.categories} categories`);
  const rows = page.getByRole('table', { name: 'Categories' }).getByTestId('category-row');
  await expect(rows).toHaveCount(total.categories);
  await expect(rows.last()).toContainText(last);
  await expect(page.getByTestId('loading-more')).toHaveCount(0);

  // The merge form offers the categories past the first page too.
  await page.getByRole('button', { name: `Merge ${prefix}${nth(1)} into another category` }).click();
  const merge = page.getByRole('dialog');
  await merge.getByRole('combobox', { name: 'Merge into' }).fill(last);
  await page.getByRole('option', { name: last }).click();
  await expect(merge.getByRole('button', { name: `Merge into “${last}”` })).toBeVisible();
  await merge.getByRole('button', { name: 'Cancel' }).click();
  await expect(merge).toBeHidden();

  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Communications' }).click();
  await expect(page.getByTestId('template-count')).toHaveText(`${total.templates} templates`);
  const templates = page.getByRole('table', { name: 'Message templates' }).getByRole('row');
  // Every template's row, and the header's.
  await expect(templates).toHaveCount(total.templates + 1);
  await expect(templates.last()).toContainText(last);
});

test('the insights filters and the factor form find the 120th tag and category by typing', async ({ page }) => {
  await openSignedIn(page, '/insights', analyst);

  // A broad search says it shows only the best matches.
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.click();
  await tags.fill(prefix);
  // (Every picker on the page has its note; only the open one's shows.)
  await expect(page.getByTestId('picker-more').filter({ visible: true })).toHaveText(`30 of ${count} shown — type to narrow`);
  await tags.fill(`${stamp}-${nth(count)}`);
  await page.getByRole('option', { name: last }).click();
  await expect(page).toHaveURL(/[?&]tags=/);
  await page.keyboard.press('Escape');

  const categories = page.getByRole('combobox', { name: 'Factor categories' });
  await categories.fill(`${stamp}-${nth(count)}`);
  await page.getByRole('option', { name: last }).click();
  await expect(page).toHaveURL(/[?&]categories=/);
  await page.keyboard.press('Escape');

  // Opened from the address, the filters name their choices.
  await page.reload();
  const filters = page.getByRole('region', { name: 'Grouping, range and filters' });
  await expect(filters.getByText(last)).toHaveCount(2);

  // A contributing factor is filed under a category past the first hundred.
  const title = `Lists e2e ${stamp}: factor category`;
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV3', startedAt: new Date(Date.now() - 3_600_000).toISOString() } },
  );
  await page.goto(`/incidents/${encodeURIComponent(createIncident.id)}`);
  const insights = page.getByRole('region', { name: 'Insights' });
  await insights.getByRole('button', { name: 'Add an insight' }).click();
  const form = insights.getByRole('form', { name: 'Add an insight' });
  await form.getByRole('textbox', { name: 'New contributing factor' }).fill('Nobody owned the long list');
  await form.getByRole('combobox', { name: 'Category' }).fill(`${stamp}-${nth(count)}`);
  await page.getByRole('option', { name: last }).click();
  await form.getByRole('button', { name: 'Add factor' }).click();
  await expect(form.getByText(`${last}: Nobody owned the long list`)).toBeVisible();
});
