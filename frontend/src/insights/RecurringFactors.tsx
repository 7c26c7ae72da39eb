import { Anchor, Group, List, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

import type { Analysis } from './query';

type Recurring = Analysis['recurringFactors'][number];

/** RecurringFactors lists the factor categories seen again and again, with their latest incidents. */
export function RecurringFactors({ factors, onOpen }: { factors: Recurring[]; onOpen: (f: Recurring) => void }) {
  if (factors.length === 0) {
    return (
      <Text c="dimmed" size="sm" fs="italic">
        No factor category recurs in these incidents.
      </Text>
    );
  }
  return (
    <List listStyleType="none" spacing="sm" aria-label="Recurring factor categories">
      {factors.map((f) => (
        <List.Item key={f.key.value ?? 'none'}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {f.key.label}
            </Text>
            <Anchor component="button" type="button" size="sm" onClick={() => onOpen(f)}>
              {f.incidentCount} incidents
              <VisuallyHidden> with {f.key.label}: show them</VisuallyHidden>
            </Anchor>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={2}>
            Latest:{' '}
            {f.incidents.slice(0, 3).map((i, n) => (
              <span key={i.id}>
                {n ? ' · ' : ''}
                <Anchor component={Link} to={`/incidents/${encodeURIComponent(i.id)}`} size="xs">
                  {i.title}
                </Anchor>
              </span>
            ))}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
