import { useCallback, useMemo, useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import type { IncidentStatus, UpdateIncidentInput } from '../gql/graphql';
import { formErrors } from '../lib/followup';
import { formatDateTime } from '../lib/format';
import { useBoard } from './board';
import { ConflictMerge, FieldEditor, SaveError, changedFields, useVersionedSave, type MergeField } from './ConflictMerge';
import { milestoneField, milestoneSteps, statusOptions, type MilestoneKey } from './incidentFields';
import type { Incident } from './query';

const updateMilestone = graphql(`
  mutation UpdateIncidentMilestone($id: ID!, $version: Int!, $input: UpdateIncidentInput!) {
    updateIncident(id: $id, version: $version, input: $input) {
      id
      version
      status
      startedAt
      detectedAt
      acknowledgedAt
      mitigatedAt
      resolvedAt
    }
  }
`);

type MilestoneValues = Record<string, string | null>;

const statusField: MergeField = { key: 'status', label: 'Status', kind: 'select', options: statusOptions };

/** thisMinute is now, without seconds: what a person would type for "just now". */
function thisMinute(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return d.toISOString();
}

/** milestoneInput is what changed from reference, as the API takes it. */
function milestoneInput(fields: MergeField[], values: MilestoneValues, reference: MilestoneValues): UpdateIncidentInput {
  const input: Record<string, unknown> = {};
  for (const key of changedFields(fields, values, reference)) input[key] = values[key];
  return input as UpdateIncidentInput;
}

/**
 * orderMessage words the server's "resolved_at (…) cannot be before
 * mitigated_at (…)" with the milestones' names and times as the board shows
 * them; any other message stays as it is.
 */
function orderMessage(message: string | undefined): string | undefined {
  if (!message) return message;
  const named = (field: string) => milestoneSteps.find((s) => s.key.replace(/At$/, '').toLowerCase() + '_at' === field)?.label.toLowerCase() ?? field;
  const m = /^(\w+) \(([^)]+)\) cannot be before (\w+) \(([^)]+)\)$/.exec(message);
  if (!m) return message;
  return `The ${named(m[1])} time (${formatDateTime(m[2])}) cannot be before the ${named(m[3])} time (${formatDateTime(m[4])}).`;
}

/**
 * RecordMilestone records one milestone time of the incident, or corrects
 * it, on the version the board showed when the dialog opened (a conflict
 * opens the merge dialog). Recording when an incident still RESPONDING was
 * resolved also offers to move it to RESOLVED, which is what lets its
 * review open. The server checks the milestones' order and says which one
 * a time may not precede; the message is shown on the time.
 */
export function RecordMilestone({ incident, milestone, onDone }: { incident: Incident; milestone: MilestoneKey; onDone: () => void }) {
  const { refetch } = useBoard();
  const step = milestoneSteps.find((s) => s.key === milestone)!;
  const offersResolve = milestone === 'resolvedAt' && incident.status === 'RESPONDING';
  const fields = useMemo(() => (offersResolve ? [milestoneField(milestone), statusField] : [milestoneField(milestone)]), [milestone, offersResolve]);
  const recorded = incident[milestone];
  const [base] = useState<MilestoneValues>(() => ({ [milestone]: recorded ?? null, status: incident.status }));
  const [baseVersion] = useState(incident.version);
  const [values, setValues] = useState<MilestoneValues>(() => ({ ...base, [milestone]: recorded ?? thisMinute(), status: offersResolve ? 'RESOLVED' : incident.status }));
  const [, run] = useMutation(updateMilestone);
  const save = useCallback(
    (v: MilestoneValues, version: number, reference: MilestoneValues) => run({ id: incident.id, version, input: milestoneInput(fields, v, reference) }),
    [run, incident.id, fields],
  );
  const onSaved = useCallback(async () => {
    await refetch();
    onDone();
  }, [refetch, onDone]);
  const { submit, resolve, discard, merge, error, saving } = useVersionedSave<MilestoneValues>({ fields, save, onSaved });
  // The server names the later of two milestones out of order, which may
  // be another than the one edited here (correcting the start past the
  // detection names detected_at): any of them belongs next to this time.
  const errors = formErrors(error, [...milestoneSteps.map((s) => s.key), 'status']);
  const fieldError = orderMessage(errors.fields[milestone] ?? Object.values(errors.fields)[0]);

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    void submit(values, baseVersion, base);
  };

  return (
    <>
      <Modal opened={!merge} onClose={onDone} title={`When the incident ${step.verb}`}>
        <form onSubmit={onSubmit} aria-label={`${recorded ? 'Correct' : 'Record'} ${step.label.toLowerCase()} time`}>
          <Stack gap="sm">
            <FieldEditor
              field={fields[0]}
              label={step.label}
              value={values[milestone]}
              onChange={(v) => setValues({ ...values, [milestone]: typeof v === 'string' ? v : values[milestone] })}
              error={fieldError}
            />
            {offersResolve ? (
              <Checkbox
                label="Mark the incident resolved"
                description="The response is over: its review can open."
                checked={values.status === 'RESOLVED'}
                onChange={(e) => setValues({ ...values, status: (e.currentTarget.checked ? 'RESOLVED' : incident.status) as IncidentStatus })}
              />
            ) : null}
            {recorded ? (
              <Text size="xs" c="dimmed">
                Moving it moves its key moment on the timeline too.
              </Text>
            ) : null}
            {fieldError ? null : <SaveError error={error} />}
            <Group justify="flex-end">
              <Button variant="default" type="button" onClick={onDone}>
                Cancel
              </Button>
              <Button type="submit" loading={saving}>
                Save time
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictMerge what="incident" fields={fields} state={merge} saving={saving} error={error} onResolve={resolve} onDiscard={discard} />
    </>
  );
}
