import { Badge, Group, Tooltip } from '@mantine/core';
import { label } from '../lib/format';
import { warningLabel } from '../lib/followup';

type Warning = { kind: string; message: string; accepted: boolean };

/**
 * WarningBadges shows an action's Goldilocks warnings: unaccepted ones
 * filled in orange, so they stand out; accepted ones quiet, marked as such.
 * The message is in the tooltip and in the badge's accessible name.
 */
export function WarningBadges({ warnings }: { warnings: readonly Warning[] }) {
  if (warnings.length === 0) return null;
  const sorted = [...warnings].sort((a, b) => Number(a.accepted) - Number(b.accepted));
  return (
    <Group gap={4} data-testid="action-warnings">
      {sorted.map((w) => (
        <Tooltip key={w.kind} label={w.message} multiline w={280} withArrow openDelay={200}>
          <Badge
            size="sm"
            radius="sm"
            color={w.accepted ? 'gray' : 'orange'}
            variant={w.accepted ? 'outline' : 'filled'}
            aria-label={`${w.accepted ? 'Accepted warning' : 'Warning'}: ${label(warningLabel, w.kind)}. ${w.message}`}
            data-accepted={w.accepted || undefined}
          >
            {w.accepted ? '✓ ' : '⚠ '}
            {label(warningLabel, w.kind)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
