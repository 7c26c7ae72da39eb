import { expect, test, type Page } from '@playwright/test';
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

function unique(what: string): string {
  return `Delete e2e ${Date.now()}-${Math.random().toString(36).slice(2, 8)}: ${what}`;
}

function timelineEvent(page: Page, text: string) {
  return page.getByRole('region', { name: 'Timeline' }).getByTestId('timeline-event').filter({ hasText: text });
}

function discussionComment(page: Page, text: string) {
  return page.getByRole('region', { name: 'Discussion' }).getByTestId('comment').filter({ hasText: text });
}

test('an event and a comment deleted in one browser disappear from another’s open board', async ({ page, browser }) => {
  await openSignedIn(page, '/incidents', analyst);
  const incident = await openIncident(page);

  // What was entered by mistake: an event and a comment, by the person who will delete them.
  const eventText = unique('entered on the wrong incident');
  const commentText = unique('a duplicate comment');
  await gql(
    page,
    `mutation ($i: ID!, $at: Time!, $text: String!, $body: String!) {
      createTimelineEvent(input: { incidentID: $i, occurredAt: $at, kind: OBSERVATION, source: SLACK, text: $text }) { id }
      createComment(input: { incidentID: $i, body: $body }) { id }
    }`,
    { i: incident.id, at: new Date(Date.parse(incident.startedAt) + 60_000).toISOString(), text: eventText, body: commentText },
  );

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await openSignedIn(other, incident.path, supportAnalyst);
    await page.goto(incident.path);
    for (const p of [page, other]) {
      await expect(p.getByRole('heading', { level: 1, name: incident.title })).toBeVisible();
      await expect(p.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
      await expect(p.getByTestId('live-indicator')).toHaveAttribute('data-syncing', 'false');
      await expect(timelineEvent(p, eventText)).toBeVisible();
      await expect(discussionComment(p, commentText)).toBeVisible();
    }

    // Deleting asks first; cancelling keeps the event.
    const event = timelineEvent(page, eventText);
    await event.getByRole('button', { name: 'Delete event' }).click();
    await expect(event).toContainText('Delete this event from the timeline for everyone?');
    await event.getByRole('button', { name: 'Cancel' }).click();
    await expect(event).toBeVisible();

    await event.getByRole('button', { name: 'Delete event' }).click();
    await event.getByRole('group', { name: 'Delete event' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(timelineEvent(page, eventText)).toHaveCount(0);
    await expect(timelineEvent(other, eventText)).toHaveCount(0, { timeout: 10_000 });

    const comment = discussionComment(page, commentText);
    await comment.getByRole('button', { name: 'Delete comment' }).click();
    await comment.getByRole('group', { name: 'Delete comment' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(discussionComment(page, commentText)).toHaveCount(0);
    await expect(discussionComment(other, commentText)).toHaveCount(0, { timeout: 10_000 });

    // The other board caught up without a reload.
    await expect(other.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  } finally {
    await otherContext.close();
  }
});
