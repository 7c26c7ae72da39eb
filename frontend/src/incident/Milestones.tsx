import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDateTime, formatDuration } from '../lib/format';
import type { Incident } from './query';

/**
 * Milestones shows when the incident started, was noticed, picked up,
 * eased and over, each with its full date and time, then the spans between
 * them in words. Each span is this incident's own, never an average.
 */
export function Milestones({ incident }: { incident: Incident }) {
  const steps = [
    { label: 'Started', at: incident.startedAt },
    { label: 'Detected', at: incident.detectedAt },
    { label: 'Acknowledged', at: incident.acknowledgedAt },
    { label: 'Mitigated', at: incident.mitigatedAt },
    { label: 'Resolved', at: incident.resolvedAt },
  ];
  const d = incident.durations;
  const spans = [
    { label: 'Time to detect', seconds: d.timeToDetect, help: 'from start until someone noticed' },
    { label: 'Time to acknowledge', seconds: d.timeToAcknowledge, help: 'from detection until a person picked it up' },
    { label: 'Time to mitigate', seconds: d.timeToMitigate, help: 'from start until customers stopped feeling it' },
    { label: 'Time to resolve', seconds: d.timeToResolve, help: 'from start until it was fully fixed' },
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="milestones-heading">
      <Title order={2} size="h5" id="milestones-heading">
        Milestones
      </Title>
      <ol className="milestones">
        {steps.map((s) => (
          <li key={s.label} data-reached={s.at ? 'true' : 'false'}>
            <span className="milestone-dot" aria-hidden="true" />
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {s.label}
            </Text>
            {s.at ? (
              <Text size="sm">
                <time dateTime={s.at}>{formatDateTime(s.at)}</time>
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                Not recorded
              </Text>
            )}
          </li>
        ))}
      </ol>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {spans.map((s) => (
          <div key={s.label} className="duration">
            <Text size="xs" c="dimmed">
              {s.label}
            </Text>
            <Text fw={700} size="lg">
              {s.seconds != null ? formatDuration(s.seconds) : '—'}
            </Text>
            <Text size="xs" c="dimmed">
              {s.seconds != null ? s.help : 'not known yet'}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
