import { useCallback, useMemo } from 'react';
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { graphql } from '../gql';
import type { InboxQuery } from '../gql/graphql';
import { useRefreshUnread } from '../inbox/unread';
import { nodes } from '../incident/query';
import { formatDateTime, label, plural } from '../lib/format';
import { notificationKindColor, notificationKindLabel, relativeDays } from '../lib/followup';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const PAGE_SIZE = 50;

const inboxQuery = graphql(`
  query Inbox($unreadOnly: Boolean, $first: Int, $after: Cursor) {
    inbox(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          message
          createdAt
          readAt
          incidentID
          actionItemID
          incident {
            id
            title
          }
          actionItem {
            id
            title
          }
        }
      }
    }
  }
`);

const markRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

type Note = NonNullable<NonNullable<NonNullable<InboxQuery['inbox']['edges']>[number]>['node']>;

/** Where a notification leads: the action on its incident's page, the incident's part it is about, or the actions page. */
function targetOf(n: Note): { to: string; text: string } | null {
  if (n.incidentID) {
    const incident = `/incidents/${encodeURIComponent(n.incidentID)}`;
    if (n.actionItemID) return { to: `${incident}#action-${n.actionItemID}`, text: `Open the action${n.actionItem ? ` “${n.actionItem.title}”` : ''}` };
    const part = n.kind === 'QUESTION_ASSIGNED' ? '#questions' : n.kind === 'MENTION' ? '#comments' : '';
    return { to: incident + part, text: `Open ${n.incident ? `“${n.incident.title}”` : 'the incident'}` };
  }
  if (n.actionItemID) return { to: '/actions', text: 'Open my actions' };
  return null;
}

/** InboxPage: mentions, assignments and reminders for the signed-in person, newest first. */
export function InboxPage() {
  useDocumentTitle('Inbox');
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('show') === 'unread';
  const after = params.get('after') || null;
  const variables = useMemo(() => ({ unreadOnly, first: PAGE_SIZE, after }), [unreadOnly, after]);
  const [result, reexecute] = useQuery({ query: inboxQuery, variables });
  const [markState, runMark] = useMutation(markRead);
  const refreshUnread = useRefreshUnread();
  const inbox = result.data?.inbox;
  const notes = nodes(inbox);

  const mark = useCallback(
    async (vars: { ids?: string[]; all?: boolean }) => {
      const r = await runMark(vars);
      reexecute({ requestPolicy: 'network-only' });
      refreshUnread();
      return r;
    },
    [runMark, reexecute, refreshUnread],
  );

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'after') next.delete('after');
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Inbox</Title>
          <Text c="dimmed" size="sm">
            Mentions, assignments, and reminders about actions and reviews. Newest first.
          </Text>
        </div>
        <Group gap="sm">
          <SegmentedControl
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setParam('show', v === 'unread' ? 'unread' : null)}
            data={[
              { value: 'all', label: 'All' },
              { value: 'unread', label: 'Unread' },
            ]}
            aria-label="Which notifications"
          />
          <Button variant="light" onClick={() => void mark({ all: true })} loading={markState.fetching}>
            Mark all read
          </Button>
        </Group>
      </Group>
      {markState.error ? <ErrorNotice error={markState.error} /> : null}
      {result.error && !inbox ? (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !inbox ? (
        <Loading what="your inbox" />
      ) : notes.length === 0 ? (
        <Text c="dimmed" fs="italic">
          {unreadOnly ? 'Nothing unread.' : 'Nothing here yet: you will hear about mentions, assignments and reminders here.'}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Notifications">
          {notes.map((n) => (
            <NotificationItem key={n.id} note={n} onRead={() => void mark({ ids: [n.id] })} />
          ))}
        </Stack>
      )}
      {inbox ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {plural(inbox.totalCount, unreadOnly ? 'unread notification' : 'notification')}
          </Text>
          <Group gap="xs">
            {after ? (
              <Button variant="default" size="xs" onClick={() => setParam('after', null)}>
                ← Newest
              </Button>
            ) : null}
            {inbox.pageInfo.hasNextPage ? (
              <Button variant="default" size="xs" onClick={() => setParam('after', inbox.pageInfo.endCursor ?? null)}>
                Older →
              </Button>
            ) : null}
          </Group>
        </Group>
      ) : null}
    </Stack>
  );
}

function NotificationItem({ note, onRead }: { note: Note; onRead: () => void }) {
  const unread = !note.readAt;
  const target = targetOf(note);
  return (
    <Paper component="li" withBorder radius="md" p="sm" bg={unread ? 'indigo.0' : undefined} data-testid="notification" data-unread={unread || undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge color={notificationKindColor[note.kind] ?? 'gray'} variant={unread ? 'filled' : 'light'} radius="sm" size="sm">
              {label(notificationKindLabel, note.kind)}
            </Badge>
            {unread ? (
              <Text size="xs" fw={700} c="indigo.8">
                Unread
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" title={formatDateTime(note.createdAt)}>
              <time dateTime={note.createdAt}>{relativeDays(note.createdAt)}</time> · {formatDateTime(note.createdAt)}
            </Text>
          </Group>
          <Text size="sm" fw={unread ? 600 : undefined}>
            {note.message}
          </Text>
          {target ? (
            <Anchor component={Link} to={target.to} size="sm" onClick={unread ? onRead : undefined}>
              {target.text}
            </Anchor>
          ) : null}
        </Stack>
        {unread ? (
          <Button size="compact-xs" variant="subtle" onClick={onRead} aria-label={`Mark read: ${note.message}`}>
            Mark read
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
