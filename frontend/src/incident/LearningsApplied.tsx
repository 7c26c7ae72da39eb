import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import { graphql } from '../gql';
import { formErrors, mayAnalyse } from '../lib/followup';
import { plural } from '../lib/format';

const markLearningsApplied = graphql(`
  mutation MarkLearningsApplied($incidentID: ID!, $version: Int!, $overrideReason: String) {
    markLearningsApplied(incidentID: $incidentID, version: $version, overrideReason: $overrideReason) {
      id
      version
      status
      learningsOverrideReason
    }
  }
`);

export interface LearningsIncident {
  id: string;
  version: number;
  status: string;
  createdByID?: string | null;
  facilitator?: { id: string } | null;
  learningsOverrideReason?: string | null;
  followThrough: { open: number; overdue: number; total: number };
}

/**
 * LearningsApplied closes the learning loop: an incident's learnings count
 * as applied when every action that came out of it is done or dropped.
 * While some are open it says so; an analyst or admin may still mark it,
 * giving a reason the history keeps.
 */
export function LearningsApplied({ incident, onChanged }: { incident: LearningsIncident; onChanged: () => void }) {
  const { viewer } = useSession();
  const [state, run] = useMutation(markLearningsApplied);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const errors = formErrors(state.error, ['overrideReason']);
  const analyst = mayAnalyse(viewer.role);
  const own = viewer.role === 'MEMBER' && (incident.createdByID === viewer.id || incident.facilitator?.id === viewer.id);
  const { open, overdue } = incident.followThrough;

  if (incident.status === 'LEARNINGS_APPLIED') {
    return (
      <Alert color="green" variant="light" title="Learnings applied" data-testid="learnings-applied">
        {incident.learningsOverrideReason ? `Marked while actions were still open, because: ${incident.learningsOverrideReason}` : 'Every action from this incident was done or dropped.'}
      </Alert>
    );
  }

  const mark = async (overrideReason?: string) => {
    const r = await run({ incidentID: incident.id, version: incident.version, overrideReason: overrideReason ?? null });
    if (!r.error || formErrors(r.error).code === 'CONFLICT') onChanged();
    if (!r.error) setOverriding(false);
  };

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="learnings-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="learnings-heading">
          Learnings applied?
        </Title>
        {open === 0 ? (
          <Text size="sm">
            {incident.followThrough.total ? 'Every action from this incident is done or dropped.' : 'This incident has no actions.'}
          </Text>
        ) : (
          <Text size="sm">
            {plural(open, 'action')} {open === 1 ? 'is' : 'are'} still open{overdue ? `, ${overdue} overdue` : ''}. Learnings count as applied when every action is done
            or dropped with a reason.
            {!analyst ? ' An analyst can mark them applied sooner, with a reason.' : ''}
          </Text>
        )}
        {open === 0 && (analyst || own) ? (
          <Group>
            <Button size="xs" color="green" onClick={() => void mark()} loading={state.fetching}>
              Mark learnings applied
            </Button>
          </Group>
        ) : null}
        {open > 0 && analyst ? (
          overriding ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (reason.trim()) void mark(reason.trim());
              }}
            >
              <Stack gap="xs">
                <Textarea
                  label="Why mark the learnings applied with actions still open?"
                  description="The activity history keeps this reason."
                  required
                  autosize
                  minRows={2}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  error={errors.fields.overrideReason}
                />
                <Group gap="xs">
                  <Button type="submit" size="xs" color="orange" disabled={!reason.trim()} loading={state.fetching}>
                    Mark learnings applied anyway
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setOverriding(false)}>
                    Cancel
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Anchor component="button" type="button" size="sm" onClick={() => setOverriding(true)} style={{ alignSelf: 'flex-start' }}>
              Mark applied anyway, with a reason…
            </Anchor>
          )
        ) : null}
        {errors.code === 'CONFLICT' ? (
          <Alert color="orange" variant="light" role="alert" p="xs">
            Someone else changed this incident meanwhile; the page now shows their version. Try again.
          </Alert>
        ) : errors.other ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errors.other}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
