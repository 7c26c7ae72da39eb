import { useCallback, useState } from 'react';
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useMutation, type CombinedError } from 'urql';

import { graphql } from '../gql';
import type { Channel, EventKind, UpdateTimelineEventInput } from '../gql/graphql';
import { useBoard } from './board';
import { ConflictMerge, FieldEditor, SaveError, changedFields, useVersionedSave, type MergeField } from './ConflictMerge';
import { kindOptions, sourceOptions } from './TimelineEntry';

const updateTimelineEvent = graphql(`
  mutation UpdateTimelineEvent($id: ID!, $version: Int!, $input: UpdateTimelineEventInput!) {
    updateTimelineEvent(id: $id, version: $version, input: $input) {
      id
      version
      text
      occurredAt
      kind
      source
      keyMoment
    }
  }
`);

const deleteTimelineEvent = graphql(`
  mutation DeleteTimelineEvent($id: ID!, $version: Int!) {
    deleteTimelineEvent(id: $id, version: $version)
  }
`);

/**
 * useDeleteTimelineEvent deletes an event from the version the board shows
 * (a CONFLICT when someone changed it since) and refreshes the board.
 */
export function useDeleteTimelineEvent(): (event: { id: string; version: number }) => Promise<CombinedError | undefined> {
  const { refetch } = useBoard();
  const [, run] = useMutation(deleteTimelineEvent);
  return useCallback(
    async (event) => {
      const r = await run({ id: event.id, version: event.version });
      if (!r.error) await refetch();
      return r.error;
    },
    [run, refetch],
  );
}

type EventValues = { text: string; occurredAt: string; kind: string; source: string; keyMoment: boolean };

/** The fields the edit form changes, in the order it shows them (and the merge compares them). */
const eventFields: MergeField[] = [
  { key: 'text', label: 'What happened', kind: 'markdown' },
  { key: 'occurredAt', label: 'When', kind: 'datetime' },
  { key: 'kind', label: 'Kind', kind: 'select', options: kindOptions },
  { key: 'source', label: 'Source', kind: 'select', options: sourceOptions },
  { key: 'keyMoment', label: 'Key moment', kind: 'boolean' },
];

export interface EditableEvent {
  id: string;
  version: number;
  text: string;
  occurredAt: string;
  kind: string;
  source: string;
  keyMoment: boolean;
}

/** eventInput is what changed from reference, as the API takes it. */
function eventInput(values: EventValues, reference: EventValues): UpdateTimelineEventInput {
  const input: UpdateTimelineEventInput = {};
  for (const key of changedFields(eventFields, values, reference)) {
    if (key === 'text') input.text = values.text.trim();
    if (key === 'occurredAt') input.occurredAt = values.occurredAt;
    if (key === 'kind') input.kind = values.kind as EventKind;
    if (key === 'source') input.source = values.source as Channel;
    if (key === 'keyMoment') input.keyMoment = values.keyMoment;
  }
  return input;
}

/**
 * EditTimelineEvent edits an event in place: text, time, kind, source and
 * whether it is a key moment. It saves on the version the board showed when
 * editing began; if someone saved in between, the merge dialog opens.
 */
export function EditTimelineEvent({ event, onDone }: { event: EditableEvent; onDone: () => void }) {
  const { refetch } = useBoard();
  const [base] = useState<EventValues>(() => ({
    text: event.text,
    occurredAt: event.occurredAt,
    kind: event.kind,
    source: event.source,
    keyMoment: event.keyMoment,
  }));
  const [baseVersion] = useState(event.version);
  const [values, setValues] = useState(base);
  const [invalid, setInvalid] = useState(false);
  const [, run] = useMutation(updateTimelineEvent);
  const save = useCallback(
    (v: EventValues, version: number, reference: EventValues) => run({ id: event.id, version, input: eventInput(v, reference) }),
    [run, event.id],
  );
  const onSaved = useCallback(async () => {
    await refetch();
    onDone();
  }, [refetch, onDone]);
  const { submit, resolve, discard, merge, error, saving } = useVersionedSave<EventValues>({ fields: eventFields, save, onSaved });

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!values.text.trim() || !values.occurredAt) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    void submit(values, baseVersion, base);
  };
  const field = (key: keyof EventValues) => eventFields.find((f) => f.key === key)!;
  const set = (key: keyof EventValues) => (v: string | boolean | null) => setValues({ ...values, [key]: v });

  return (
    <>
      <form onSubmit={onSubmit} aria-label="Edit timeline event" className="edit-form">
      <Stack gap="xs">
        <FieldEditor
          field={field('text')}
          label="What happened"
          value={values.text}
          onChange={set('text')}
          error={invalid && !values.text.trim() ? 'Say what happened' : undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <FieldEditor field={field('occurredAt')} label="When" value={values.occurredAt} onChange={set('occurredAt')} />
          <FieldEditor field={field('kind')} label="Kind" value={values.kind} onChange={set('kind')} />
          <FieldEditor field={field('source')} label="Source" value={values.source} onChange={set('source')} />
        </SimpleGrid>
        <FieldEditor field={field('keyMoment')} label="Key moment" value={values.keyMoment} onChange={set('keyMoment')} />
        {merge ? null : <SaveError error={error} />}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={saving && !merge}>
            Save event
          </Button>
          <Button type="button" size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
      </form>
      <ConflictMerge
        what="timeline event"
        fields={eventFields}
        state={merge}
        saving={saving}
        error={merge ? error : undefined}
        onResolve={resolve}
        onDiscard={discard}
      />
    </>
  );
}
