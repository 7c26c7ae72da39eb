import { Anchor, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';

import { plural } from '../lib/format';
import type { Analysis } from './query';

/** Overview: how many incidents the view covers and their customer impact, each with its definition. */
export function Overview({ analysis, onOpen }: { analysis: Analysis; onOpen: () => void }) {
  const { total } = analysis;
  const countDefinition = analysis.definitions.find((d) => d.key === 'count')?.definition;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Overview">
      <Group gap="xl" align="flex-start" wrap="wrap">
        <Stack gap={2} maw={360}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Incidents
          </Text>
          <Anchor component="button" type="button" fz={28} fw={700} onClick={onOpen} data-testid="total-count" style={{ alignSelf: 'flex-start' }}>
            {total.count}
            <VisuallyHidden> incidents: show them</VisuallyHidden>
          </Anchor>
          {countDefinition ? (
            <Text size="xs" c="dimmed">
              {countDefinition}
            </Text>
          ) : null}
        </Stack>
        <Stack gap={2} maw={360}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Customers affected
          </Text>
          <Text fz={28} fw={700}>
            {total.impact.customersAffected.toLocaleString()}
          </Text>
          <Text size="xs" c="dimmed">
            {total.impact.definition} Estimated for {plural(total.impact.known, 'incident')}; {total.impact.unknown} without an estimate.
          </Text>
        </Stack>
        <Stack gap={2} maw={360}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Actions done on time
          </Text>
          <Text fz={28} fw={700}>
            {total.followThrough.total ? `${total.followThrough.doneOnTime} of ${total.followThrough.total}` : '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {analysis.definitions.find((d) => d.key === 'followThrough')?.definition}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
