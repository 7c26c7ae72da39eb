import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from 'urql';

import type { ActionPriority, ActionSize } from '../gql/graphql';
import { actionStatusLabel, label, priorityLabel, sizeLabel } from '../lib/format';
import { dueDateToISO, formErrors, nextStatuses } from '../lib/followup';
import { PickerSelect } from '../components/Pickers';
import { createActionItemMutation, updateActionItemMutation, type ActionItemFields } from './fields';
import { Goldilocks } from './Goldilocks';
import { OwnerPicker } from './OwnerPicker';
import { actionFieldNames, createInput, emptyAction, same, updateInput, valuesOf, type ActionValues } from './values';

const priorityOptions = Object.entries(priorityLabel).map(([value, l]) => ({ value, label: l }));
const sizeOptions = Object.entries(sizeLabel).map(([value, l]) => ({ value: value, label: `${value} · ${l}` }));

export interface ActionFormProps {
  /** The action to edit; without it the form creates one. */
  action?: ActionItemFields;
  /** Where a new action comes from: its insight and incidents. */
  from?: { insightID?: string | null; incidentIDs: string[]; insightStatement?: string | null };
  onSaved: (action: ActionItemFields) => void;
  onCancel: () => void;
  /** Reload the action after the server said it changed meanwhile (CONFLICT). */
  onStale?: () => void;
}

/** missingReason: dropping an action (WONT_DO) needs a reason, as the server insists. */
function missingReason(v: ActionValues): boolean {
  return v.status === 'WONT_DO' && !v.statusReason.trim();
}

/**
 * ActionForm writes an action item: what, who, by when, why, and how we
 * will know it worked, with Goldilocks guidance as it is typed. Editing
 * saves only what changed, on the version the form was opened with; when
 * someone else saved first, the form takes their values for the fields
 * the user left alone, keeps the user's, and asks to save again.
 */
export function ActionForm({ action, from, onSaved, onCancel, onStale }: ActionFormProps) {
  const [base, setBase] = useState<ActionValues>(() => (action ? valuesOf(action) : emptyAction));
  const [values, setValues] = useState<ActionValues>(base);
  const [teamTouched, setTeamTouched] = useState(!!action?.team);
  const [stale, setStale] = useState(false);
  // Set by a save the form refused itself, so its own field errors show.
  const [checked, setChecked] = useState(false);
  const [createState, create] = useMutation(createActionItemMutation);
  const [updateState, update] = useMutation(updateActionItemMutation);
  const state = action ? updateState : createState;
  const errors = formErrors(state.error, actionFieldNames);

  // A newer version arrived (after a conflict, or live): take it for the
  // fields the user has not changed.
  const version = useRef(action?.version);
  useEffect(() => {
    if (!action || action.version === version.current) return;
    version.current = action.version;
    const fresh = valuesOf(action);
    setValues((v) => {
      const next = { ...v };
      for (const key of Object.keys(fresh) as (keyof ActionValues)[]) {
        if (same(key, v, base)) (next as Record<string, unknown>)[key] = fresh[key];
      }
      return next;
    });
    setBase(fresh);
  }, [action?.version]);

  const set = <K extends keyof ActionValues>(key: K, value: ActionValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!values.title.trim()) return;
    if (missingReason(values)) {
      setChecked(true);
      return;
    }
    setStale(false);
    if (!action) {
      const r = await create({ input: createInput(values, from ?? { incidentIDs: [] }) });
      if (r.data?.createActionItem) onSaved(r.data.createActionItem);
      return;
    }
    const input = updateInput(values, base);
    if (Object.keys(input).length === 0) {
      onSaved(action);
      return;
    }
    const r = await update({ id: action.id, version: action.version, input });
    if (r.data?.updateActionItem) onSaved(r.data.updateActionItem);
    else if (formErrors(r.error).code === 'CONFLICT') {
      setStale(true);
      onStale?.();
    }
  };

  const statusOptions = action
    ? [...new Set([action.status, ...(nextStatuses[action.status] ?? []), values.status])].map((s) => ({ value: s, label: label(actionStatusLabel, s) }))
    : [];
  // The form's own check first: the server's message is for API callers.
  const fieldError = (key: string) => (key === 'statusReason' && checked && missingReason(values) ? "Say why it won't be done" : errors.fields[key]);

  return (
    <form onSubmit={submit} aria-label={action ? `Edit action ${action.title}` : 'New action'} noValidate>
      <Stack gap="sm">
        {from?.insightStatement ? (
          <Text size="sm" c="dimmed">
            From the insight: <em>{from.insightStatement}</em>
          </Text>
        ) : null}
        <TextInput
          label="Title"
          description="What will change, in one line"
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError('title')}
          data-autofocus
        />
        <Textarea label="Description" autosize minRows={2} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} error={fieldError('description')} />
        <Group align="flex-start" gap="sm" grow>
          <OwnerPicker
            value={values.ownerID}
            current={action?.owner}
            onChange={(id, person) => {
              set('ownerID', id);
              // The owner's team, unless someone chose a team on purpose.
              if (!teamTouched && person?.teams.length) set('teamID', person.teams[0].id);
            }}
            error={fieldError('ownerID')}
          />
          <PickerSelect
            kind="teams"
            label="Team"
            description="Whose follow-through it counts towards"
            placeholder="No team"
            clearable
            known={action?.team ? [action.team] : undefined}
            value={values.teamID}
            onChange={(id) => {
              setTeamTouched(true);
              set('teamID', id);
            }}
            error={fieldError('teamID')}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label="Priority"
            data={priorityOptions}
            value={values.priority}
            onChange={(v) => v && set('priority', v)}
            allowDeselect={false}
            error={fieldError('priority')}
          />
          <Select label="Size" data={sizeOptions} value={values.size} onChange={(v) => v && set('size', v)} allowDeselect={false} error={fieldError('size')} />
          <TextInput
            type="date"
            label="Due date"
            value={values.due}
            onChange={(e) => set('due', e.currentTarget.value)}
            error={fieldError('dueAt')}
          />
        </SimpleGrid>
        <Goldilocks
          draft={{
            ownerID: values.ownerID,
            dueAt: dueDateToISO(values.due),
            size: values.size as ActionSize,
            priority: values.priority as ActionPriority,
          }}
          accepted={values.accepted}
          onAcceptedChange={(accepted) => set('accepted', accepted)}
          reason={values.acceptedReason}
          onReasonChange={(reason) => set('acceptedReason', reason)}
          reasonError={fieldError('warningsAcceptedReason') ?? fieldError('acceptedWarnings')}
          keep={action?.acceptedWarnings ?? []}
        />
        <Textarea
          label="Why this action?"
          description="Why this one over the other things we could do"
          autosize
          minRows={2}
          value={values.rationale}
          onChange={(e) => set('rationale', e.currentTarget.value)}
          error={fieldError('rationale')}
        />
        <Textarea
          label="Expected effect"
          description="What it should change, e.g. “failed deploys roll back in minutes, not hours”"
          autosize
          minRows={1}
          value={values.expectedEffect}
          onChange={(e) => set('expectedEffect', e.currentTarget.value)}
          error={fieldError('expectedEffect')}
        />
        <Textarea
          label="How will we verify it?"
          description="How we will know it is done and works"
          autosize
          minRows={1}
          value={values.verification}
          onChange={(e) => set('verification', e.currentTarget.value)}
          error={fieldError('verification')}
        />
        <Textarea
          label="Interim mitigation"
          description="What protects us until it lands"
          autosize
          minRows={1}
          value={values.interimMitigation}
          onChange={(e) => set('interimMitigation', e.currentTarget.value)}
          error={fieldError('interimMitigation')}
        />
        <TextInput
          type="url"
          label="Tracker link"
          placeholder="https://tracker.example/TICKET-123"
          value={values.trackerURL}
          onChange={(e) => set('trackerURL', e.currentTarget.value)}
          error={fieldError('trackerURL')}
        />
        {action ? (
          <Group align="flex-start" gap="sm" grow>
            <Select
              label="Status"
              data={statusOptions}
              value={values.status}
              onChange={(v) => v && set('status', v)}
              allowDeselect={false}
              error={fieldError('status')}
            />
            {values.status === 'WONT_DO' ? (
              <Textarea
                label="Why won't it be done?"
                description="Needed to drop it: the reason stays with the action."
                required
                autosize
                minRows={1}
                value={values.statusReason}
                onChange={(e) => set('statusReason', e.currentTarget.value)}
                error={fieldError('statusReason')}
              />
            ) : (
              <div />
            )}
          </Group>
        ) : null}
        {stale ? (
          <Alert color="orange" variant="light" role="alert" title="Someone else changed this action">
            Their version is loaded where you had not changed anything; your changes are kept. Check them and save again.
          </Alert>
        ) : errors.other ? (
          <Alert color="red" variant="light" role="alert" title={errors.code === 'FORBIDDEN' ? 'You may not do this' : 'Not saved'}>
            {errors.other}
          </Alert>
        ) : Object.keys(errors.fields).length ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            Not saved: see the highlighted fields.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={state.fetching} disabled={!values.title.trim()}>
            {action ? 'Save action' : 'Create action'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
