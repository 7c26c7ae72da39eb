import type { ReactNode } from 'react';
import { Button, Group, Loader, Paper, Text, Title } from '@mantine/core';

import type { ListPaging } from './board';

/** Section is one titled part of the incident page, reachable by #id. */
export function Section({
  id,
  title,
  description,
  aside,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" id={id} aria-labelledby={`${id}-heading`} className="incident-section">
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={2} size="h3" id={`${id}-heading`}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </div>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" size="sm" fs="italic">
      {children}
    </Text>
  );
}

/**
 * Truncated says so when a list shows fewer records than it has: the board
 * loads every page of its lists (see usePagedConnection), so only a list
 * past maxPagedRecords, or one without paging, shows it (see MorePages).
 */
function Truncated({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return (
    <Text size="sm" c="orange.8" mt="sm">
      Showing the first {shown} of {total} {what}.
    </Text>
  );
}

/**
 * MorePages is the foot of a list whose further pages are loading: it says
 * how many records are still to come, or that they could not be loaded,
 * with a retry. Nothing when the whole list is shown.
 */
export function MorePages({ paging, shown, total, what }: { paging?: ListPaging; shown: number; total: number; what: string }) {
  if (!paging) return <Truncated shown={shown} total={total} what={what} />;
  if (paging.error) {
    return (
      <Group gap="xs" mt="sm" role="alert">
        <Text size="sm" c="red.8">
          {paging.missing > 0 ? `${paging.missing} more ${what} could not be loaded.` : `Some ${what} could not be loaded.`}
        </Text>
        <Button size="compact-xs" variant="light" color="red" onClick={paging.retry}>
          Retry
        </Button>
      </Group>
    );
  }
  if (paging.loading) {
    return (
      <Group gap="xs" mt="sm" role="status" data-testid="loading-more">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Loading {paging.missing} more {what}…
        </Text>
      </Group>
    );
  }
  return paging.capped ? <Truncated shown={shown} total={total} what={what} /> : null;
}
