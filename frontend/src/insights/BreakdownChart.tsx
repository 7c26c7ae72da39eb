import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';

import { formatShare } from './format';
import { groupID, groupLabel } from './keys';
import type { Group } from './query';

const chartLimit = 15;
const tableLimit = 20;

/**
 * BreakdownChart: incidents per group, as bars, with a table that says the
 * same in text (and opens each group's incidents).
 */
export function BreakdownChart({ groups, onOpen }: { groups: Group[]; onOpen: (g: Group) => void }) {
  const [all, setAll] = useState(false);
  if (groups.length === 0) {
    return (
      <Text c="dimmed" size="sm" fs="italic">
        No incidents match.
      </Text>
    );
  }
  const shown = groups.slice(0, chartLimit);
  const data = shown.map((g) => ({ group: groupLabel(g.keys), Incidents: g.figures.count }));
  return (
    <>
      <div role="img" aria-label={`Bar chart of incidents per group; the table below lists the same figures.`}>
        <BarChart
          h={Math.max(160, shown.length * 28 + 40)}
          data={data}
          dataKey="group"
          orientation="vertical"
          yAxisProps={{ width: 200 }}
          series={[{ name: 'Incidents', color: 'indigo.6' }]}
          withTooltip
          barProps={{ onClick: (_: unknown, i: number) => onOpen(shown[i]), cursor: 'pointer' }}
          gridAxis="x"
        />
      </div>
      {groups.length > chartLimit ? (
        <Text size="xs" c="dimmed">
          The chart shows the {chartLimit} largest groups; the table lists all {groups.length}.
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing={4} aria-label="Incidents per group">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Group</Table.Th>
              <Table.Th ta="right">Incidents</Table.Th>
              <Table.Th ta="right">Share</Table.Th>
              <Table.Th ta="right">Customers affected</Table.Th>
              <Table.Th ta="right">Actions done on time</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(all ? groups : groups.slice(0, tableLimit)).map((g) => (
              <Table.Tr key={groupID(g.keys)} data-testid="breakdown-row">
                <Table.Th scope="row" fw={500}>
                  {groupLabel(g.keys)}
                </Table.Th>
                <Table.Td ta="right">
                  <Anchor component="button" type="button" onClick={() => onOpen(g)} size="sm">
                    {g.figures.count}
                    <VisuallyHidden> incidents in {groupLabel(g.keys)}: show them</VisuallyHidden>
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{formatShare(g.figures.share)}</Table.Td>
                <Table.Td ta="right">
                  {g.figures.impact.known ? g.figures.impact.customersAffected.toLocaleString() : '—'}
                  {g.figures.impact.unknown ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (+{g.figures.impact.unknown} unknown)
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">
                  {g.figures.followThrough.total
                    ? `${g.figures.followThrough.doneOnTime} of ${g.figures.followThrough.total}`
                    : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {groups.length > tableLimit ? (
        <Button variant="subtle" size="xs" onClick={() => setAll(!all)} style={{ alignSelf: 'flex-start' }}>
          {all ? `Show the ${tableLimit} largest groups` : `Show all ${groups.length} groups`}
        </Button>
      ) : null}
    </>
  );
}
