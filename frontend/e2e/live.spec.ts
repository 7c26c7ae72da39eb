import { expect, test, type Page, type WebSocketRoute } from '@playwright/test';
import { analyst, supportAnalyst, openSignedIn } from './auth';
import { gql } from './api';

type IncidentRef = { id: string; title: string; startedAt: string };

/** openIncident finds a recent incident everybody may read. */
async function openIncident(page: Page): Promise<IncidentRef & { path: string }> {
  const { incidents } = await gql<{ incidents: { edges: { node: IncidentRef & { restricted: boolean } }[] } }>(
    page,
    '{ incidents(first: 20, orderBy: [{ field: STARTED_AT, direction: DESC }]) { edges { node { id title restricted startedAt } } } }',
  );
  const incident = incidents.edges.map((e) => e.node).find((n) => !n.restricted);
  expect(incident, 'an incident that is not restricted').toBeTruthy();
  return { ...incident!, path: `/incidents/${encodeURIComponent(incident!.id)}` };
}

/** addEvent adds a timeline event to incident as the person signed in on page, and returns its text. */
async function addEvent(page: Page, incident: IncidentRef, what: string): Promise<string> {
  const text = `Live e2e ${Date.now()}-${Math.random().toString(36).slice(2, 8)}: ${what}`;
  const occurredAt = new Date(Date.parse(incident.startedAt) + 60_000).toISOString();
  const created = await gql<{ createTimelineEvent: { id: string } }>(
    page,
    `mutation ($i: ID!, $at: Time!, $text: String!) {
      createTimelineEvent(input: { incidentID: $i, occurredAt: $at, kind: OBSERVATION, source: SLACK, text: $text }) { id }
    }`,
    { i: incident.id, at: occurredAt, text },
  );
  expect(created.createTimelineEvent.id).toBeTruthy();
  return text;
}

function timelineEvent(page: Page, text: string) {
  return page.getByRole('region', { name: 'Timeline' }).getByTestId('timeline-event').filter({ hasText: text });
}

test('a change one person makes shows on another person’s open board without a reload', async ({ page, browser }) => {
  // Two people, two browsers (separate cookies), the same incident.
  await openSignedIn(page, '/incidents', analyst);
  const incident = await openIncident(page);
  const path = incident.path;

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await openSignedIn(other, path, supportAnalyst);

    await page.goto(path);
    for (const p of [page, other]) {
      await expect(p.getByRole('heading', { level: 1, name: incident.title })).toBeVisible();
      await expect(p.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
      await expect(p.getByTestId('live-indicator')).toHaveText('Live');
      // The board refetches once connected (it cannot know what it missed before).
      await expect(p.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');
    }

    // Anything that reloads or navigates the first page from here on fails the test.
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    await page.evaluate(() => {
      (window as unknown as { liveMarker: string }).liveMarker = 'still the same document';
    });

    const text = await addEvent(other, incident, 'support saw the queue drain');

    const event = timelineEvent(page, text);
    await expect(event).toBeVisible({ timeout: 10_000 });
    await expect(event).toContainText('via Slack');
    // What changed flashes for a moment.
    await expect(event).toHaveClass(/is-fresh/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'test-results/live-board.png', fullPage: true });

    // The person who made the change sees it too.
    await expect(timelineEvent(other, text)).toBeVisible();

    expect(navigations, 'the first page did not navigate or reload').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { liveMarker?: string }).liveMarker)).toBe('still the same document');
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  } finally {
    await otherContext.close();
  }
});

test('a board whose connection dropped says so, and catches up on what it missed when it is back', async ({ page, browser }) => {
  // The first person's socket goes through Playwright, which can cut it
  // (both ends) and refuse new ones for a while, as a flaky network would.
  let down = false;
  const sockets: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (down) {
      void ws.close({ code: 1013, reason: 'Try again later' });
      return;
    }
    sockets.push({ page: ws, server: ws.connectToServer() });
  });

  await openSignedIn(page, '/incidents', analyst);
  const incident = await openIncident(page);
  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await openSignedIn(other, incident.path, supportAnalyst);
    await page.goto(incident.path);
    const indicator = page.getByTestId('live-indicator');
    await expect(indicator).toHaveAttribute('data-state', 'live');
    await expect(indicator).toHaveAttribute('data-syncing', 'false');

    down = true;
    for (const s of sockets) {
      await s.server.close({ code: 1001, reason: 'Going away' });
      await s.page.close({ code: 1012, reason: 'Service restart' });
    }
    await expect(indicator).toHaveAttribute('data-state', 'reconnecting');
    await expect(indicator).toHaveText('Reconnecting…');

    // A change while the first board cannot hear about it.
    const text = await addEvent(other, incident, 'made while the other board was offline');
    await expect(timelineEvent(other, text)).toBeVisible();
    await expect(timelineEvent(page, text)).toHaveCount(0);

    down = false;
    await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
    await expect(timelineEvent(page, text)).toBeVisible();
    expect(sockets.length, 'the page opened a new socket').toBeGreaterThan(1);
  } finally {
    await otherContext.close();
  }
});
