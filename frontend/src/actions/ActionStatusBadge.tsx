import { Badge } from '@mantine/core';
import { actionStatusColor, actionStatusLabel, label } from '../lib/format';

export function ActionStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={actionStatusColor[status] ?? 'gray'} variant="light" radius="sm">
      {label(actionStatusLabel, status)}
    </Badge>
  );
}
