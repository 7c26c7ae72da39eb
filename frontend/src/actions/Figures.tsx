import { Group, Paper, Stack, Text } from '@mantine/core';
import { share } from '../lib/followup';

export interface FiguresData {
  total: number;
  doneOnTime: number;
  doneLate: number;
  open: number;
  overdue: number;
  dropped: number;
  onTimeShare?: number | null;
}

/** The outcomes in the order people read them, with a colour for each. */
export const outcomes = [
  { key: 'doneOnTime', label: 'Done on time', color: 'green.8' },
  { key: 'doneLate', label: 'Done late', color: 'yellow.9' },
  { key: 'open', label: 'Open', color: 'blue.8' },
  { key: 'overdue', label: 'Overdue', color: 'red.8' },
  { key: 'dropped', label: 'Dropped', color: 'gray.7' },
] as const;

/** FigureTiles shows one set of follow-through figures as counts and shares of the total. */
export function FigureTiles({ figures, label }: { figures: FiguresData; label: string }) {
  return (
    <Group gap="xs" role="list" aria-label={label}>
      <Tile name="Actions" count={figures.total} />
      {outcomes.map((o) => (
        <Tile key={o.key} name={o.label} count={figures[o.key]} shareText={share(figures[o.key], figures.total)} color={o.color} />
      ))}
    </Group>
  );
}

function Tile({ name, count, shareText, color }: { name: string; count: number; shareText?: string; color?: string }) {
  return (
    <Paper role="listitem" withBorder radius="sm" px="sm" py={6} miw={92} aria-label={`${name}: ${count}${shareText ? ` (${shareText})` : ''}`}>
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {name}
        </Text>
        <Text fw={700} c={color}>
          {count}
          {shareText ? (
            <Text span size="xs" c="dimmed" fw={400} ml={4}>
              {shareText}
            </Text>
          ) : null}
        </Text>
      </Stack>
    </Paper>
  );
}
