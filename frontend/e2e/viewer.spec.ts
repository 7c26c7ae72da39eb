import { expect, test, type Page } from '@playwright/test';
import { gql } from './api';
import { analyst, openSignedIn, viewer } from './auth';

/**
 * boardWithSomethingOnIt opens an incident, as the person signed in on page,
 * with a timeline event, a question and a comment: enough for every part of
 * the board to show its controls.
 */
async function boardWithSomethingOnIt(page: Page, stamp: string) {
  const startedAt = new Date(Date.now() - 3_600_000).toISOString();
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title: `Viewer e2e ${stamp}: search is slow`, severity: 'SEV3', startedAt } },
  );
  const id = createIncident.id;
  await gql(
    page,
    `mutation ($i: ID!, $at: Time!) {
      createTimelineEvent(input: { incidentID: $i, occurredAt: $at, kind: OBSERVATION, text: "Search p99 above 4 seconds" }) { id }
      createQuestion(input: { incidentID: $i, text: "Which index was missing?" }) { id }
      createComment(input: { incidentID: $i, body: "The dashboards agree." }) { id }
    }`,
    { i: id, at: new Date(Date.parse(startedAt) + 60_000).toISOString() },
  );
  return `/incidents/${encodeURIComponent(id)}`;
}

/** The write controls of a board, each found where it lives. */
function writeControls(page: Page) {
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const questions = page.getByRole('region', { name: 'Open questions' });
  const discussion = page.getByRole('region', { name: 'Discussion' });
  return {
    'Add (timeline)': timeline.getByRole('button', { name: 'Add', exact: true }),
    'Paste chat lines…': timeline.getByRole('button', { name: 'Paste chat lines…' }),
    'Add your perspective': page.getByRole('button', { name: 'Add your perspective' }),
    Ask: questions.getByRole('button', { name: 'Ask', exact: true }),
    Answer: questions.getByRole('button', { name: 'Answer', exact: true }),
    'Mark resolved': questions.getByRole('button', { name: 'Mark resolved' }),
    Comment: discussion.getByRole('button', { name: 'Comment', exact: true }),
    Reply: discussion.getByRole('button', { name: 'Reply', exact: true }),
    'New action': page.getByRole('region', { name: 'Action items' }).getByRole('button', { name: 'New action' }),
  };
}

test('a viewer reads a board without being offered forms they cannot use; an analyst has them', async ({ page, browser }) => {
  await openSignedIn(page, '/incidents', analyst);
  const path = await boardWithSomethingOnIt(page, String(Date.now()));
  await page.goto(path);
  for (const [name, control] of Object.entries(writeControls(page))) {
    await expect(control, `the analyst has ${name}`).toBeVisible();
  }

  const context = await browser.newContext();
  try {
    const reader = await context.newPage();
    await openSignedIn(reader, path, viewer);
    // What is on the board is there to read…
    await expect(reader.getByRole('region', { name: 'Timeline' })).toContainText('Search p99 above 4 seconds');
    await expect(reader.getByRole('region', { name: 'Open questions' })).toContainText('Which index was missing?');
    await expect(reader.getByRole('region', { name: 'Discussion' }).getByTestId('comment-body')).toContainText('The dashboards agree.');
    // …and nothing to fill in that the server would refuse.
    for (const [name, control] of Object.entries(writeControls(reader))) {
      await expect(control, `the viewer has no ${name}`).toHaveCount(0);
    }
    await expect(reader.getByRole('form', { name: 'Add to the timeline' })).toHaveCount(0);
    await expect(reader.getByRole('textbox', { name: 'Your comment' })).toHaveCount(0);
    // Not being able to add a perspective is explained, with who can record it.
    await expect(reader.getByTestId('perspective-read-only')).toContainText('read-only access');
    await reader.screenshot({ path: 'test-results/viewer-board.png', fullPage: true });
  } finally {
    await context.close();
  }
});

test("marking an action Won't do without a reason is stopped in the form, before the server is asked", async ({ page }) => {
  const stamp = String(Date.now());
  await openSignedIn(page, '/incidents', analyst);
  const path = await boardWithSomethingOnIt(page, stamp);
  const title = `Add the missing search index ${stamp}`;
  await gql(page, `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`, {
    input: { title, incidentIDs: [decodeURIComponent(path.split('/').pop()!)], size: 'S', priority: 'HIGH' },
  });
  await page.goto(path);
  const row = page.getByRole('region', { name: 'Action items' }).getByRole('row').filter({ hasText: title });
  await row.getByRole('button', { name: `Edit ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit action' });

  const updates: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.postData()?.includes('updateActionItem')) updates.push(r.postData()!);
  });
  await dialog.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: "Won't do" }).click();
  await dialog.getByRole('button', { name: 'Save action' }).click();
  await expect(dialog.getByText("Say why it won't be done")).toBeVisible();
  await expect(dialog).toBeVisible();
  expect(updates, 'nothing was sent').toEqual([]);

  await dialog.getByRole('textbox', { name: "Why won't it be done?" }).fill('The search service is being replaced next month.');
  await expect(dialog.getByText("Say why it won't be done")).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save action' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Won't do");
  await expect(row).toContainText('Why: The search service is being replaced next month.');
});

test('the import waits until every CSV file maps its required columns, and says why', async ({ page }) => {
  await openSignedIn(page, '/import', analyst);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Files' }).click();
  await (await chooser).setFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('title,when\nSearch slow,2026-03-01T14:00:00Z\n') });

  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(page.getByText('Map a column to startedAt: every incident needs one.')).toBeVisible();
  await expect(importButton).toBeDisabled();
  await expect(page.getByText('Map the required columns of bad.csv first.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Column “when”' }).click();
  await page.getByRole('option', { name: 'startedAt', exact: true }).click();
  await expect(importButton).toBeEnabled();
  await expect(page.getByText('Map the required columns of bad.csv first.')).toHaveCount(0);
});
