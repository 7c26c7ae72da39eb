import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { hitHref, kindLabel, type SearchHit } from './query';
import { Snippet } from './Snippet';

/** SearchHitItem: one hit, its kind, the excerpt and a link to where it lives. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const href = hitHref(hit);
  return (
    <Paper withBorder radius="md" p="sm" component="li" data-testid="search-hit" style={{ listStyle: 'none' }}>
      <Stack gap={4}>
        <Group gap="xs">
          <Badge size="sm" variant="light" radius="sm">
            {kindLabel[hit.kind] ?? hit.kind}
          </Badge>
          {href ? (
            <Anchor component={Link} to={href} fw={600} size="sm">
              {hit.title}
            </Anchor>
          ) : (
            <Text fw={600} size="sm">
              {hit.title}
            </Text>
          )}
        </Group>
        <Snippet snippet={hit.snippet} />
        {hit.incident && hit.kind !== 'INCIDENT' ? (
          <Text size="xs" c="dimmed">
            In {hit.incident.title}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
