import { expect, test } from '@playwright/test';
import { analyst, supportAnalyst, openSignedIn } from './auth';
import { gql } from './api';

const hostileComment = '**Customers** saw errors <script>window.__pwned = true</script> [x](javascript:alert(1))';

test('two people build the review board together, live, and what they type cannot run', async ({ page, browser }) => {
  await openSignedIn(page, '/incidents', analyst);
  // A fresh incident: nobody has written a perspective on it yet.
  const title = `Board e2e ${Date.now()}: checkout errors`;
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV2', startedAt: new Date(Date.now() - 3_600_000).toISOString(), summary: 'Checkout **failed** for some customers.' } },
  );
  const path = `/incidents/${encodeURIComponent(createIncident.id)}`;

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await openSignedIn(other, path, supportAnalyst);
    await page.goto(path);
    for (const p of [page, other]) {
      await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(p.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
      await expect(p.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');
    }
    const missing = page.getByTestId('missing-voices');
    await expect(missing).toContainText('Support');
    await expect(missing).toContainText('Engineering');

    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    // Grace adds her perspective through the guided form.
    await other.getByRole('button', { name: 'Add your perspective' }).click();
    const dialog = other.getByRole('dialog', { name: 'Add your perspective' });
    await expect(dialog.getByLabel('Your department', { exact: true })).toHaveValue('Support');
    await dialog.getByRole('textbox', { name: 'What did you see?' }).fill('Tickets about **failed payments** piled up from 14:05.');
    await dialog.getByRole('textbox', { name: 'What helped?' }).fill('The status page update.');
    await dialog.getByRole('button', { name: 'Share perspective' }).click();
    await expect(dialog).toBeHidden();

    // …and a comment on the incident.
    const discussion = other.getByRole('region', { name: 'Discussion' });
    await discussion.getByRole('textbox', { name: 'Your comment' }).fill(hostileComment);
    await discussion.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(discussion.getByTestId('comment')).toHaveCount(1);

    // Maya's board shows both without a reload.
    const perspective = page.getByTestId('perspective').filter({ hasText: supportAnalyst });
    await expect(perspective).toBeVisible();
    await expect(perspective.locator('strong', { hasText: 'failed payments' })).toBeVisible();
    await expect(page.getByTestId('perspective-group').filter({ has: perspective })).toHaveAttribute('data-department', 'SUPPORT');
    await expect(missing).not.toContainText('Support');
    await expect(missing).toContainText('Engineering');

    for (const p of [page, other]) {
      const comment = p.getByRole('region', { name: 'Discussion' }).getByTestId('comment-body');
      await expect(comment).toHaveCount(1);
      await expect(comment.locator('strong', { hasText: 'Customers' })).toBeVisible();
      await expect(comment).toContainText('saw errors');
      await expect(comment.locator('script')).toHaveCount(0);
      await expect(comment.locator('a[href^="javascript:" i]')).toHaveCount(0);
      await expect(p.locator('a[href^="javascript:" i]')).toHaveCount(0);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    }

    expect(navigations, 'the first page did not navigate or reload').toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'test-results/board.png', fullPage: true });
  } finally {
    await otherContext.close();
  }
});

test('the timeline quick entry, filters and open questions work from the board', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const title = `Board e2e ${Date.now()}: quick entry`;
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV3', startedAt: new Date(Date.now() - 3_600_000).toISOString() } },
  );
  await page.goto(`/incidents/${encodeURIComponent(createIncident.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  const entry = timeline.getByRole('form', { name: 'Add to the timeline' });
  await expect(entry.getByLabel('Time zone', { exact: true })).toHaveValue('UTC');
  await entry.getByRole('textbox', { name: 'What happened' }).fill('Support saw **tickets** about failed payments');
  await entry.getByRole('button', { name: 'Add' }).click();
  const event = timeline.getByTestId('timeline-event').filter({ hasText: 'Support saw tickets about failed payments' });
  await expect(event).toBeVisible();
  await expect(event.locator('strong', { hasText: 'tickets' })).toBeVisible();
  await expect(entry.getByRole('textbox', { name: 'What happened' })).toHaveValue('');

  // Filtering by source hides the new event (it came from Debrief, not Slack).
  await timeline.getByLabel('Filter by source').click();
  await page.getByRole('option', { name: 'Slack' }).click();
  await expect(event).toHaveCount(0);

  const questions = page.getByRole('region', { name: 'Open questions' });
  await questions.getByRole('textbox', { name: 'Ask a question' }).fill('Why did the retry queue not drain?');
  await questions.getByRole('button', { name: 'Ask' }).click();
  const question = questions.getByTestId('question').filter({ hasText: 'Why did the retry queue not drain?' });
  await expect(question).toBeVisible();
  await expect(questions.getByTestId('unanswered-count')).toHaveText('1 unanswered');
  await question.getByRole('button', { name: 'Answer' }).click();
  await question.getByRole('textbox', { name: 'Your answer' }).fill('A stuck consumer lock.');
  await question.getByRole('button', { name: 'Save answer' }).click();
  await expect(question).toContainText('A stuck consumer lock.');
  await expect(questions.getByTestId('unanswered-count')).toHaveText('0 unanswered');
  await question.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(question).toContainText('Resolved');
});

test('chat lines paste into the timeline after a preview, and the review opens and closes', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const title = `Board e2e ${Date.now()}: paste and review`;
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV3', status: 'RESOLVED', startedAt: '2026-03-01T13:50:00Z' } },
  );
  await page.goto(`/incidents/${encodeURIComponent(createIncident.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Paste chat lines…' }).click();
  await timeline
    .getByRole('textbox', { name: 'Chat lines' })
    .fill("14:05 Grace O'Neill: tickets are piling up\nnot a chat line\n2026-03-01T14:20:00Z Maya Goldberg: rolled back");
  const preview = timeline.getByRole('table', { name: 'Preview of the events to add' });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview).toContainText('skipped');
  await timeline.getByRole('button', { name: 'Add 2 events' }).click();
  await expect(timeline.getByTestId('timeline-event').filter({ hasText: 'tickets are piling up' })).toContainText('14:05');
  await expect(timeline.getByTestId('timeline-event').filter({ hasText: 'rolled back' })).toContainText('14:20');

  const review = page.getByTestId('review-controls');
  await review.getByText('Meeting').click();
  await review.getByRole('button', { name: 'Open review' }).click();
  await expect(page.getByRole('region', { name: 'Review' })).toContainText('Meeting');
  await expect(page.locator('header').getByText('Reviewing')).toBeVisible();
  await review.getByRole('button', { name: 'Close review' }).click();
  await expect(page.locator('header').getByText('Following up')).toBeVisible();
});

test('a participant is added from the directory, and the list counts open questions', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const title = `Board e2e ${Date.now()}: participants`;
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV3', startedAt: new Date(Date.now() - 3_600_000).toISOString() } },
  );
  await gql(page, `mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`, {
    input: { incidentID: createIncident.id, text: 'Who paged the database team?' },
  });
  await page.goto(`/incidents/${encodeURIComponent(createIncident.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const section = page.getByRole('region', { name: 'Participants' });
  await expect(section).toContainText('Nobody is recorded as taking part yet.');
  const form = section.getByRole('form', { name: 'Add a participant' });
  await form.getByLabel('Person', { exact: true }).fill('Grace');
  await page.getByRole('option', { name: supportAnalyst }).click();
  // The time zone defaults to the person's own.
  await expect(form.getByLabel('Time zone', { exact: true })).toHaveValue('Europe/Dublin');
  await form.getByLabel('Part they played', { exact: true }).click();
  await page.getByRole('option', { name: 'Communications' }).click();
  await form.getByRole('textbox', { name: 'Where they were' }).fill('Dublin office');
  await form.getByLabel('Channels used', { exact: true }).click();
  await page.getByRole('option', { name: 'Slack' }).click();
  await page.getByRole('option', { name: 'Zoom' }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Add participant' }).click();

  const row = section.getByRole('row').filter({ hasText: supportAnalyst });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Communications');
  await expect(row).toContainText('Dublin office');
  await expect(row).toContainText('Europe/Dublin');
  await expect(row).toContainText('Slack');
  await expect(row).toContainText('Zoom');

  // Someone already taking part is not offered again.
  await form.getByLabel('Person', { exact: true }).fill('Grace');
  await expect(page.getByText('Nobody by that name who is not already taking part')).toBeVisible();
  await expect(page.getByRole('option', { name: supportAnalyst })).toHaveCount(0);

  // The list says where answers are still missing.
  await page.goto(`/incidents?q=${encodeURIComponent(title)}`);
  const listed = page.getByTestId('incident-row').filter({ hasText: title });
  await expect(listed).toHaveCount(1);
  await expect(listed.getByTestId('open-questions')).toHaveText('1 open question');
});
