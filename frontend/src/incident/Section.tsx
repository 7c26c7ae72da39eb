import type { ReactNode } from 'react';
import { Group, Paper, Text, Title } from '@mantine/core';

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

/** Truncated says so when a list holds more than one page. */
export function Truncated({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return (
    <Text size="sm" c="orange.8" mt="sm">
      Showing the first {shown} of {total} {what}.
    </Text>
  );
}
