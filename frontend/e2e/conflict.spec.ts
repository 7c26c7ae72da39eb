import { expect, test, type Page } from '@playwright/test';
import { analyst, supportAnalyst, admin, openSignedIn } from './auth';
import { gql } from './api';

/** A support agent in the demo data, a MEMBER: members edit what they wrote. */
const member = 'Kwame Mensah';

/** newIncident creates an incident as the person signed in on page and returns its path. */
async function newIncident(page: Page, what: string): Promise<{ id: string; title: string; path: string; startedAt: string }> {
  const title = `Conflict e2e ${Date.now()}: ${what}`;
  const startedAt = new Date(Date.now() - 3_600_000).toISOString();
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV3', startedAt } },
  );
  return { id: createIncident.id, title, startedAt, path: `/incidents/${encodeURIComponent(createIncident.id)}` };
}

/** addEvent adds a timeline event as the person signed in on page and returns its ID. */
async function addEvent(page: Page, incident: { id: string; startedAt: string }, text: string): Promise<string> {
  const { createTimelineEvent } = await gql<{ createTimelineEvent: { id: string } }>(
    page,
    `mutation ($i: ID!, $at: Time!, $text: String!) {
      createTimelineEvent(input: { incidentID: $i, occurredAt: $at, kind: OBSERVATION, source: SLACK, text: $text }) { id }
    }`,
    { i: incident.id, at: new Date(Date.parse(incident.startedAt) + 60_000).toISOString(), text },
  );
  return createTimelineEvent.id;
}

/** eventItem is one event on the page's timeline, by ID (its text is in a form while it is edited). */
function eventItem(page: Page, id: string) {
  return page.getByRole('region', { name: 'Timeline' }).locator(`[data-testid="timeline-event"][data-event-id="${id}"]`);
}

async function expectLive(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');
}

test('two people edit the same timeline event: the second merges theirs and hers, and its history shows both', async ({ page, browser }) => {
  await openSignedIn(page, '/incidents', analyst);
  const incident = await newIncident(page, 'two editors');
  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await openSignedIn(other, incident.path, supportAnalyst);
    const original = `Checkout errors reported ${Date.now()}`;
    const id = await addEvent(other, incident, original);
    await page.goto(incident.path);
    for (const p of [page, other]) {
      await expectLive(p, incident.title);
      await expect(eventItem(p, id)).toContainText(original);
    }

    // Both open the same event for editing, from the same version.
    await eventItem(page, id).getByRole('button', { name: 'Edit event' }).click();
    await eventItem(other, id).getByRole('button', { name: 'Edit event' }).click();
    const mayaForm = eventItem(page, id).getByRole('form', { name: 'Edit timeline event' });
    const graceForm = eventItem(other, id).getByRole('form', { name: 'Edit timeline event' });
    await expect(graceForm.getByRole('textbox', { name: 'What happened' })).toHaveValue(original);

    // Maya saves first: clearer wording, and it is a key moment.
    const mayas = 'Checkout errors reported by the payment provider';
    await mayaForm.getByRole('textbox', { name: 'What happened' }).fill(mayas);
    await mayaForm.getByRole('checkbox', { name: 'Key moment' }).check();
    await mayaForm.getByRole('button', { name: 'Save event' }).click();
    await expect(mayaForm).toBeHidden();
    await expect(eventItem(page, id)).toContainText(mayas);
    await expect(eventItem(page, id)).toContainText('Key moment');

    // Grace, still on the version she opened, saves her own wording.
    const graces = 'Checkout errors reported by customers in Ireland';
    await graceForm.getByRole('textbox', { name: 'What happened' }).fill(graces);
    await graceForm.getByRole('button', { name: 'Save event' }).click();

    const merge = other.getByRole('dialog', { name: 'Someone else changed this timeline event' });
    await expect(merge).toBeVisible();
    const text = merge.getByRole('group', { name: 'What happened', exact: true });
    await expect(text.getByTestId('merge-yours')).toContainText(graces);
    await expect(text.getByTestId('merge-theirs')).toContainText(mayas);
    await expect(text.getByRole('radio', { name: 'Keep yours' })).toBeChecked();
    // Only Maya touched the key moment, so the merge starts from hers.
    const key = merge.getByRole('group', { name: 'Key moment', exact: true });
    await expect(key.getByRole('radio', { name: 'Keep theirs' })).toBeChecked();
    // Fields nobody changed differently are not asked about.
    await expect(merge.getByRole('group', { name: 'Kind', exact: true })).toHaveCount(0);

    await merge.screenshot({ path: 'test-results/conflict-merge.png' });

    // Grace writes one sentence from both and saves it on Maya's version.
    const merged = 'Checkout errors reported by the payment provider and by customers in Ireland';
    await text.getByRole('textbox', { name: 'Result: What happened' }).fill(merged);
    await expect(text.getByText('edited')).toBeVisible();
    await merge.getByRole('button', { name: 'Save merged version' }).click();
    await expect(merge).toBeHidden();
    await expect(graceForm).toBeHidden();

    for (const p of [page, other]) {
      await expect(eventItem(p, id)).toContainText(merged);
      await expect(eventItem(p, id)).toContainText('Key moment');
    }

    // The event's history, loaded when opened: created, Maya's change, Grace's merge.
    const item = eventItem(page, id);
    await item.getByRole('button', { name: 'History' }).click();
    const history = item.getByRole('region', { name: 'History of this event' });
    const entries = history.getByTestId('history-entry');
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(0)).toContainText(supportAnalyst);
    await expect(entries.nth(0).getByRole('row').filter({ hasText: 'Text' })).toContainText(merged);
    await expect(entries.nth(1)).toContainText(analyst);
    await expect(entries.nth(1).getByRole('row').filter({ hasText: 'Key moment' })).toContainText('Yes');
    await expect(entries.nth(2)).toContainText('created it');
    await item.screenshot({ path: 'test-results/event-history.png' });
    await item.getByRole('button', { name: 'Hide history' }).click();
    await expect(history).toBeHidden();
  } finally {
    await otherContext.close();
  }
});

test('a member edits what they wrote, not what others wrote, and a refusal says why', async ({ page, browser }) => {
  await openSignedIn(page, '/incidents', analyst);
  const incident = await newIncident(page, 'member edits');
  const mayasEvent = await addEvent(page, incident, `Maya's note ${Date.now()}`);

  const memberContext = await browser.newContext();
  const adminContext = await browser.newContext();
  let kwameID: string | undefined;
  const adminPage = await adminContext.newPage();
  const setRole = (role: string) =>
    gql(adminPage, `mutation ($id: ID!, $role: Role!) { updateUser(id: $id, input: { role: $role }) { id role } }`, { id: kwameID, role });
  try {
    const kwame = await memberContext.newPage();
    await openSignedIn(kwame, incident.path, member);
    await expectLive(kwame, incident.title);

    // Maya's event: history yes, editing no.
    await expect(eventItem(kwame, mayasEvent).getByRole('button', { name: 'History' })).toBeVisible();
    await expect(eventItem(kwame, mayasEvent).getByRole('button', { name: 'Edit event' })).toHaveCount(0);

    // His own event he may edit.
    const timeline = kwame.getByRole('region', { name: 'Timeline' });
    const entry = timeline.getByRole('form', { name: 'Add to the timeline' });
    const mine = `Support queue grew ${Date.now()}`;
    await entry.getByRole('textbox', { name: 'What happened' }).fill(mine);
    await entry.getByRole('button', { name: 'Add' }).click();
    const own = timeline.getByTestId('timeline-event').filter({ hasText: mine });
    await expect(own).toBeVisible();
    const ownID = await own.getAttribute('data-event-id');
    expect(ownID).toBeTruthy();
    const ownItem = eventItem(kwame, ownID!);
    await ownItem.getByRole('button', { name: 'Edit event' }).click();
    const form = ownItem.getByRole('form', { name: 'Edit timeline event' });
    await form.getByRole('textbox', { name: 'What happened' }).fill(`${mine}, to 40 tickets`);
    await form.getByRole('button', { name: 'Save event' }).click();
    await expect(form).toBeHidden();
    await expect(ownItem).toContainText(`${mine}, to 40 tickets`);

    // While he edits again, an admin takes his write access away: the
    // server refuses, and the form says so in words.
    await ownItem.getByRole('button', { name: 'Edit event' }).click();
    await form.getByRole('textbox', { name: 'What happened' }).fill(`${mine}, to 45 tickets`);
    await openSignedIn(adminPage, '/incidents', admin);
    const { users } = await gql<{ users: { edges: { node: { id: string } }[] } }>(adminPage, `{ users(first: 2, where: { name: "${member}" }) { edges { node { id } } } }`);
    expect(users.edges).toHaveLength(1);
    kwameID = users.edges[0].node.id;
    await setRole('VIEWER');
    await form.getByRole('button', { name: 'Save event' }).click();
    const refusal = form.getByRole('alert');
    await expect(refusal).toContainText('You may not edit this');
    await expect(refusal).toContainText('not allowed');
    await expect(form).toBeVisible();
  } finally {
    if (kwameID) await setRole('MEMBER');
    await memberContext.close();
    await adminContext.close();
  }
});

test('a perspective and a comment are edited where they are, and the perspective keeps its history', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const incident = await newIncident(page, 'edit in place');
  await page.goto(incident.path);
  await expectLive(page, incident.title);

  await page.getByRole('button', { name: 'Add your perspective' }).click();
  const add = page.getByRole('dialog', { name: 'Add your perspective' });
  await add.getByRole('textbox', { name: 'What did you see?' }).fill('Alerts at 14:02.');
  await add.getByRole('textbox', { name: 'What got in the way?' }).fill('A stale runbook.');
  await add.getByRole('button', { name: 'Share perspective' }).click();
  await expect(add).toBeHidden();

  const card = page.getByTestId('perspective').filter({ hasText: analyst });
  await card.getByRole('button', { name: 'Edit perspective' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit perspective' });
  await expect(edit.getByRole('textbox', { name: 'What they saw' })).toHaveValue('Alerts at 14:02.');
  await edit.getByRole('textbox', { name: 'What they saw' }).fill('Alerts at 14:02, pages at 14:04.');
  await edit.getByRole('textbox', { name: 'What got in the way' }).fill('');
  await edit.getByRole('button', { name: 'Save perspective' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('pages at 14:04');
  await expect(card).not.toContainText('A stale runbook.');

  await card.getByRole('button', { name: 'History' }).click();
  const history = card.getByRole('region', { name: 'History of this perspective' });
  const change = history.getByTestId('history-entry').first();
  await expect(change.getByRole('row').filter({ hasText: 'What they saw' })).toContainText('Alerts at 14:02.');
  await expect(change.getByRole('row').filter({ hasText: 'What got in the way' })).toContainText('A stale runbook.');

  const discussion = page.getByRole('region', { name: 'Discussion' });
  await discussion.getByRole('textbox', { name: 'Your comment' }).fill('Rollback at 14:20?');
  await discussion.getByRole('button', { name: 'Comment', exact: true }).click();
  const comment = discussion.getByTestId('comment').filter({ hasText: analyst });
  await expect(comment).toContainText('Rollback at 14:20?');
  await comment.getByRole('button', { name: 'Edit comment' }).click();
  const form = comment.getByRole('form', { name: 'Edit comment' });
  await expect(form.getByRole('textbox', { name: 'Edit your comment' })).toHaveValue('Rollback at 14:20?');
  await form.getByRole('textbox', { name: 'Edit your comment' }).fill('Rollback at 14:20, confirmed in the deploy log.');
  await form.getByRole('button', { name: 'Save comment' }).click();
  await expect(form).toBeHidden();
  await expect(comment.getByTestId('comment-body')).toHaveText('Rollback at 14:20, confirmed in the deploy log.');
});
