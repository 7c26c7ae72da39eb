import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { AnnotationFieldsFragment } from '../gql/graphql';
import { formatDate } from '../lib/format';

export const scopeLabel: Record<string, string> = {
  INCIDENT: 'Incident',
  PERIOD: 'Period',
  SERVICE: 'Service',
  FIGURE: 'Figure',
};

/** What an annotation is about, in words and links. */
function About({ a }: { a: AnnotationFieldsFragment }) {
  switch (a.scope) {
    case 'INCIDENT':
      return a.incident ? (
        <Anchor component={Link} to={`/incidents/${encodeURIComponent(a.incident.id)}`} size="xs">
          {a.incident.title}
        </Anchor>
      ) : null;
    case 'SERVICE':
      return a.service ? (
        <Anchor component={Link} to={`/services/${encodeURIComponent(a.service.id)}`} size="xs">
          {a.service.name}
        </Anchor>
      ) : null;
    case 'PERIOD':
      return (
        <Text span size="xs">
          {formatDate(a.periodStart)} – {a.periodEnd ? formatDate(new Date(Date.parse(a.periodEnd) - 1).toISOString()) : ''}
        </Text>
      );
    default:
      return null;
  }
}

/**
 * AnnotationList shows context notes as they travel with a figure: the
 * note, what it is about, and who wrote it when.
 */
export function AnnotationList({ annotations, empty }: { annotations: AnnotationFieldsFragment[]; empty?: string }) {
  if (annotations.length === 0) {
    return empty ? (
      <Text size="xs" c="dimmed">
        {empty}
      </Text>
    ) : null;
  }
  return (
    <List spacing={6} size="sm" listStyleType="none" aria-label="Context notes">
      {annotations.map((a) => (
        <List.Item key={a.id} data-testid="annotation">
          <Text size="sm">{a.body}</Text>
          <Group gap={6} mt={2}>
            <Badge size="xs" variant="light" color="grape" radius="sm">
              {scopeLabel[a.scope] ?? a.scope}
            </Badge>
            <About a={a} />
            <Text span size="xs" c="dimmed">
              {a.createdBy?.name ?? 'Someone'}, {formatDate(a.createdAt)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
