import { expect, test } from '@playwright/test';
import { analyst, openSignedIn, supportAnalyst } from './auth';
import { gql } from './api';

// The API gives at most 100 records a page; the board shows every record
// all the same, and stays live on the pages after the first.

const events = 230;
const comments = 120;

test('a board with more records than a page shows them all, and stays live past the first page', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openSignedIn(page, '/incidents', analyst);
  const title = `Long board e2e ${Date.now()}`;
  const startedAt = Date.parse('2026-03-01T08:00:00Z');
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV3', startedAt: new Date(startedAt).toISOString() } },
  );
  const id = createIncident.id;

  // 230 events, a minute apart over two days (so the timeline has several
  // days), added with the bulk mutation in batches; given in reverse so the
  // board's order is its own, not the order of creation.
  const all = Array.from({ length: events }, (_, i) => ({
    occurredAt: new Date(startedAt + (i + 1) * 15 * 60_000).toISOString(),
    kind: 'OBSERVATION',
    source: 'SLACK',
    text: `Long event ${String(i + 1).padStart(3, '0')}`,
  })).reverse();
  for (let i = 0; i < all.length; i += 100) {
    await gql(page, `mutation ($i: ID!, $events: [NewTimelineEvent!]!) { createTimelineEvents(incidentID: $i, events: $events) { id } }`, {
      i: id,
      events: all.slice(i, i + 100),
    });
  }
  // 120 comments, 40 to a request (aliases of one mutation).
  for (let from = 0; from < comments; from += 40) {
    const n = Math.min(40, comments - from);
    const fields = Array.from(
      { length: n },
      (_, k) => `c${k}: createComment(input: { incidentID: $i, body: "Long comment ${String(from + k + 1).padStart(3, '0')}" }) { id }`,
    );
    await gql(page, `mutation ($i: ID!) { ${fields.join('\n')} }`, { i: id });
  }

  const path = `/incidents/${encodeURIComponent(id)}`;
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  // The board adds one event of its own: the "Incident started" milestone.
  const listed = timeline.getByTestId('timeline-event');
  const seeded = listed.filter({ hasText: /Long event \d{3}/ });
  await expect(seeded).toHaveCount(events, { timeout: 20_000 });
  await expect(listed).toHaveCount(events + 1);
  await expect(timeline.getByTestId('loading-more')).toHaveCount(0);
  await expect(timeline).not.toContainText('Showing the first');
  // In time order, grouped by day: the first and last are where they belong.
  await expect(listed.first()).toContainText('Incident started');
  await expect(seeded.first()).toContainText('Long event 001');
  const last = listed.last();
  await expect(last).toContainText(`Long event ${events}`);
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await expect(timeline.locator('.timeline-day')).toHaveCount(3);

  const discussion = page.getByRole('region', { name: 'Discussion' });
  await expect(discussion.getByTestId('comment')).toHaveCount(comments);
  await expect(discussion.getByTestId('comment').last()).toContainText(`Long comment ${comments}`);
  await expect(discussion).not.toContainText('Showing the first');

  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');

  // Someone else adds an event at the end, on the third page: it shows
  // without a reload, and so does a change to an event on the third page.
  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await openSignedIn(other, '/incidents', supportAnalyst);
    await page.evaluate(() => {
      (window as unknown as { longMarker: string }).longMarker = 'same document';
    });

    const { createTimelineEvent } = await gql<{ createTimelineEvent: { id: string; version: number } }>(
      other,
      `mutation ($i: ID!, $at: Time!) {
        createTimelineEvent(input: { incidentID: $i, occurredAt: $at, kind: OBSERVATION, source: SLACK, text: "The very last event" }) { id version }
      }`,
      { i: id, at: new Date(startedAt + (events + 1) * 15 * 60_000).toISOString() },
    );
    const added = listed.filter({ hasText: 'The very last event' });
    await expect(added).toBeVisible();
    await expect(listed).toHaveCount(events + 2);
    await expect(listed.last()).toContainText('The very last event');
    await expect(added).toHaveClass(/is-fresh/);

    await gql(
      other,
      `mutation ($id: ID!, $v: Int!) { updateTimelineEvent(id: $id, version: $v, input: { text: "The very last event, edited" }) { id } }`,
      { id: createTimelineEvent.id, v: createTimelineEvent.version },
    );
    await expect(listed.last()).toContainText('The very last event, edited');
    await expect(listed).toHaveCount(events + 2);

    expect(await page.evaluate(() => (window as unknown as { longMarker?: string }).longMarker)).toBe('same document');
  } finally {
    await otherContext.close();
  }
});

test('the pages after the first say they are loading, and a page that fails offers a retry', async ({ page }) => {
  await openSignedIn(page, '/incidents', analyst);
  const title = `Long board retry e2e ${Date.now()}`;
  const startedAt = Date.parse('2026-03-05T08:00:00Z');
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV3', startedAt: new Date(startedAt).toISOString() } },
  );
  await gql(page, `mutation ($i: ID!, $events: [NewTimelineEvent!]!) { createTimelineEvents(incidentID: $i, events: $events) { id } }`, {
    i: createIncident.id,
    events: Array.from({ length: 149 }, (_, i) => ({
      occurredAt: new Date(startedAt + (i + 1) * 60_000).toISOString(),
      kind: 'OBSERVATION',
      text: `Retry event ${i + 1}`,
    })),
  });

  // The requests for the second page of the timeline fail until the
  // board has settled (it reloads once its live connection is up); then
  // the next one is held until the test has seen that it is loading.
  let failing = true;
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== 'IncidentTimelinePage') return route.fallback();
    if (failing) return route.abort('failed');
    await held;
    return route.fallback();
  });

  await page.goto(`/incidents/${encodeURIComponent(createIncident.id)}`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const listed = timeline.getByTestId('timeline-event');
  // 150 events: the milestone and 149 added; the first page shows meanwhile.
  const failed = timeline.getByRole('alert').filter({ hasText: '50 more events could not be loaded.' });
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');
  await expect(failed).toBeVisible();
  await expect(listed).toHaveCount(100);
  failing = false;

  await failed.getByRole('button', { name: 'Retry' }).click();
  await expect(timeline.getByTestId('loading-more')).toHaveText('Loading 50 more events…');
  await expect(listed).toHaveCount(100);
  release();
  await expect(listed).toHaveCount(150);
  await expect(timeline.getByTestId('loading-more')).toHaveCount(0);
  await expect(timeline.getByRole('alert')).toHaveCount(0);
  await expect(listed.last()).toContainText('Retry event 149');
});

test('the status updates and the insights show every record past the first page, and stay live past it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openSignedIn(page, '/incidents', analyst);
  const title = `Long log e2e ${Date.now()}`;
  const startedAt = Date.parse('2026-03-09T08:00:00Z');
  const { createIncident } = await gql<{ createIncident: { id: string } }>(
    page,
    `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV3', startedAt: new Date(startedAt).toISOString() } },
  );
  const id = createIncident.id;

  // 110 status updates, a minute apart, 55 to a request (aliases of one
  // mutation); the log shows the latest first, so #001 is on the second page.
  const updates = 110;
  const sentAt = (n: number) => new Date(startedAt + n * 60_000).toISOString();
  for (let from = 0; from < updates; from += 55) {
    const fields = Array.from({ length: Math.min(55, updates - from) }, (_, k) => {
      const n = from + k + 1;
      return `u${k}: createStatusUpdate(input: { incidentID: $i, audience: INTERNAL, channel: SLACK, recipients: "#long-log", body: "Long update ${String(n).padStart(3, '0')}", sentAt: "${sentAt(n)}" }) { id }`;
    });
    await gql(page, `mutation ($i: ID!) { ${fields.join('\n')} }`, { i: id });
  }
  // 60 insights: their page is 50.
  const insights = 60;
  await gql(page, `mutation ($i: ID!) { ${Array.from({ length: insights }, (_, k) => `n${k}: createInsight(input: { incidentID: $i, statement: "Long insight ${String(k + 1).padStart(3, '0')}" }) { id }`).join('\n')} }`, {
    i: id,
  });

  await page.goto(`/incidents/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const log = page.getByRole('region', { name: 'Status updates' });
  const rows = log.getByTestId('status-update');
  await expect(rows).toHaveCount(updates, { timeout: 20_000 });
  await expect(rows.first()).toContainText(`Long update ${updates}`);
  await expect(rows.last()).toContainText('Long update 001');
  await expect(log.getByTestId('loading-more')).toHaveCount(0);
  await expect(log).not.toContainText('Showing the first');

  const insightsRegion = page.getByRole('region', { name: 'Insights' });
  const cards = insightsRegion.getByTestId('insight');
  await expect(cards).toHaveCount(insights);
  await expect(cards.last()).toContainText(`Long insight 0${insights}`);
  await expect(insightsRegion).not.toContainText('Showing the first');

  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');

  // Someone else logs an update sent before all the others: it belongs at
  // the end of the second page, and shows there without a reload.
  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await openSignedIn(other, '/incidents', supportAnalyst);
    await gql(
      other,
      `mutation ($i: ID!, $at: Time!) {
        createStatusUpdate(input: { incidentID: $i, audience: INTERNAL, channel: EMAIL, recipients: "#long-log", body: "The earliest update", sentAt: $at }) { id }
      }`,
      { i: id, at: sentAt(0) },
    );
    await expect(rows).toHaveCount(updates + 1);
    await expect(rows.last()).toContainText('The earliest update');
  } finally {
    await otherContext.close();
  }
});
