import { expect, test, type Page } from '@playwright/test';
import { gql } from './api';
import { admin, analyst, openSignedIn } from './auth';

// Response aids end to end, on the demo data (internal/demo/write_response.go):
// payments-gateway is owned by Payments, with Aisha Bello and Priya Raman as
// its escalation contacts; the best-documented major incident has the
// "Major incident response" checklist attached with its first four steps done.

const service = 'payments-gateway';
const escalationContacts = /Aisha Bello|Priya Raman/;

/** bestDocumentedIncident is the demo incident the response aids were written on. */
async function bestDocumentedIncident(page: Page) {
  const data = await gql<{ incidents: { edges: { node: { id: string; title: string } }[] } }>(
    page,
    `{ incidents(first: 5, where: { hasChecklists: true, hasStatusUpdates: true }) { edges { node { id title } } } }`,
  );
  expect(data.incidents.edges.length, 'the demo has an incident with a checklist').toBeGreaterThan(0);
  const { id, title } = data.incidents.edges[0].node;
  return { id, title, path: `/incidents/${encodeURIComponent(id)}` };
}

test('who do I call: the shortcut finds the escalation contacts of a service, with local time and a way to reach them', async ({ page }) => {
  await openSignedIn(page, '/incidents');
  const button = page.getByRole('button', { name: /Who do I call\?/ });
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'Shift+?');

  // The shortcut works from the page itself, not from a text field.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  // Typed straight after the shortcut, as people do: no letter is lost.
  await page.keyboard.press('?');
  await page.keyboard.type(service);
  const dialog = page.getByRole('dialog', { name: 'Who do I call?' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: 'Service, skill, team or name' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(service);

  const first = dialog.getByTestId('who-person').first();
  await expect(first).toContainText(escalationContacts);
  await expect(first).toContainText(`Escalation contact for ${service}`);
  await expect(first.getByTestId('local-time')).toHaveText(/\d{2}:\d{2} local \(UTC[+-]\d{2}:\d{2}\)/);
  await expect(first.locator('a[href^="tel:"]')).toHaveCount(1);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  // The service itself is listed with its owning team.
  await expect(dialog.getByTestId('who-service').filter({ hasText: service })).toContainText('Owned by Payments');

  // Enter opens the highlighted person in the directory.
  const name = ((await first.locator('p').first().textContent()) ?? '').match(escalationContacts)?.[0] ?? '';
  expect(name).not.toBe('');
  await box.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/directory\?q=/);
  const row = page.getByTestId('directory-person').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row.locator('a[href^="tel:"]')).toHaveCount(1);

  // Typing "?" in a text field types it: the dialog stays shut.
  await page.getByLabel('Filter').fill('');
  await page.getByLabel('Filter').press('?');
  await expect(dialog).toBeHidden();
});

test('response area: tick a checklist step, attach a workflow, log a status update that reaches the timeline', async ({ page }) => {
  // Three writes, each waiting for the board to reload: longer than the default.
  test.setTimeout(90_000);
  await openSignedIn(page, '/incidents', analyst);
  const incident = await bestDocumentedIncident(page);
  await page.goto(incident.path);

  const checklist = page.getByTestId('checklist').filter({ hasText: 'Major incident response' });
  await expect(checklist).toBeVisible({ timeout: 20_000 });
  const progress = checklist.getByTestId('checklist-progress');
  const before = Number.parseInt((await progress.textContent()) ?? '', 10);
  const step = checklist.getByTestId('checklist-step').filter({ hasText: 'Brief customer support' });
  await step.getByRole('textbox').fill('Support briefed in #support-incidents');
  await step.getByRole('checkbox', { name: 'Brief customer support' }).check();
  await expect(step.getByTestId('step-done-by')).toContainText(new RegExp(`Done by ${analyst} at \\d{2}:\\d{2} — Support briefed`));
  await expect(progress).toContainText(`${before + 1}/`);

  // A tick made elsewhere (here straight through the API) shows without a reload: checklist changes reach the live board.
  const steps = await gql<{ node: { checklists: { steps: { id: string; version: number; title: string }[] }[] } }>(
    page,
    `query ($id: ID!) { node(id: $id) { ... on Incident { checklists { steps { id version title } } } } }`,
    { id: incident.id },
  );
  const other = steps.node.checklists.flatMap((c) => c.steps).find((x) => x.title === 'Keep updates coming every hour');
  expect(other, 'the major-incident checklist has an hourly-updates step').toBeTruthy();
  await gql(page, `mutation ($id: ID!, $v: Int!) { setChecklistItemDone(id: $id, version: $v, done: true, note: "from elsewhere") { id } }`, {
    id: other!.id,
    v: other!.version,
  });
  await expect(
    checklist.getByTestId('checklist-step').filter({ hasText: 'Keep updates coming every hour' }).getByTestId('step-done-by'),
  ).toContainText('from elsewhere');

  // A status update, written from a template, shows in the log and on the timeline.
  const stamp = Date.now().toString(36);
  const form = page.getByRole('form', { name: 'Log a status update' });
  await form.getByRole('radio', { name: 'Internal' }).check({ force: true });
  await expect(page.getByTestId('comms-guideline')).toBeVisible();
  await form.getByRole('combobox', { name: 'Start from a template' }).click();
  await page.getByRole('option', { name: 'Progress update' }).click();
  const message = form.getByRole('textbox', { name: 'Message' });
  await expect(message).toHaveValue(new RegExp(`Update on ${incident.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await form.getByRole('textbox', { name: 'Recipients' }).fill(`#exec-updates-${stamp}`);
  await form.getByRole('button', { name: 'Log update' }).click();
  await expect(page.getByTestId('status-update').filter({ hasText: `#exec-updates-${stamp}` })).toBeVisible();
  await expect(page.getByTestId('timeline-event').filter({ hasText: `Status update to #exec-updates-${stamp}` })).toBeVisible();

  // A new SEV2 incident is offered the major-incident workflow; attaching it adds its checklist.
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title: `Response e2e ${stamp}`, severity: 'SEV2', startedAt: new Date(Date.now() - 3_600_000).toISOString() } },
  );
  await page.goto(`/incidents/${encodeURIComponent(createIncident.id)}`);
  await page.getByRole('button', { name: 'Attach Major incident response' }).click();
  const attached = page.getByTestId('checklist').filter({ hasText: 'Major incident response' });
  await expect(attached.getByTestId('checklist-progress')).toHaveText(/^0\/\d+ done$/);
  await expect(page.getByRole('button', { name: 'Attach Major incident response' })).toHaveCount(0);
  await attached.getByRole('checkbox', { name: 'Name an incident commander' }).check();
  await expect(attached.getByTestId('step-done-by').first()).toContainText(`Done by ${analyst}`);
  await expect(attached.getByTestId('checklist-progress')).toHaveText(/^1\/\d+ done$/);
});

test('admins build a workflow step by step and reorder it; the comms page lists the placeholders', async ({ page }) => {
  test.setTimeout(90_000);
  await openSignedIn(page, '/admin/workflows', admin);
  const stamp = Date.now().toString(36);
  const name = `Vendor outage ${stamp}`;
  const create = page.getByRole('form', { name: 'New workflow' });
  await create.getByRole('textbox', { name: 'Name' }).fill(name);
  await create.getByRole('button', { name: 'Add workflow' }).click();
  const card = page.getByTestId('workflow').filter({ hasText: name });
  await expect(card).toBeVisible();

  for (const title of ['Open a ticket with the vendor', 'Post on the status page']) {
    const add = card.getByRole('form', { name: 'Add a step' });
    await add.getByRole('textbox', { name: 'Step' }).fill(title);
    await add.getByRole('button', { name: 'Add step' }).click();
    await expect(card.getByTestId('workflow-step').filter({ hasText: title })).toBeVisible();
  }
  const steps = card.getByTestId('workflow-step');
  await expect(steps.nth(0)).toContainText('1. Open a ticket with the vendor');
  await card.getByRole('button', { name: 'Move “Post on the status page” up' }).click();
  await expect(steps.nth(0)).toContainText('1. Post on the status page');
  await expect(steps.nth(1)).toContainText('2. Open a ticket with the vendor');

  await page.getByRole('link', { name: 'Communications' }).click();
  await expect(page.getByRole('heading', { name: 'Incident communications' })).toBeVisible();
  for (const p of ['{{title}}', '{{next_update}}', '{{link}}']) await expect(page.getByLabel('Placeholders')).toContainText(p);
  await expect(page.getByRole('table', { name: 'Message templates' })).toContainText('Progress update');
});

test('people keep their own contact details in the directory, and the filter and "who do I call" find them by expertise', async ({ page }) => {
  await openSignedIn(page, '/directory', analyst);
  const stamp = Date.now().toString(36);
  const skill = `chaos-${stamp}`;
  await page.getByRole('button', { name: 'Edit my contact details' }).click();
  const dialog = page.getByRole('dialog', { name: 'My contact details' });
  await dialog.getByRole('textbox', { name: 'Phone' }).fill('+1 212 555 0142');
  await dialog.getByRole('textbox', { name: 'Chat handle' }).fill('@maya');
  await dialog.getByRole('combobox', { name: 'Expertise' }).fill(skill);
  await dialog.getByRole('combobox', { name: 'Expertise' }).press('Enter');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const me = page.getByTestId('directory-person').filter({ hasText: analyst });
  await expect(me).toContainText(skill);
  await expect(me.locator('a[href="tel:+12125550142"]')).toHaveCount(1);

  // The directory's filter finds them by part of a skill, whatever its case.
  const filter = page.getByLabel('Filter');
  await filter.fill(skill.slice(2).toUpperCase());
  await expect(page.getByTestId('directory-people-count')).toHaveText('1 person');
  await expect(page.getByTestId('directory-person')).toHaveCount(1);
  await expect(me).toContainText(skill);
  await filter.fill('');

  await page.getByRole('button', { name: /Who do I call\?/ }).click();
  const who = page.getByRole('dialog', { name: 'Who do I call?' });
  await who.getByRole('combobox').fill(skill);
  const first = who.getByTestId('who-person').first();
  await expect(first).toContainText(analyst);
  await expect(first).toContainText(`Expertise: ${skill}`);
  await expect(first).toContainText('@maya');
});
