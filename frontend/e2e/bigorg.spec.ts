import { expect, test, type Page } from '@playwright/test';
import { gql } from './api';
import { admin, analyst, openSignedIn } from './auth';

// An organisation larger than one API page (100): the pickers search on the
// server and the directory pages, so nothing past the 100th is out of reach.
// The seeded names share a prefix unique to this run and sort after the
// demo's, so other specs (which never count people or services) see them
// only as more of the same.

const count = 130;
const stamp = Date.now().toString(36);
const servicePrefix = `zz-bigorg-${stamp}-`;
const personPrefix = `Zz Bigorg ${stamp} `;
const nth = (i: number) => String(i).padStart(3, '0');
const lastService = `${servicePrefix}${nth(count)}`;
const lastPerson = `${personPrefix}${nth(count)}`;

/**
 * seed creates count records with one request: the API has no bulk create,
 * but one mutation document may call a create many times under aliases.
 */
async function seed(page: Page, field: 'createService' | 'createUser', inputs: Record<string, unknown>[]) {
  const calls = inputs.map((input, i) => `m${i}: ${field}(input: ${JSON.stringify(input).replace(/"(\w+)":/g, '$1:')}) { id }`);
  await gql(page, `mutation { ${calls.join('\n')} }`);
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage();
  await openSignedIn(page, '/incidents', admin);
  const numbers = Array.from({ length: count }, (_, i) => nth(i + 1));
  await seed(page, 'createService', numbers.map((n) => ({ name: `${servicePrefix}${n}` })));
  await seed(page, 'createUser', numbers.map((n) => ({ name: `${personPrefix}${n}`, title: 'Big-org test person' })));
  await page.close();
});

test('the incident list finds a service past the first hundred by typing part of its name, and keeps its label', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const filter = page.getByRole('combobox', { name: 'Service' });
  await filter.click();
  await filter.fill(`${stamp}-${nth(count)}`);
  await page.getByRole('option', { name: lastService }).click();
  await expect(page).toHaveURL(/[?&]service=/);
  await expect(filter).toHaveValue(lastService);
  await expect(page.getByTestId('incident-count')).toHaveText(/^0 incidents match/);

  // Opened from the URL, the filter shows the service's name, not its ID.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveValue(lastService);

  // The insights filters search the same way.
  await page.goto('/insights');
  const services = page.getByRole('combobox', { name: 'Services' });
  await services.fill(`${stamp}-${nth(count)}`);
  await page.getByRole('option', { name: lastService }).click();
  await expect(page).toHaveURL(/[?&]services=/);
});

test('the directory finds the 130th person by search, and pages to the end with the total shown', async ({ page }) => {
  await openSignedIn(page, '/directory', analyst);
  const filter = page.getByLabel('Filter');
  const people = page.getByTestId('directory-person');

  await filter.fill(lastPerson);
  await expect(people).toHaveCount(1);
  await expect(people).toContainText(lastPerson);
  await expect(page.getByTestId('directory-people-count')).toHaveText('1 person');

  await filter.fill(personPrefix.trim());
  await expect(page.getByTestId('directory-people-count')).toHaveText(`${count} people`);
  await expect(people).toHaveCount(50);
  const more = page.getByRole('button', { name: 'Load more people' });
  await more.click();
  await expect(people).toHaveCount(100);
  await more.click();
  await expect(people).toHaveCount(count);
  await expect(people.last()).toContainText(lastPerson);
  await expect(more).toBeHidden();
  await expect(page.getByTestId('directory-people-shown')).toHaveText(`Showing ${count} of ${count} people`);

  // The services page the same way, found on the server by name.
  await filter.fill(servicePrefix);
  await expect(page.getByTestId('directory-services-count')).toHaveText(`${count} services`);
  await page.getByRole('button', { name: 'Load more services' }).click();
  await page.getByRole('button', { name: 'Load more services' }).click();
  await expect(page.getByTestId('directory-service')).toHaveCount(count);
  const row = page.getByTestId('directory-service').last();
  await expect(row).toContainText(lastService);

  // Its escalation contact is picked from past the first hundred people by search.
  await row.getByRole('button', { name: `Edit ${lastService}` }).click();
  const dialog = page.getByRole('dialog', { name: `Who answers for ${lastService}` });
  await dialog.getByRole('combobox', { name: 'Escalation contacts' }).fill(`${stamp} ${nth(count)}`);
  await page.getByRole('option', { name: lastPerson }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('directory-service').filter({ hasText: lastService })).toContainText(lastPerson);
});

test('a picker says when it shows only the best matches, and the note is no option', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const filter = page.getByRole('combobox', { name: 'Service' });
  await filter.click();
  // A broad search: every seeded service matches, the picker shows 30.
  await filter.fill(servicePrefix);
  const hint = page.getByTestId('picker-more');
  await expect(hint).toHaveText(`30 of ${count} shown — type to narrow`);
  await hint.scrollIntoViewIfNeeded();
  await expect(hint).toBeVisible();
  const listbox = page.getByRole('listbox');
  await expect(listbox.getByRole('option')).toHaveCount(30);
  // It is the label of a group of no options: read out, never picked.
  await expect(listbox.getByRole('option', { name: /shown — type to narrow/ })).toHaveCount(0);
  await expect(listbox.getByRole('group', { name: `30 of ${count} shown — type to narrow` })).toBeVisible();
  await hint.click();
  await expect(page).not.toHaveURL(/[?&]service=/);

  // Narrowed to fewer than a page's matches, the note goes.
  await filter.fill(`${servicePrefix}12`);
  await expect(listbox.getByRole('option')).toHaveCount(10);
  await expect(hint).toHaveCount(0);
});
