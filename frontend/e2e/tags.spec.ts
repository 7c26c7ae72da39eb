import { expect, test } from '@playwright/test';
import { gql } from './api';
import { admin, openSignedIn } from './auth';

// Keeping tags tidy on the admin page: merging a duplicate moves its
// incidents to the tag kept, and an unused tag can be deleted. Names carry a
// stamp unique to this run, so the shared demo database never clashes.

const stamp = Date.now().toString(36);
const database = `database-${stamp}`;
const db = `db-${stamp}`;
const unused = `unused-${stamp}`;

test('an admin merges a duplicate tag into the one kept, and deletes an unused one', async ({ page }) => {
  await openSignedIn(page, '/incidents', admin);
  const created = await gql<Record<string, { id: string }>>(
    page,
    `mutation ($a: String!, $b: String!, $c: String!) {
      a: createTag(input: { name: $a }) { id }
      b: createTag(input: { name: $b }) { id }
      c: createTag(input: { name: $c }) { id }
    }`,
    { a: database, b: db, c: unused },
  );
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title: `Tags e2e ${stamp}: replica lag`, severity: 'SEV3', startedAt: new Date(Date.now() - 3_600_000).toISOString(), tagIDs: [created.a.id] } },
  );

  await page.goto('/admin/tags');
  const rows = page.getByRole('table', { name: 'Tags' }).getByTestId('tag-row');
  const row = (name: string) => rows.filter({ has: page.getByRole('cell', { name, exact: true }) });
  await expect(row(database)).toContainText('1');
  // A tag in use offers no delete: it is merged instead.
  await expect(row(database).getByRole('button', { name: `Delete ${database}` })).toHaveCount(0);

  // Renaming it to the name of the tag to keep is refused, next to the name.
  await page.getByRole('button', { name: `Rename ${database}` }).click();
  const rename = page.getByRole('form', { name: `Rename tag ${database}` });
  await rename.getByRole('textbox', { name: 'Name' }).fill(db.toUpperCase());
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename).toContainText(`a tag named "${db}" already exists`);
  await rename.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: `Merge ${database} into another tag` }).click();
  const merge = page.getByRole('dialog');
  await merge.getByRole('combobox', { name: 'Merge into' }).fill(db);
  await page.getByRole('option', { name: db, exact: true }).click();
  await expect(merge).toContainText(`1 incident tagged “${database}” will be tagged “${db}” instead`);
  await merge.getByRole('button', { name: `Merge into “${db}”` }).click();
  await expect(merge).toBeHidden();
  await expect(row(database)).toHaveCount(0);
  await expect(row(db).getByRole('cell').nth(1)).toHaveText('1');

  // The unused tag goes at once.
  await row(unused).getByRole('button', { name: `Delete ${unused}` }).click();
  await expect(row(unused)).toHaveCount(0);

  // The incident now carries the kept tag.
  await page.goto(`/incidents/${encodeURIComponent(createIncident.id)}`);
  await expect(page.getByText(db, { exact: true })).toBeVisible();
  await expect(page.getByText(database, { exact: true })).toHaveCount(0);
});
