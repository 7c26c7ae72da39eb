import { expect, test, type Browser, type Page } from '@playwright/test';
import { analyst, admin, openSignedIn } from './auth';
import { gql } from './api';
import { openFromHeader } from './nav';

/** A site reliability engineer in the Platform team of the demo data: a MEMBER. */
const member = 'Marcus Okafor';
const memberTeam = 'Platform';

/** newIncident opens an incident with one timeline event to cite, as the person signed in on page. */
async function newIncident(page: Page, stamp: string) {
  const title = `Follow-up e2e ${stamp}: certificate expired`;
  const startedAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV2', startedAt } },
  );
  const eventText = `TLS handshake failures on the partner API ${stamp}`;
  await gql(
    page,
    `mutation ($i: ID!, $at: Time!, $text: String!) {
      createTimelineEvent(input: { incidentID: $i, occurredAt: $at, kind: OBSERVATION, source: SLACK, text: $text }) { id }
    }`,
    { i: createIncident.id, at: new Date(Date.parse(startedAt) + 60_000).toISOString(), text: eventText },
  );
  return { id: createIncident.id, title, eventText, path: `/incidents/${encodeURIComponent(createIncident.id)}` };
}

type Figures = Record<string, number>;

/**
 * teamFigures reads one team's row of the follow-through page (default
 * period): every column by its heading. A team with no action due in the
 * period has no row: all zero.
 */
async function teamFigures(page: Page, team: string): Promise<Figures> {
  await page.goto('/follow-through');
  const table = page.getByRole('table', { name: 'Follow-through per team' });
  await expect(table).toBeVisible();
  await expect(page.getByTestId('follow-through-definition')).toContainText('Done on time');
  const headings = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: team, exact: true }) });
  if ((await row.count()) === 0) return Object.fromEntries(headings.slice(1).map((h) => [h, 0]));
  const cells = await row.getByRole('cell').allTextContents();
  // The first heading is the row header's (Team); the cells follow the rest.
  return Object.fromEntries(headings.slice(1).map((h, i) => [h, Number.parseInt(cells[i], 10)]));
}

/** dayFromNow is a local calendar day n days ahead, as a date input takes it. */
function dayFromNow(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function signedInContext(browser: Browser, path: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSignedIn(page, path, name);
  return { context, page };
}

test('an insight becomes an owned, dated action; its owner is told, finishes it, and the team figure moves', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now());

  // The analyst notes the team's figures before anything changes.
  await openSignedIn(page, '/follow-through', analyst);
  const before = await teamFigures(page, memberTeam);

  // She records an insight on an incident, citing a timeline event.
  const incident = await newIncident(page, stamp);
  await page.goto(incident.path);
  await expect(page.getByRole('heading', { level: 1, name: incident.title })).toBeVisible();
  const insights = page.getByRole('region', { name: 'Insights' });
  await expect(insights.getByText('No insights yet.')).toBeVisible();
  await insights.getByRole('button', { name: 'Add an insight' }).click();
  const insightForm = insights.getByRole('form', { name: 'Add an insight' });
  const statement = `Certificates outside automation expire unnoticed ${stamp}`;
  await insightForm.getByRole('textbox', { name: 'Insight', exact: true }).fill(statement);
  await insightForm.getByRole('combobox', { name: 'Timeline events' }).click();
  await page.getByRole('option', { name: new RegExp(incident.eventText) }).click();
  await insightForm.getByRole('combobox', { name: 'Timeline events' }).press('Escape');
  await insightForm.getByRole('button', { name: 'Add insight' }).click();

  const card = insights.getByRole('article', { name: statement });
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: /^Event: .*TLS handshake failures/ })).toBeVisible();

  // She turns it into an action: the Goldilocks guidance warns while it has no owner or due date.
  await card.getByRole('button', { name: /^Turn into action/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Turn the insight into an action' });
  await expect(dialog.getByText(statement)).toBeVisible();
  const title = `Alert 14 days before any certificate expires ${stamp}`;
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  const guidance = dialog.getByRole('region', { name: 'Will this action get done?' });
  await expect(guidance.getByRole('note').filter({ hasText: 'No owner' })).toBeVisible();
  await expect(guidance.getByRole('note').filter({ hasText: 'No due date' })).toBeVisible();
  await expect(guidance.getByRole('checkbox', { name: 'Accept "No owner" on purpose' })).toBeVisible();
  await dialog.screenshot({ path: 'test-results/action-form-warnings.png' });

  // Assigned to the member, due inside the period the figures cover: the warnings go.
  await dialog.getByRole('combobox', { name: 'Owner' }).fill('Marcus');
  await page.getByRole('option', { name: new RegExp(member) }).click();
  await expect(dialog.getByRole('combobox', { name: 'Team' })).toHaveValue(memberTeam);
  await dialog.getByRole('textbox', { name: 'Due date' }).fill(dayFromNow(10));
  await dialog.getByRole('textbox', { name: 'How will we verify it?' }).fill('A test certificate 13 days from expiry pages the Platform on-call.');
  await expect(guidance.getByRole('note')).toHaveCount(0);
  await expect(guidance.getByText('It has an owner, a due date soon enough, and a sensible size.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create action' }).click();
  await expect(dialog).toBeHidden();

  const actions = page.getByRole('region', { name: 'Action items' });
  const row = actions.getByRole('row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row).toContainText(member);
  await expect(row).toContainText(memberTeam);
  await expect(row.getByRole('link', { name: statement })).toBeVisible();
  await expect(card).toContainText('1 action from it');
  await insights.screenshot({ path: 'test-results/insights.png' });
  await actions.screenshot({ path: 'test-results/action-items.png' });

  // The member sees it under "My actions", and in the inbox.
  const other = await signedInContext(browser, '/actions', member);
  try {
    const mine = other.page;
    await expect(mine.getByRole('tab', { name: /My actions/ })).toHaveAttribute('aria-selected', 'true');
    const queueRow = mine.getByRole('row').filter({ hasText: title });
    await expect(queueRow).toBeVisible();
    await expect(queueRow.getByRole('link', { name: incident.title })).toBeVisible();
    await mine.screenshot({ path: 'test-results/my-actions.png', fullPage: true });

    const bell = mine.getByRole('link', { name: /^Inbox, / });
    await expect(bell).toHaveAccessibleName(/^Inbox, \d+ unread$/);
    const unread = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
    expect(unread).toBeGreaterThan(0);
    await bell.click();
    await expect(mine.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
    const note = mine.getByRole('listitem').filter({ hasText: title });
    await expect(note).toContainText(`${analyst} assigned you`);
    await expect(note).toContainText('Action assigned');
    await mine.screenshot({ path: 'test-results/inbox.png' });
    await note.getByRole('button', { name: /^Mark read/ }).click();
    await expect(note.getByRole('button', { name: /^Mark read/ })).toHaveCount(0);
    await expect(bell).toHaveAttribute('aria-label', unread > 1 ? `Inbox, ${unread - 1} unread` : 'Inbox, nothing unread');

    // The member marks it done: it leaves "My actions" for "Done / dropped".
    await mine.getByRole('link', { name: 'Actions', exact: true }).click();
    await expect(queueRow).toBeVisible();
    await queueRow.getByRole('button', { name: /^Mark done/ }).click();
    await expect(queueRow).toHaveCount(0);
    await mine.getByRole('tab', { name: /Done \/ dropped/ }).click();
    await expect(queueRow).toBeVisible();
    await expect(queueRow).toContainText('Done');
  } finally {
    await other.context.close();
  }

  // The team's figure counts it: one more action due in the period, done on time.
  const after = await teamFigures(page, memberTeam);
  await page.screenshot({ path: 'test-results/follow-through.png', fullPage: true });
  expect(after['Actions']).toBe(before['Actions'] + 1);
  expect(after['Done on time']).toBe(before['Done on time'] + 1);
  expect(after['Open']).toBe(before['Open']);
});

test('an admin keeps the taxonomy tidy and sets up a webhook whose deliveries are logged', async ({ page }) => {
  test.setTimeout(60_000);
  const stamp = String(Date.now());
  await openSignedIn(page, '/incidents', admin);
  // Admin is among the links the header may have moved into its "More" menu.
  await openFromHeader(page, 'Admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Contributing-factor taxonomy' })).toBeVisible();

  // Two categories that mean the same thing: one is merged into the other.
  const categories = page.getByRole('table', { name: 'Categories' });
  const form = page.getByRole('form', { name: 'New category' });
  for (const name of [`Alert fatigue ${stamp}`, `Noisy alerts ${stamp}`]) {
    await form.getByRole('textbox', { name: 'New category' }).fill(name);
    await form.getByRole('textbox', { name: 'Description' }).fill('Alerts people learned to ignore');
    await form.getByRole('button', { name: 'Add category' }).click();
    await expect(categories.getByRole('row').filter({ hasText: name })).toBeVisible();
  }
  await page.getByRole('button', { name: `Merge Noisy alerts ${stamp} into another category` }).click();
  const merge = page.getByRole('dialog');
  await merge.getByRole('combobox', { name: 'Merge into' }).fill(`Alert fatigue ${stamp}`);
  await page.getByRole('option', { name: `Alert fatigue ${stamp}` }).click();
  await expect(merge.getByText('This cannot be undone')).toBeVisible();
  await merge.getByRole('button', { name: `Merge into “Alert fatigue ${stamp}”` }).click();
  await expect(merge).toBeHidden();
  await expect(categories.getByRole('row').filter({ hasText: `Noisy alerts ${stamp}` })).toHaveCount(0);
  await expect(categories.getByRole('row').filter({ hasText: `Alert fatigue ${stamp}` })).toBeVisible();

  // A webhook: its secret is shown once; it can be switched off; its deliveries are logged.
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Webhooks' }).click();
  await page.getByRole('button', { name: 'Add a webhook' }).click();
  const hookForm = page.getByRole('form', { name: 'New webhook' });
  const name = `Tracker bridge ${stamp}`;
  await hookForm.getByRole('textbox', { name: 'Name' }).fill(name);
  // Nobody listens on port 9: the delivery fails and is retried.
  await hookForm.getByRole('textbox', { name: 'URL' }).fill('http://127.0.0.1:9/debrief');
  await hookForm.getByRole('checkbox', { name: 'Action item created' }).check();
  await hookForm.getByRole('button', { name: 'Create webhook' }).click();
  const secret = page.getByTestId('webhook-secret');
  await expect(secret).toContainText('shown this once');
  await expect(secret.getByRole('button', { name: 'Copy secret' })).toBeVisible();
  expect(((await secret.getByLabel('Webhook secret').textContent()) ?? '').trim().length).toBeGreaterThanOrEqual(16);
  await secret.getByRole('button', { name: 'I have copied it' }).click();
  await expect(secret).toBeHidden();

  const hook = page.getByRole('article', { name: `Webhook ${name}` });
  await expect(hook).toContainText('Action item created');
  const active = hook.getByRole('switch', { name: `${name} active` });
  await expect(active).toBeChecked();

  // Something it subscribes to happens: an action item is created.
  await gql(page, `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`, {
    input: { title: `Webhook e2e action ${stamp}` },
  });
  await page.reload();
  await hook.getByRole('button', { name: /^Deliveries \(1/ }).click();
  const delivery = hook.getByRole('table', { name: 'Deliveries' }).getByRole('row').filter({ hasText: 'Action item created' });
  await expect(delivery).toHaveCount(1);
  await expect(delivery).toContainText(/Pending|Failed/);
  await page.screenshot({ path: 'test-results/webhooks.png', fullPage: true });
  await delivery.getByRole('button', { name: /^Retry the/ }).click();
  await expect(delivery).toContainText(/Pending|Failed/);

  await active.click({ force: true });
  await expect(active).not.toBeChecked();
  await expect(hook).toContainText('Switched off');
});

test('an analyst accepts a warning on purpose, drops an action with a reason, and marks the learnings applied', async ({ page }) => {
  test.setTimeout(60_000);
  const stamp = String(Date.now());
  await openSignedIn(page, '/incidents', analyst);
  const incident = await newIncident(page, stamp);
  const title = `Rotate the partner API certificate by hand ${stamp}`;
  await gql(page, `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`, {
    input: { title, incidentIDs: [incident.id], size: 'S', priority: 'HIGH' },
  });

  await page.goto(incident.path);
  const actions = page.getByRole('region', { name: 'Action items' });
  const row = actions.getByRole('row').filter({ hasText: title });
  await expect(row.getByLabel(/^Warning: No owner/)).toBeVisible();
  await expect(row.getByLabel(/^Warning: No due date/)).toBeVisible();

  // Accepting "no due date" needs a reason; with one it is saved and shown as accepted.
  await row.getByRole('button', { name: `Edit ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit action' });
  await dialog.getByRole('checkbox', { name: 'Accept "No due date" on purpose' }).check();
  await dialog.getByRole('button', { name: 'Save action' }).click();
  await expect(dialog.getByText('say why the accepted warnings are fine')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Why are the accepted warnings fine for this action?' }).fill('A one-off before the automation lands next quarter.');
  await dialog.getByRole('button', { name: 'Save action' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByLabel(/^Accepted warning: No due date/)).toBeVisible();
  await expect(row.getByLabel(/^Warning: No owner/)).toBeVisible();

  // The action stands between the incident and "learnings applied" until it is dropped, with a reason.
  const learnings = actions.getByRole('region', { name: 'Learnings applied?' });
  await expect(learnings).toContainText('1 action is still open');
  await row.getByRole('button', { name: `Change status of ${title}` }).click();
  await page.getByRole('menuitem', { name: "Won't do…" }).click();
  const drop = page.getByRole('dialog', { name: `Drop "${title}"?` });
  await drop.getByRole('textbox', { name: "Why won't it be done?" }).fill('The vendor now renews it for us.');
  await drop.getByRole('button', { name: 'Drop the action' }).click();
  await expect(drop).toBeHidden();
  await expect(row).toContainText("Won't do");
  await expect(row).toContainText('Why: The vendor now renews it for us.');

  await expect(learnings).toContainText('Every action from this incident is done or dropped.');
  await learnings.getByRole('button', { name: 'Mark learnings applied' }).click();
  await expect(actions.getByTestId('learnings-applied')).toBeVisible();
  await expect(actions.getByTestId('learnings-applied')).toContainText('Every action from this incident was done or dropped.');
});
