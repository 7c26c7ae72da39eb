import { useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import { graphql } from '../gql';
import type { ReviewMode } from '../gql/graphql';
import { mayEditIncident } from './incidentAccess';
import { conflict, errorText, useBoard } from './board';
import type { Incident } from './query';

const openReview = graphql(`
  mutation OpenReview($incidentID: ID!, $version: Int!, $mode: ReviewMode!, $dueAt: Time) {
    openReview(incidentID: $incidentID, version: $version, mode: $mode, dueAt: $dueAt) {
      id
      version
      status
      reviewMode
      reviewDueAt
    }
  }
`);

const closeReview = graphql(`
  mutation CloseReview($incidentID: ID!, $version: Int!) {
    closeReview(incidentID: $incidentID, version: $version) {
      id
      version
      status
    }
  }
`);

/**
 * ReviewControls lets the facilitator (or whoever opened the incident, or
 * an analyst) open the review, async or as a meeting, and close it. While
 * the incident is still RESPONDING the server refuses to open its review:
 * the button says so rather than just being greyed out.
 */
export function ReviewControls({ incident }: { incident: Incident }) {
  const { viewer } = useSession();
  const { refetch } = useBoard();
  const [mode, setMode] = useState<string>(incident.reviewMode ?? 'ASYNC');
  const [due, setDue] = useState(incident.reviewDueAt ? incident.reviewDueAt.slice(0, 10) : '');
  const [openState, runOpen] = useMutation(openReview);
  const [closeState, runClose] = useMutation(closeReview);
  if (!mayEditIncident(viewer.role, viewer.id, incident)) return null;
  const error = openState.error ?? closeState.error;
  const reviewing = incident.status === 'REVIEWING';
  const responding = incident.status === 'RESPONDING';

  const open = async () => {
    const r = await runOpen({
      incidentID: incident.id,
      version: incident.version,
      mode: mode as ReviewMode,
      dueAt: due ? new Date(`${due}T17:00:00`).toISOString() : null,
    });
    if (!r.error || conflict(r.error)) await refetch();
  };
  const close = async () => {
    const r = await runClose({ incidentID: incident.id, version: incident.version });
    if (!r.error || conflict(r.error)) await refetch();
  };

  return (
    <Stack gap="xs" mt="sm" data-testid="review-controls">
      <Group gap="xs" align="flex-end">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={setMode}
          data={[
            { value: 'ASYNC', label: 'Async' },
            { value: 'MEETING', label: 'Meeting' },
          ]}
          aria-label="How the review happens"
        />
        <TextInput type="date" size="xs" label="Due" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
      </Group>
      <Group gap="xs">
        <Button
          size="xs"
          onClick={open}
          loading={openState.fetching}
          disabled={responding}
          aria-describedby={responding ? 'review-blocked' : undefined}
        >
          {reviewing ? 'Update review' : 'Open review'}
        </Button>
        {reviewing ? (
          <Button size="xs" variant="light" onClick={close} loading={closeState.fetching}>
            Close review
          </Button>
        ) : null}
      </Group>
      {responding ? (
        <Text size="xs" c="dimmed" id="review-blocked">
          Resolve the incident first: under Milestones, record when it was resolved and mark it resolved.
        </Text>
      ) : null}
      {error ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {conflict(error) ? 'Someone else changed this incident meanwhile; the board now shows their version — try again.' : errorText(error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
