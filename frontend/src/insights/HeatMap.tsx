import { Table, Text, UnstyledButton } from '@mantine/core';

import type { Key } from './query';

export interface HeatCell {
  row: Key;
  column: Key;
  count: number;
}

/** shade picks a background from light to dark indigo by the count's share of the largest. */
function shade(count: number, max: number): { bg: string; color: string } {
  if (!count) return { bg: 'transparent', color: 'var(--mantine-color-dimmed)' };
  const step = Math.min(9, 1 + Math.round((count / max) * 7));
  return { bg: `var(--mantine-color-indigo-${step})`, color: step >= 5 ? 'white' : 'var(--mantine-color-indigo-9)' };
}

const uniqueKeys = (keys: Key[]) => {
  const seen = new Map<string, Key>();
  for (const k of keys) if (!seen.has(k.value ?? '')) seen.set(k.value ?? '', k);
  return [...seen.values()];
};

/**
 * HeatMap is a grid of cells shaded by count: a real table, so each cell is
 * read with its row and column, and each count opens its incidents.
 */
export function HeatMap({
  cells,
  rowTitle,
  columnTitle,
  onOpen,
}: {
  cells: HeatCell[];
  rowTitle: string;
  columnTitle: string;
  onOpen: (cell: HeatCell) => void;
}) {
  if (cells.length === 0) {
    return (
      <Text c="dimmed" size="sm" fs="italic">
        No incidents match.
      </Text>
    );
  }
  const rowTotals = new Map<string, number>();
  for (const c of cells) rowTotals.set(c.row.value ?? '', (rowTotals.get(c.row.value ?? '') ?? 0) + c.count);
  const rows = uniqueKeys(cells.map((c) => c.row)).sort((a, b) => (rowTotals.get(b.value ?? '') ?? 0) - (rowTotals.get(a.value ?? '') ?? 0));
  const columns = uniqueKeys(cells.map((c) => c.column)).sort((a, b) => a.label.localeCompare(b.label));
  const at = new Map(cells.map((c) => [`${c.row.value ?? ''}|${c.column.value ?? ''}`, c]));
  const max = Math.max(...cells.map((c) => c.count));

  return (
    <Table.ScrollContainer minWidth={columns.length * 90 + 180}>
      <Table withTableBorder withColumnBorders verticalSpacing={2} horizontalSpacing={4} aria-label={`Incidents by ${rowTitle} and ${columnTitle}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              {rowTitle} \ {columnTitle}
            </Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.value ?? ''} ta="center" fz="xs">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.value ?? ''}>
              <Table.Th scope="row" fz="xs" fw={500}>
                {r.label}
              </Table.Th>
              {columns.map((c) => {
                const cell = at.get(`${r.value ?? ''}|${c.value ?? ''}`);
                const { bg, color } = shade(cell?.count ?? 0, max);
                return (
                  <Table.Td key={c.value ?? ''} p={0} style={{ background: bg, color }}>
                    {cell ? (
                      <UnstyledButton
                        w="100%"
                        p={4}
                        ta="center"
                        fz="sm"
                        fw={600}
                        style={{ color: 'inherit' }}
                        onClick={() => onOpen(cell)}
                        aria-label={`${cell.count} incidents: ${r.label} and ${c.label}. Show them`}
                      >
                        {cell.count}
                      </UnstyledButton>
                    ) : (
                      <Text ta="center" fz="xs" c="dimmed" aria-label="none">
                        ·
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
  );
}
