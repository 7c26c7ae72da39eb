import { Anchor, Badge, Table, Text } from '@mantine/core';
import { actionStatusColor, actionStatusLabel, formatDate, formatDateTime, label, priorityLabel, safeHref, sizeLabel } from '../lib/format';
import { useFresh } from './live';
import { nodes, type Incident } from './query';
import { Empty, Section, Truncated } from './Section';

const priorityColor: Record<string, string> = { CRITICAL: 'red', HIGH: 'orange', MEDIUM: 'blue', LOW: 'gray' };

export function ActionItemsSection({ incident }: { incident: Incident }) {
  const fresh = useFresh();
  // Soonest due first; undated ones last (databases disagree on where NULL sorts).
  const items = nodes(incident.actionItems).sort((a, b) =>
    a.dueAt === b.dueAt ? 0 : !a.dueAt ? 1 : !b.dueAt ? -1 : a.dueAt < b.dueAt ? -1 : 1,
  );
  return (
    <Section id="actions" title="Action items" description="What we decided to change, who owns it and by when.">
      {items.length === 0 ? (
        <Empty>No action items yet.</Empty>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Action</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Priority</Table.Th>
                <Table.Th>Size</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => {
                const href = safeHref(a.trackerURL);
                return (
                  <Table.Tr key={a.id} className={fresh.has(a.id) ? 'is-fresh' : undefined}>
                    <Table.Td style={{ maxWidth: 380 }}>
                      <Text size="sm" fw={600}>
                        {a.title}
                      </Text>
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
                      <Text size="sm" c={a.owner || a.team ? undefined : 'dimmed'}>
                        {a.owner?.name ?? 'No owner yet'}
                      </Text>
                      {a.team ? (
                        <Text size="xs" c="dimmed">
                          {a.team.name}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={actionStatusColor[a.status] ?? 'gray'} variant="light" radius="sm">
                        {label(actionStatusLabel, a.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {a.dueAt ? (
                        <Text size="sm" title={formatDateTime(a.dueAt)} style={{ whiteSpace: 'nowrap' }}>
                          <time dateTime={a.dueAt}>{formatDate(a.dueAt)}</time>
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          No date
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={priorityColor[a.priority] ?? 'gray'} variant="outline" radius="sm">
                        {label(priorityLabel, a.priority)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" title={label(sizeLabel, a.size)}>
                        {label(sizeLabel, a.size)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Truncated shown={items.length} total={incident.actionItems.totalCount} what="action items" />
    </Section>
  );
}
