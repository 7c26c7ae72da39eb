import { Badge, SimpleGrid, Stack, Table, Text } from '@mantine/core';

import { departmentLabel, formatDateTime, label } from '../lib/format';
import { nodes, type Incident } from './query';
import { Empty, Section } from './Section';

/** BoardPanels: who has been heard how much, and what changed lately. */
export function BoardPanels({ incident }: { incident: Incident }) {
  const board = incident.board;
  const activities = nodes(incident.activities);
  const share = board?.facilitatorShare;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Section id="participation" title="Participation" description="Whose voice the board carries. A balanced review hears from everyone.">
        {!board || board.participation.length === 0 ? (
          <Empty>No contributions yet.</Empty>
        ) : (
          <Stack gap="sm">
            {share != null ? (
              <Text size="sm" data-testid="facilitator-share">
                Facilitator&apos;s share of contributions: <b>{Math.round(share * 100)}%</b>
                {share > 0.5 ? (
                  <Badge ml="xs" color="orange" variant="light" size="sm">
                    high — invite others to tell their part
                  </Badge>
                ) : null}
              </Text>
            ) : null}
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              By department
            </Text>
            <SimpleGrid cols={{ base: 2, xs: 3 }} spacing={4}>
              {board.departments.map((d) => (
                <Text key={d.department} size="sm">
                  {label(departmentLabel, d.department)}: <b>{d.total}</b>
                </Text>
              ))}
            </SimpleGrid>
            <Table.ScrollContainer minWidth={520}>
              <Table striped withTableBorder fz="sm" aria-label="Contributions by person">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Person</Table.Th>
                    <Table.Th>Events</Table.Th>
                    <Table.Th>Perspectives</Table.Th>
                    <Table.Th>Answers</Table.Th>
                    <Table.Th>Comments</Table.Th>
                    <Table.Th>Total</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {board.participation.map((p) => (
                    <Table.Tr key={p.user.id}>
                      <Table.Td>
                        {p.user.name}{' '}
                        <Text span size="xs" c="dimmed">
                          {label(departmentLabel, p.department)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{p.events}</Table.Td>
                      <Table.Td>{p.perspectives}</Table.Td>
                      <Table.Td>{p.answers}</Table.Td>
                      <Table.Td>{p.comments}</Table.Td>
                      <Table.Td fw={600}>{p.total}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Section>
      <Section id="activity" title="Recent activity" description="Who changed what on this board, newest first.">
        {activities.length === 0 ? (
          <Empty>Nothing recorded yet.</Empty>
        ) : (
          <ol className="activity-list" data-testid="activity">
            {activities.map((a) => (
              <li key={a.id}>
                <Text size="sm">{a.summary}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(a.createdAt)}
                  {a.changes && a.changes.length > 0 && a.action === 'UPDATED'
                    ? ` · ${a.changes.map((c) => `${c.field}: ${c.old ?? '—'} → ${c.new ?? '—'}`).join('; ')}`
                    : ''}
                </Text>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </SimpleGrid>
  );
}
