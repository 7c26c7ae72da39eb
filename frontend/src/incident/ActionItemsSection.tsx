import { useCallback, useEffect, useMemo, useState } from 'react';
import { Anchor, Button, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useLocation } from 'react-router';
import { useClient, useQuery } from 'urql';

import { ActionForm } from '../actions/ActionForm';
import { ActionStatusBadge } from '../actions/ActionStatusBadge';
import { DueDate } from '../actions/DueDate';
import { FigureTiles } from '../actions/Figures';
import type { ActionItemFields } from '../actions/fields';
import { StatusControl } from '../actions/StatusControl';
import { WarningBadges } from '../actions/WarningBadges';
import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { graphql } from '../gql';
import { label, priorityLabel, safeHref, sizeLabel } from '../lib/format';
import { mayEditAction } from '../lib/followup';
import { canWrite } from '../lib/roles';
import { usePagedConnection } from '../lib/usePagedConnection';
import { useBoard } from './board';
import { LearningsApplied } from './LearningsApplied';
import { useFresh } from './live';
import { nodes, type Incident } from './query';
import { Empty, MorePages, Section } from './Section';
import { useBoardSync } from './useBoardSync';

const incidentActionsQuery = graphql(`
  query IncidentActions($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        version
        status
        createdByID
        learningsOverrideReason
        facilitator {
          id
        }
        followThrough {
          total
          doneOnTime
          doneLate
          open
          overdue
          dropped
          onTimeShare
        }
        actionItems(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...ActionItemFields
            }
          }
        }
      }
    }
  }
`);

// The actions after the first 100, a page at a time (see usePagedConnection).
// Pages go in order of creation, which every action has: a due date may be
// missing, and a cursor cannot stand on a missing value. byDue sorts them
// for the table.
const incidentActionsPageQuery = graphql(`
  query IncidentActionsPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        actionItems(first: 100, after: $after, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...ActionItemFields
            }
          }
        }
      }
    }
  }
`);

/** Soonest due first; undated ones last (databases disagree on where NULL sorts). */
function byDue(a: ActionItemFields, b: ActionItemFields) {
  return a.dueAt === b.dueAt ? 0 : !a.dueAt ? 1 : !b.dueAt ? -1 : a.dueAt < b.dueAt ? -1 : 1;
}

/**
 * ActionItemsSection: what the incident's review decided to change, who
 * owns it, by when, whether it is on track, and whether the learnings can
 * be called applied.
 */
export function ActionItemsSection({ incident }: { incident: Incident }) {
  const { viewer } = useSession();
  const { refetch: refetchBoard } = useBoard();
  const context = useMemo(() => ({ additionalTypenames: ['ActionItem'] }), []);
  const [result, reexecute] = useQuery({ query: incidentActionsQuery, variables: { id: incident.id }, context });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useBoardSync(reload);
  const [editing, setEditing] = useState<'new' | string | null>(null);

  const node = result.data?.node;
  const data = node?.__typename === 'Incident' ? node : undefined;
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string) => {
      const r = await client.query(incidentActionsPageQuery, { id: incident.id, after }, { requestPolicy: 'network-only' }).toPromise();
      const more = r.data?.node;
      return { error: r.error, page: more?.__typename === 'Incident' ? more.actionItems : undefined };
    },
    [client, incident.id],
  );
  const { edges, ...paging } = usePagedConnection(data?.actionItems, fetchPage);
  const items = nodes({ edges }).sort(byDue);
  useScrollToHashedAction(items.length > 0);
  const editingAction = editing && editing !== 'new' ? items.find((a) => a.id === editing) : undefined;

  const saved = () => {
    setEditing(null);
    void refetchBoard();
  };

  return (
    <Section
      id="actions"
      title="Action items"
      description="What we decided to change, who owns it and by when."
      aside={
        canWrite(viewer.role) ? (
          <Button size="xs" onClick={() => setEditing('new')}>
            New action
          </Button>
        ) : null
      }
    >
      <Stack gap="md">
        {result.error && !data ? <ErrorNotice error={result.error} onRetry={reload} /> : null}
        {data ? (
          <Stack gap="xs">
            <Title order={3} size="h5">
              Follow-through
            </Title>
            <FigureTiles figures={data.followThrough} label="How this incident's actions fared" />
          </Stack>
        ) : null}
        {!data && result.fetching ? (
          <Text size="sm" c="dimmed">
            Loading the actions…
          </Text>
        ) : items.length === 0 && data ? (
          <Empty>No action items yet.</Empty>
        ) : items.length ? (
          <ActionsTable items={items} onEdit={setEditing} onStale={reload} />
        ) : null}
        {data ? <MorePages paging={paging} shown={items.length} total={data.actionItems.totalCount} what="action items" /> : null}
        {data ? <LearningsApplied incident={{ ...data, id: incident.id }} onChanged={() => void refetchBoard()} /> : null}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editingAction ? 'Edit action' : 'New action'}
        size="xl"
      >
        {editing === 'new' ? (
          <ActionForm from={{ incidentIDs: [incident.id] }} onSaved={saved} onCancel={() => setEditing(null)} />
        ) : editingAction ? (
          <ActionForm key={editingAction.id} action={editingAction} onSaved={saved} onCancel={() => setEditing(null)} onStale={reload} />
        ) : null}
      </Modal>
    </Section>
  );
}

function ActionsTable({ items, onEdit, onStale }: { items: ActionItemFields[]; onEdit: (id: string) => void; onStale: () => void }) {
  const { viewer } = useSession();
  const fresh = useFresh();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" aria-label="Action items of this incident">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Action</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Priority · size</Table.Th>
            <Table.Th>Warnings</Table.Th>
            <Table.Th>
              <VisuallyHidden>Edit</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => {
            const href = safeHref(a.trackerURL);
            return (
              <Table.Tr key={a.id} id={`action-${a.id}`} data-testid="action-row" className={fresh.has(a.id) ? 'is-fresh' : undefined}>
                <Table.Td style={{ maxWidth: 380 }}>
                  <Text size="sm" fw={600}>
                    {a.title}
                  </Text>
                  {a.insight ? (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      From insight:{' '}
                      <Anchor href={`#insight-${a.insight.id}`} size="xs">
                        {a.insight.statement}
                      </Anchor>
                    </Text>
                  ) : null}
                  {a.description ? (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {a.description}
                    </Text>
                  ) : null}
                  {a.statusReason ? (
                    <Text size="xs" c="dimmed">
                      Why: {a.statusReason}
                    </Text>
                  ) : null}
                  {href ? (
                    <Anchor href={href} size="xs" target="_blank" rel="noopener noreferrer">
                      Open in tracker ↗
                    </Anchor>
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
                  <Stack gap={4} align="flex-start">
                    <ActionStatusBadge status={a.status} />
                    <StatusControl action={a} onStale={onStale} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={a.priority === 'CRITICAL' || a.priority === 'HIGH' ? 600 : undefined}>
                    {label(priorityLabel, a.priority)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {label(sizeLabel, a.size)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <WarningBadges warnings={a.warnings} />
                </Table.Td>
                <Table.Td>
                  {mayEditAction(viewer.role, viewer.id, a) ? (
                    <Button size="compact-xs" variant="subtle" onClick={() => onEdit(a.id)} aria-label={`Edit ${a.title}`}>
                      Edit
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A link to #action-<id> (e.g. from the inbox) scrolls to that action once the list is there. */
function useScrollToHashedAction(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith('#action-')) return;
    const el = document.getElementById(hash.slice(1));
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('is-fresh');
    const t = window.setTimeout(() => el.classList.remove('is-fresh'), 4000);
    return () => window.clearTimeout(t);
  }, [ready, hash]);
}
