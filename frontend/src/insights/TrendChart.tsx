import { LineChart } from '@mantine/charts';
import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';

import { groupID } from './keys';
import type { Analysis, Key } from './query';

type Series = Analysis['trend'][number];
type Point = Series['points'][number];

const seriesLimit = 5;
const colors = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6'];

const total = (s: Series) => s.points.reduce((n, p) => n + p.count, 0);
const seriesName = (s: Series) => s.key?.label ?? 'All incidents';

/**
 * TrendChart: incidents per month or quarter, one line per group of the
 * first dimension (the largest few), and the same numbers as a table whose
 * cells open the incidents behind them.
 */
export function TrendChart({
  trend,
  onOpen,
}: {
  trend: Analysis['trend'];
  onOpen: (key: Key | null | undefined, point: Point) => void;
}) {
  const series = [...trend].sort((a, b) => total(b) - total(a)).slice(0, seriesLimit);
  if (series.length === 0 || series[0].points.length === 0) {
    return (
      <Text c="dimmed" size="sm" fs="italic">
        No incidents in this range.
      </Text>
    );
  }
  const periods = series[0].points;
  const data = periods.map((p, i) => Object.fromEntries([['period', p.period], ...series.map((s) => [seriesName(s), s.points[i]?.count ?? 0])]));
  return (
    <>
      <div role="img" aria-label="Line chart of incidents per period; the table below lists the same figures.">
        <LineChart
          h={240}
          data={data}
          dataKey="period"
          series={series.map((s, i) => ({ name: seriesName(s), color: colors[i % colors.length] }))}
          withLegend={series.length > 1}
          curveType="linear"
          withTooltip
        />
      </div>
      {trend.length > seriesLimit ? (
        <Text size="xs" c="dimmed">
          The {seriesLimit} groups with the most incidents in the range; {trend.length} in all.
        </Text>
      ) : null}
      <details>
        <summary>
          <Text span size="sm">
            Trend as a table
          </Text>
        </summary>
        <Table.ScrollContainer minWidth={400}>
          <Table striped verticalSpacing={2} aria-label="Incidents per period">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Period</Table.Th>
                {series.map((s) => (
                  <Table.Th key={groupID(s.key ? [s.key] : [])} ta="right">
                    {seriesName(s)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.map((p, i) => (
                <Table.Tr key={p.period}>
                  <Table.Th scope="row" fw={500}>
                    {p.period}
                  </Table.Th>
                  {series.map((s) => {
                    const point = s.points[i];
                    return (
                      <Table.Td key={groupID(s.key ? [s.key] : [])} ta="right">
                        {point?.count ? (
                          <Anchor component="button" type="button" size="sm" onClick={() => onOpen(s.key, point)}>
                            {point.count}
                            <VisuallyHidden>
                              {' '}
                              incidents, {seriesName(s)}, {p.period}: show them
                            </VisuallyHidden>
                          </Anchor>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            0
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </>
  );
}
