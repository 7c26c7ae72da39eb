import { expect, test, type Page } from '@playwright/test';
import { gql } from './api';
import { admin, analyst, openSignedIn, viewer } from './auth';

type Candidate = {
  id: string;
  title: string;
  insights: { totalCount: number };
  actionItems: { totalCount: number };
  timelineEvents: { totalCount: number };
};

/**
 * bestDocumented picks the demo incident with the most to report: the most
 * published insights, then actions, then timeline events. Restricted ones
 * are left out, since the viewer must be able to read the report.
 */
async function bestDocumented(page: Page): Promise<Candidate> {
  const { incidents } = await gql<{ incidents: { edges: { node: Candidate }[] } }>(
    page,
    `query {
      incidents(first: 100, where: { restricted: false }) {
        edges { node {
          id title
          insights(first: 0, where: { status: PUBLISHED }) { totalCount }
          actionItems(first: 0) { totalCount }
          timelineEvents(first: 0) { totalCount }
        } }
      }
    }`,
  );
  const score = (c: Candidate) => [c.insights.totalCount, c.actionItems.totalCount, c.timelineEvents.totalCount];
  const best = incidents.edges
    .map((e) => e.node)
    .sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    })[0];
  expect(best.insights.totalCount, 'a demo incident with published insights').toBeGreaterThan(0);
  return best;
}

test('an analyst generates, edits and publishes an executive summary; a viewer reads it at its link', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const sentence = `Reports e2e ${Date.now()}: the renewal now runs on automation, watched by an alert.`;

  await openSignedIn(page, '/incidents', analyst);
  const incident = await bestDocumented(page);
  await page.goto(`/incidents/${encodeURIComponent(incident.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: incident.title })).toBeVisible();

  // Generate the executive summary from the incident's Reports section.
  const section = page.getByRole('region', { name: 'Reports' });
  await section.getByRole('button', { name: 'Generate report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate a report' });
  await dialog.getByRole('radio', { name: /Executive summary/ }).check();
  await dialog.getByRole('button', { name: 'Generate draft' }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+$/);
  const reportURL = new URL(page.url()).pathname;

  // The draft editor: the generated body, a live preview beside it.
  const body = page.getByRole('textbox', { name: 'Body (Markdown)' });
  await expect(body).not.toHaveValue('');
  const generated = await body.inputValue();
  const preview = page.getByTestId('report-preview');

  // A chart block whose JSON is broken shows a note in the preview, not a crash.
  await body.fill(`${generated}\n\n\`\`\`debrief-chart\n{"kind": "breakdown",\n\`\`\`\n`);
  await expect(preview.getByTestId('report-chart-error')).toContainText('cannot be read');

  // The distinctive sentence, typed at the end, shows in the preview.
  await body.fill(`${generated}\n\n`);
  await body.press('End');
  await body.pressSequentially(sentence, { delay: 0 });
  await expect(preview).toContainText(sentence);
  await expect(preview.getByTestId('report-chart-error')).toHaveCount(0);

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeDisabled();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByTestId('published-notice')).toContainText('Version 1 published');
  const published = page.getByTestId('published-report');
  await expect(published.getByTestId('report-document')).toContainText(sentence);
  await expect(page.getByTestId('report-version')).toHaveCount(1);

  // Printing: the app's header and navigation and the editor are left out; the document stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Draft' })).toBeHidden();
  await expect(published.getByTestId('report-document')).toBeVisible();
  await expect(page.getByTestId('report-trail')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // A viewer, in a browser of their own, opens the stable link.
  const context = await browser.newContext();
  try {
    const reader = await context.newPage();
    await openSignedIn(reader, reportURL, viewer);
    await expect(reader.getByRole('heading', { level: 1, name: /^Executive summary/ })).toBeVisible();
    await expect(reader.getByTestId('report-document')).toContainText(sentence);
    await expect(reader.getByTestId('report-meta').first()).toContainText('Executive summary');
    await expect(reader.getByTestId('report-meta').first()).toContainText('Version 1');
    // Written for people: the figures' definitions said once, at the end of
    // the document; no record numbers, no draft insights.
    const doc = reader.getByTestId('report-document');
    await expect(doc.getByRole('heading', { name: 'How these figures are counted' })).toHaveCount(1);
    await expect(reader.getByTestId('report-meta').first()).not.toContainText('What the figures count');
    await expect(doc).not.toContainText(/#\d/);
    await expect(doc).not.toContainText('(s)');
    await expect(reader.getByTestId('report-trail').getByText('Draft', { exact: true })).toHaveCount(0);
    // No editor, no draft controls.
    await expect(reader.getByRole('textbox', { name: 'Body (Markdown)' })).toHaveCount(0);
    await expect(reader.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
    await expect(reader.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
    // The trail: insights of the incident, each a link into its board.
    const trail = reader.getByTestId('report-trail');
    await expect(trail).toBeVisible();
    const entries = trail.getByTestId('trail-entry');
    await expect(entries.first()).toBeVisible();
    expect(await entries.count()).toBeGreaterThan(0);
    await expect(entries.first().getByRole('link').nth(1)).toHaveAttribute('href', new RegExp(`/incidents/${encodeURIComponent(incident.id)}#insight-`));
    // The version's own page keeps what was published.
    await reader.getByRole('link', { name: 'Version 1' }).click();
    await expect(reader).toHaveURL(new RegExp(`${reportURL}/versions/1$`));
    await expect(reader.getByTestId('report-document')).toContainText(sentence);
  } finally {
    await context.close();
  }
});

test('an admin edits a report template: a placeholder the settings forbid is refused on the body field', async ({ page }) => {
  await openSignedIn(page, '/admin/report-templates', admin);
  await page.getByRole('navigation', { name: 'Templates by audience' }).getByRole('button', { name: 'Executive summary', exact: true }).click();
  const form = page.getByRole('form', { name: 'Edit template Executive summary' });
  const body = form.getByRole('textbox', { name: /^Body/ });
  await expect(body).toHaveValue(/\{\{top_insight\}\}/);

  // Clicking a placeholder inserts it at the cursor.
  await body.focus();
  await body.press('ControlOrMeta+End');
  await page.getByRole('button', { name: /^Insert \{\{impact\}\}/ }).click();
  await expect(body).toHaveValue(/\{\{impact\}\}$/);

  // Without internal details, placeholders that name people or systems are refused, next to the body.
  await form.getByRole('switch', { name: 'May name people and systems' }).uncheck();
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(form.getByText(/internal details turned off/)).toBeVisible();
  await expect(body).toHaveAttribute('aria-invalid', 'true');
});

test('two analysts edit the same draft: the second save merges, and a never-published draft can be deleted', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const incident = await bestDocumented(page);
  const { generateReport } = await gql<{ generateReport: { id: string; version: number } }>(
    page,
    `mutation ($i: ID!) { generateReport(input: { audience: TEAM, incidentID: $i }) { id version } }`,
    { i: incident.id },
  );
  await page.goto(`/reports/${encodeURIComponent(generateReport.id)}`);
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).not.toHaveValue('');
  const mine = `Team actions ${Date.now()}`;
  await title.fill(mine);

  // Meanwhile someone else saves the body.
  const theirs = `Their body ${Date.now()}`;
  await gql(page, `mutation ($id: ID!, $v: Int!, $b: String!) { updateReport(id: $id, version: $v, input: { body: $b }) { id } }`, {
    id: generateReport.id,
    v: generateReport.version,
    b: theirs,
  });

  await page.getByRole('button', { name: 'Save draft' }).click();
  const merge = page.getByTestId('conflict-merge');
  await expect(merge).toBeVisible();
  await merge.getByRole('button', { name: 'Save merged version' }).click();
  await expect(merge).toHaveCount(0);
  // Both changes are kept: my title, their body.
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(mine);
  await expect(page.getByRole('textbox', { name: 'Body (Markdown)' })).toHaveValue(theirs);

  await page.getByRole('button', { name: 'Delete this draft' }).click();
  await page.getByRole('dialog', { name: 'Delete this draft?' }).getByRole('button', { name: 'Delete draft' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('link', { name: mine })).toHaveCount(0);
});
