import { useCallback, useState } from 'react';
import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import { useSession } from '../auth/viewer';
import { formatDateTime, formatDuration } from '../lib/format';
import { mayEditIncident } from './incidentAccess';
import { milestoneSteps, type MilestoneKey } from './incidentFields';
import type { Incident } from './query';
import { RecordMilestone } from './RecordMilestone';

/**
 * Milestones shows when the incident started, was noticed, picked up,
 * eased and over, each with its full date and time, then the spans between
 * them in words. Each span is this incident's own, never an average.
 * Whoever may change the incident records a missing time or corrects one.
 */
export function Milestones({ incident }: { incident: Incident }) {
  const { viewer } = useSession();
  const may = mayEditIncident(viewer.role, viewer.id, incident);
  const [editing, setEditing] = useState<MilestoneKey | null>(null);
  const done = useCallback(() => setEditing(null), []);
  const steps = milestoneSteps.map((s) => ({ ...s, at: incident[s.key] }));
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
          <li key={s.key} data-reached={s.at ? 'true' : 'false'} data-testid={`milestone-${s.key}`}>
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
            {may ? (
              <Button
                size="compact-xs"
                variant="subtle"
                px={0}
                onClick={() => setEditing(s.key)}
                aria-label={`${s.at ? 'Correct' : 'Record'} ${s.label.toLowerCase()} time`}
              >
                {s.at ? 'Correct' : 'Record'}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {editing ? <RecordMilestone key={editing} incident={incident} milestone={editing} onDone={done} /> : null}
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
