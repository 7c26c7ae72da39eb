import { Anchor, Group, List, SegmentedControl, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

import { formatDate, formatDuration } from '../lib/format';
import { DistributionStrip, scaleFor } from './DistributionStrip';
import { groupID, groupLabel } from './keys';
import type { Distribution, Figures, Group as AnalysisGroup } from './query';

export const durationKeys = ['timeToDetect', 'timeToAcknowledge', 'timeToMitigate', 'timeToResolve'] as const;
export type DurationKey = (typeof durationKeys)[number];

export const durationLabel: Record<DurationKey, string> = {
  timeToDetect: 'Time to detect',
  timeToAcknowledge: 'Time to acknowledge',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
};

export const isDurationKey = (s: string | null): s is DurationKey => !!s && (durationKeys as readonly string[]).includes(s);

const groupLimit = 12;

/** DurationPicker chooses which duration the distributions show. */
export function DurationPicker({ value, onChange }: { value: DurationKey; onChange: (k: DurationKey) => void }) {
  return (
    <SegmentedControl
      aria-label="Duration"
      size="xs"
      value={value}
      onChange={(v) => onChange(v as DurationKey)}
      data={durationKeys.map((k) => ({ value: k, label: durationLabel[k] }))}
    />
  );
}

/** Outliers names the incidents above the 90th percentile, longest first, with links. */
function Outliers({ d }: { d: Distribution }) {
  if (d.outliers.length === 0) return null;
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        Above the 90th percentile
      </Text>
      <List size="sm" spacing={2} aria-label="Outliers">
        {d.outliers.map((o) => (
          <List.Item key={o.id}>
            <Anchor component={Link} to={`/incidents/${encodeURIComponent(o.id)}`} size="sm">
              {o.title}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              {formatDuration(o.value)} · {formatDate(o.startedAt)}
            </Text>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/**
 * Durations shows one duration as distributions: over all incidents and per
 * group, on one shared scale, never as a lone mean; the outliers named.
 */
export function Durations({
  figure,
  total,
  groups,
  onOpen,
}: {
  figure: DurationKey;
  total: Figures;
  groups: AnalysisGroup[];
  onOpen: (g: AnalysisGroup | null) => void;
}) {
  const shown = groups.slice(0, groupLimit);
  const all = total[figure];
  const scale = scaleFor([all, ...shown.map((g) => g.figures[figure])]);
  const rows: { id: string; name: string; d: Distribution; group: AnalysisGroup | null }[] = [
    { id: 'all', name: 'All incidents', d: all, group: null },
    ...shown.map((g) => ({ id: groupID(g.keys), name: groupLabel(g.keys), d: g.figures[figure], group: g })),
  ];
  return (
    <>
      <Group gap="md" fz="xs" c="dimmed">
        <Text size="xs">Bar: shortest to 90th percentile · dark mark: median · red dot: longest · log scale</Text>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={4} aria-label={`${durationLabel[figure]} per group`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Group</Table.Th>
              <Table.Th>Distribution</Table.Th>
              <Table.Th ta="right">Median</Table.Th>
              <Table.Th ta="right">90th pct.</Table.Th>
              <Table.Th ta="right">Incidents</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.id} data-testid="distribution-row">
                <Table.Th scope="row" fw={r.group ? 500 : 700}>
                  {r.name}
                </Table.Th>
                <Table.Td>
                  <DistributionStrip d={r.d} scale={scale} axis={i === rows.length - 1} />
                </Table.Td>
                <Table.Td ta="right">{r.d.n ? formatDuration(r.d.median) : '—'}</Table.Td>
                <Table.Td ta="right">{r.d.n ? formatDuration(r.d.p90) : '—'}</Table.Td>
                <Table.Td ta="right">
                  <Anchor component="button" type="button" size="sm" onClick={() => onOpen(r.group)}>
                    {r.d.n}
                    {r.d.open ? ` (+${r.d.open} open)` : ''}
                    <VisuallyHidden> incidents in {r.name}: show them</VisuallyHidden>
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {groups.length > groupLimit ? (
        <Text size="xs" c="dimmed">
          The {groupLimit} largest groups of {groups.length}.
        </Text>
      ) : null}
      <Outliers d={all} />
    </>
  );
}
