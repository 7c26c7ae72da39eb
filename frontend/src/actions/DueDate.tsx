import { Text } from '@mantine/core';
import { formatDate, formatDateTime } from '../lib/format';
import { relativeDays } from '../lib/followup';

/** DueDate shows when an action is due; an overdue one in red, saying so in words. */
export function DueDate({ dueAt, overdue }: { dueAt: string | null | undefined; overdue: boolean }) {
  if (!dueAt) {
    return (
      <Text size="sm" c="dimmed">
        No date
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm" title={formatDateTime(dueAt)} c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={dueAt}>{formatDate(dueAt)}</time>
      </Text>
      <Text size="xs" c={overdue ? 'red.8' : 'dimmed'} fw={overdue ? 600 : undefined}>
        {overdue ? `Overdue, due ${relativeDays(dueAt)}` : relativeDays(dueAt)}
      </Text>
    </div>
  );
}
