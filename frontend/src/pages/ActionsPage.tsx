import { useCallback, useMemo, useRef, useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { ActionForm } from '../actions/ActionForm';
import { ActionStatusBadge } from '../actions/ActionStatusBadge';
import { DueDate } from '../actions/DueDate';
import { PickerSelect } from '../components/Pickers';
import { StatusControl } from '../actions/StatusControl';
import { WarningBadges } from '../actions/WarningBadges';
import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { graphql } from '../gql';
import type { ActionQueueQuery, ActionView } from '../gql/graphql';
import { nodes } from '../incident/query';
import { label, plural, priorityLabel, sizeLabel } from '../lib/format';
import { mayEditAction } from '../lib/followup';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const PAGE_SIZE = 50;

const actionQueueQuery = graphql(`
  query ActionQueue($view: ActionView!, $teamID: ID, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    actionQueue(view: $view, teamID: $teamID, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...ActionItemFields
          incidents(first: 5, orderBy: [{ field: STARTED_AT, direction: DESC }]) {
            totalCount
            edges {
              node {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);

const actionQueueCountsQuery = graphql(`
  query ActionQueueCounts($teamID: ID) {
    mine: actionQueue(view: MINE, teamID: $teamID, first: 0) {
      totalCount
    }
    overdue: actionQueue(view: OVERDUE, teamID: $teamID, first: 0) {
      totalCount
    }
    dueSoon: actionQueue(view: DUE_SOON, teamID: $teamID, first: 0) {
      totalCount
    }
    stale: actionQueue(view: STALE, teamID: $teamID, first: 0) {
      totalCount
    }
    unowned: actionQueue(view: UNOWNED, teamID: $teamID, first: 0) {
      totalCount
    }
    open: actionQueue(view: OPEN, teamID: $teamID, first: 0) {
      totalCount
    }
    closed: actionQueue(view: CLOSED, teamID: $teamID, first: 0) {
      totalCount
    }
  }
`);

type QueueItem = NonNullable<NonNullable<NonNullable<ActionQueueQuery['actionQueue']['edges']>[number]>['node']>;

/** The tabs, in the order people work through them; each says what an empty list means. */
const views: { value: ActionView; key: 'mine' | 'overdue' | 'dueSoon' | 'stale' | 'unowned' | 'open' | 'closed'; label: string; empty: string }[] = [
  { value: 'MINE', key: 'mine', label: 'My actions', empty: 'Nothing on your plate: you own no open actions.' },
  { value: 'OVERDUE', key: 'overdue', label: 'Overdue', empty: 'No open action is past its due date.' },
  { value: 'DUE_SOON', key: 'dueSoon', label: 'Due soon', empty: 'No open action is due in the next days.' },
  { value: 'STALE', key: 'stale', label: 'Stale', empty: 'Every open action has moved recently.' },
  { value: 'UNOWNED', key: 'unowned', label: 'Unowned', empty: 'Every open action has an owner.' },
  { value: 'OPEN', key: 'open', label: 'Open', empty: 'No open actions.' },
  { value: 'CLOSED', key: 'closed', label: 'Done / dropped', empty: 'No action is done or dropped yet.' },
];

function useQueueParams() {
  const [params, setParams] = useSearchParams();
  const view = views.find((v) => v.value === params.get('view')) ?? views[0];
  const team = params.get('team') || null;
  const after = params.get('after') || null;
  const before = params.get('before') || null;
  const update = (changes: Record<string, string | null>, keepCursor = false) => {
    const next = new URLSearchParams(params);
    if (!keepCursor) {
      next.delete('after');
      next.delete('before');
    }
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  return { view, team, after, before, update };
}

/** ActionsPage: the follow-through views that keep actions from being forgotten. */
export function ActionsPage() {
  useDocumentTitle('Actions');
  const { view, team, after, before, update } = useQueueParams();
  const variables = useMemo(
    () => (before ? { view: view.value, teamID: team, last: PAGE_SIZE, before } : { view: view.value, teamID: team, first: PAGE_SIZE, after }),
    [view.value, team, after, before],
  );
  const context = useMemo(() => ({ additionalTypenames: ['ActionItem'] }), []);
  const [result, reexecute] = useQuery({ query: actionQueueQuery, variables, context });
  const [counts, reexecuteCounts] = useQuery({ query: actionQueueCountsQuery, variables: { teamID: team }, context });
  const reload = useCallback(() => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteCounts({ requestPolicy: 'network-only' });
  }, [reexecute, reexecuteCounts]);
  const [editing, setEditing] = useState<string | null>(null);

  // Keep the last page on screen while the next loads.
  const last = useRef<ActionQueueQuery | undefined>(undefined);
  if (result.data) last.current = result.data;
  const queue = (result.data ?? last.current)?.actionQueue;
  const items = nodes(queue);
  const editingAction = items.find((a) => a.id === editing);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Actions</Title>
        <Text c="dimmed" size="sm">
          Every action from every incident: what is yours, what is late, what nobody owns. Soonest due first.
        </Text>
      </div>
      <Group align="flex-end" justify="space-between">
        <PickerSelect
          kind="teams"
          label="Team"
          placeholder="All teams"
          clearable
          value={team}
          onChange={(v) => update({ team: v })}
          w={240}
        />
        {queue ? (
          <Text size="sm" c="dimmed" data-testid="action-count">
            {plural(queue.totalCount, 'action')}
          </Text>
        ) : null}
      </Group>
      <Tabs value={view.value} onChange={(v) => update({ view: v === 'MINE' ? null : v })} keepMounted={false}>
        <Tabs.List aria-label="Which actions">
          {views.map((v) => {
            const n = counts.data?.[v.key]?.totalCount;
            return (
              <Tabs.Tab
                key={v.value}
                value={v.value}
                rightSection={
                  n != null ? (
                    <Badge size="sm" variant="light" color={(v.value === 'OVERDUE' || v.value === 'UNOWNED') && n > 0 ? 'red' : 'gray'} circle={n < 10}>
                      {n}
                    </Badge>
                  ) : null
                }
              >
                {v.label}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value={view.value} pt="md">
          {result.error && !queue ? (
            <ErrorNotice error={result.error} onRetry={reload} />
          ) : !queue ? (
            <Loading what="the actions" />
          ) : items.length === 0 ? (
            <Text c="dimmed" fs="italic" size="sm">
              {view.empty}
            </Text>
          ) : (
            <QueueTable items={items} onEdit={setEditing} onStale={reload} />
          )}
          {queue && (queue.pageInfo.hasNextPage || queue.pageInfo.hasPreviousPage || before || after) ? (
            <Group justify="center" mt="md">
              <Button
                variant="default"
                size="xs"
                disabled={!(before ? queue.pageInfo.hasPreviousPage : !!after)}
                onClick={() => update({ before: queue.pageInfo.startCursor ?? null, after: null }, true)}
              >
                ← Previous
              </Button>
              <Button
                variant="default"
                size="xs"
                disabled={!(before ? true : queue.pageInfo.hasNextPage)}
                onClick={() => update({ after: queue.pageInfo.endCursor ?? null, before: null }, true)}
              >
                Next →
              </Button>
            </Group>
          ) : null}
        </Tabs.Panel>
      </Tabs>
      <Modal opened={!!editingAction} onClose={() => setEditing(null)} title="Edit action" size="xl">
        {editingAction ? (
          <ActionForm key={editingAction.id} action={editingAction} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} onStale={reload} />
        ) : null}
      </Modal>
    </Stack>
  );
}

function QueueTable({ items, onEdit, onStale }: { items: QueueItem[]; onEdit: (id: string) => void; onStale: () => void }) {
  const { viewer } = useSession();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" aria-label="Actions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Action</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Warnings</Table.Th>
            <Table.Th>Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => {
            const incidents = nodes(a.incidents);
            return (
              <Table.Tr key={a.id} data-testid="queue-row">
                <Table.Td style={{ maxWidth: 420 }}>
                  <Text size="sm" fw={600}>
                    {a.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {label(priorityLabel, a.priority)} priority · {label(sizeLabel, a.size)}
                  </Text>
                  {incidents.length ? (
                    <Text size="xs" c="dimmed">
                      From{' '}
                      {incidents.map((i, n) => (
                        <span key={i.id}>
                          {n > 0 ? ', ' : ''}
                          <Anchor component={Link} to={`/incidents/${encodeURIComponent(i.id)}#action-${a.id}`} size="xs">
                            {i.title}
                          </Anchor>
                        </span>
                      ))}
                      {a.incidents.totalCount > incidents.length ? ` and ${a.incidents.totalCount - incidents.length} more` : ''}
                    </Text>
                  ) : (
                    <Text size="xs" c="dimmed">
                      Not linked to an incident
                    </Text>
                  )}
                  {a.statusReason ? (
                    <Text size="xs" c="dimmed">
                      Why: {a.statusReason}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={a.owner ? undefined : 'orange.8'} fw={a.owner ? undefined : 600}>
                    {a.owner?.name ?? 'No owner'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {a.team?.name ?? 'No team'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DueDate dueAt={a.dueAt} overdue={a.overdue} />
                </Table.Td>
                <Table.Td>
                  <ActionStatusBadge status={a.status} />
                </Table.Td>
                <Table.Td>
                  <WarningBadges warnings={a.warnings} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" align="flex-start">
                    <StatusControl action={a} onStale={onStale} />
                    {mayEditAction(viewer.role, viewer.id, a) ? (
                      <Button size="compact-xs" variant="subtle" onClick={() => onEdit(a.id)} aria-label={`Edit ${a.title}`}>
                        Edit
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
