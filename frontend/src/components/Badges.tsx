import { Badge, Tooltip } from '@mantine/core';
import { label, severityColor, severityHelp, statusColor, statusLabel } from '../lib/format';

export function SeverityBadge({ severity, size = 'md' }: { severity: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Tooltip label={severityHelp[severity] ?? severity} withArrow openDelay={300}>
      <Badge
        color={severityColor[severity] ?? 'gray'}
        variant={severity === 'SEV1' || severity === 'SEV2' ? 'filled' : 'light'}
        size={size}
        radius="sm"
        aria-label={`Severity ${severityHelp[severity] ?? severity}`}
      >
        {severity}
      </Badge>
    </Tooltip>
  );
}

export function StatusBadge({ status, size = 'md' }: { status: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    // At least as wide as its label: a Badge cuts its label short with an
    // ellipsis, and a table squeezing its columns would make "Learnings a…".
    <Badge color={statusColor[status] ?? 'gray'} variant="dot" size={size} radius="sm" miw="max-content">
      {label(statusLabel, status)}
    </Badge>
  );
}
