import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { CombinedError, OperationResult } from 'urql';

import { Markdown } from '../components/Markdown';
import { conflictOf, forbiddenOf, type CurrentRecord } from '../lib/conflict';
import { formatDateTime } from '../lib/format';
import { browserTimeZone, fromZonedInput, toZonedInput } from '../lib/tz';
import { errorText } from './board';

// One way to edit a versioned record (timeline event, perspective, comment,
// question) and to merge when someone else saved first: the form calls
// useVersionedSave's submit with the values and the version it started
// from; on CONFLICT the server sends the record as it is now, and
// <ConflictMerge> shows, field by field, "yours" against "theirs", lets the
// person pick or edit each, and saves the result on top of the current
// version. Saving again can conflict again (a third person): the dialog
// then starts over from the newer value.

/** A field's value as the forms hold it: text, a flag, an enum value, an ISO time; null for unset. */
export type FieldValue = string | boolean | null;
export type Values = Record<string, FieldValue>;

export interface MergeField {
  /** The GraphQL field name: the key in the form's values and in the conflict's current record. */
  key: string;
  label: string;
  kind: 'text' | 'markdown' | 'select' | 'boolean' | 'datetime';
  /** For kind select. */
  options?: { value: string; label: string }[];
}

/** comparable puts a value in the one form two values compare in (an empty text is no text; times by instant). */
function comparable(field: MergeField, v: FieldValue | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  if (field.kind === 'boolean') return v ? 'true' : '';
  if (field.kind === 'datetime' && typeof v === 'string') {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? v : String(ms);
  }
  return String(v);
}

/** sameValue says whether a and b hold the same thing for field. */
export function sameValue(field: MergeField, a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return comparable(field, a) === comparable(field, b);
}

/** changedFields lists the fields whose values differ from reference: what a save needs to send. */
export function changedFields<V extends Values>(fields: MergeField[], values: V, reference: V): (keyof V & string)[] {
  return fields.filter((f) => !sameValue(f, values[f.key], reference[f.key])).map((f) => f.key);
}

/** valuesFrom picks fields out of a record as the API shows it. */
export function valuesFrom<V extends Values>(fields: MergeField[], record: CurrentRecord): V {
  const out: Values = {};
  for (const f of fields) {
    const v = record[f.key];
    out[f.key] = f.kind === 'boolean' ? v === true : typeof v === 'string' ? v : v == null ? null : String(v);
  }
  return out as V;
}

function Shown({ field, value }: { field: MergeField; value: FieldValue | undefined }) {
  if (comparable(field, value) === '' && field.kind !== 'boolean') {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        empty
      </Text>
    );
  }
  switch (field.kind) {
    case 'markdown':
      return <Markdown>{String(value)}</Markdown>;
    case 'boolean':
      return <Text size="sm">{value ? 'Yes' : 'No'}</Text>;
    case 'datetime':
      return <Text size="sm">{formatDateTime(String(value))}</Text>;
    case 'select':
      return <Text size="sm">{field.options?.find((o) => o.value === value)?.label ?? String(value)}</Text>;
    default:
      return (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {String(value)}
        </Text>
      );
  }
}

/** FieldEditor edits one field's value; label names it for assistive technology. */
export function FieldEditor({
  field,
  value,
  onChange,
  label,
  description,
  error,
}: {
  field: MergeField;
  value: FieldValue;
  onChange: (v: FieldValue) => void;
  label: string;
  description?: ReactNode;
  error?: ReactNode;
}) {
  const tz = browserTimeZone();
  switch (field.kind) {
    case 'markdown':
      return (
        <Textarea
          label={label}
          description={description}
          error={error}
          autosize
          minRows={2}
          maxRows={12}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <Select
          label={label}
          description={description}
          error={error}
          data={field.options ?? []}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v ?? value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'boolean':
      return <Checkbox label={label} description={description} error={error} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'datetime':
      return (
        <TextInput
          type="datetime-local"
          label={label}
          description={description ?? `On your clock (${tz}).`}
          error={error}
          value={typeof value === 'string' && value ? toZonedInput(value, tz) : ''}
          onChange={(e) => onChange(fromZonedInput(e.currentTarget.value, tz) ?? value)}
        />
      );
    default:
      return (
        <TextInput
          label={label}
          description={description}
          error={error}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}

/** SaveError says why a save failed; a refusal (FORBIDDEN) is worded as one. */
export function SaveError({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  const forbidden = forbiddenOf(error);
  if (forbidden) {
    return (
      <Alert color="red" variant="light" role="alert" title="You may not edit this" p="xs">
        {forbidden}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" p="xs">
      {errorText(error)}
    </Alert>
  );
}

/** A merge in progress: what the person wanted, what is there now, and its version. */
export interface MergeState<V extends Values> {
  /** What the person started from. */
  base: V;
  mine: V;
  theirs: V;
  version: number;
}

/**
 * useVersionedSave runs a form's save and handles a conflict. save gets the
 * values, the version to save on, and the values the server is taken to
 * hold at that version (send only what differs). It returns submit, for the
 * form, and what <ConflictMerge> needs.
 */
export function useVersionedSave<V extends Values>({
  fields,
  save,
  onSaved,
  otherChanges,
}: {
  fields: MergeField[];
  save: (values: V, version: number, reference: V) => Promise<OperationResult>;
  onSaved: () => unknown;
  /**
   * otherChanges says whether the form also changes something outside
   * fields, which save sends in a form that needs no merge (e.g. tags added
   * and removed, which apply to whatever tags the record has now): then a
   * save with no field changed still goes to the server.
   */
  otherChanges?: () => boolean;
}) {
  const [merge, setMerge] = useState<MergeState<V> | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [saving, setSaving] = useState(false);

  const run = useCallback(
    async (values: V, version: number, reference: V, base: V): Promise<boolean> => {
      if (changedFields(fields, values, reference).length === 0 && !otherChanges?.()) {
        setMerge(null);
        setError(undefined);
        await onSaved();
        return true;
      }
      setSaving(true);
      try {
        const r = await save(values, version, reference);
        const c = conflictOf(r.error);
        if (c?.current) {
          setError(undefined);
          setMerge({ base, mine: values, theirs: valuesFrom<V>(fields, c.current), version: c.currentVersion });
          return false;
        }
        setError(r.error);
        if (r.error) return false;
        setMerge(null);
        await onSaved();
        return true;
      } finally {
        setSaving(false);
      }
    },
    [fields, save, onSaved, otherChanges],
  );

  /** submit saves values edited from base, which the person saw at version. */
  const submit = useCallback((values: V, version: number, base: V) => run(values, version, base, base), [run]);
  /** resolve saves the merged values on top of the current version. */
  const resolve = useCallback(
    (values: V) => (merge ? run(values, merge.version, merge.theirs, merge.theirs) : Promise.resolve(false)),
    [merge, run],
  );
  /** discard gives up the person's changes: what is there now stays. */
  const discard = useCallback(async () => {
    setMerge(null);
    setError(undefined);
    await onSaved();
  }, [onSaved]);

  return { submit, resolve, discard, merge, error, saving };
}

type Choice = 'mine' | 'theirs' | 'edited';

/**
 * ConflictMerge is the merge dialog: for each field where the person's
 * version and the current one differ, both side by side, a choice, and the
 * result (editable). Fields only the other person changed start on theirs,
 * the rest on the person's own.
 */
export function ConflictMerge<V extends Values>({
  what,
  fields,
  state,
  saving,
  error,
  onResolve,
  onDiscard,
}: {
  /** What is being edited, e.g. "timeline event". */
  what: string;
  fields: MergeField[];
  state: MergeState<V> | null;
  saving: boolean;
  error?: CombinedError;
  onResolve: (values: V) => unknown;
  onDiscard: () => unknown;
}) {
  const [merged, setMerged] = useState<Values>({});
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  // A new conflict (the first, or another after a third person saved)
  // starts the choices over.
  useEffect(() => {
    if (!state) return;
    const m: Values = {};
    const c: Record<string, Choice> = {};
    for (const f of fields) {
      const onlyTheyChanged = sameValue(f, state.mine[f.key], state.base[f.key]) && !sameValue(f, state.theirs[f.key], state.base[f.key]);
      c[f.key] = onlyTheyChanged ? 'theirs' : 'mine';
      m[f.key] = onlyTheyChanged ? state.theirs[f.key] : state.mine[f.key];
    }
    setMerged(m);
    setChoices(c);
  }, [state, fields]);

  if (!state) return null;
  const differing = fields.filter((f) => !sameValue(f, state.mine[f.key], state.theirs[f.key]));
  const same = fields.length - differing.length;

  const choose = (f: MergeField, c: Choice) => {
    setChoices({ ...choices, [f.key]: c });
    if (c !== 'edited') setMerged({ ...merged, [f.key]: c === 'mine' ? state.mine[f.key] : state.theirs[f.key] });
  };
  const result = { ...state.theirs, ...merged } as V;

  return (
    <Modal opened onClose={() => void onDiscard()} title={`Someone else changed this ${what}`} size="xl" closeOnClickOutside={false}>
      <Stack gap="md" data-testid="conflict-merge">
        <Text size="sm">
          It was saved by someone else while you were editing (it is now at version {state.version}). For each field that differs, keep yours or
          theirs, or edit the result; saving puts the result on top of their version.
        </Text>
        {differing.length === 0 ? (
          <Text size="sm" c="dimmed">
            Your changes and theirs are the same: saving keeps them.
          </Text>
        ) : null}
        {differing.map((f) => {
          const choice = choices[f.key] ?? 'mine';
          const id = `merge-${f.key}`;
          return (
            <Paper key={f.key} withBorder radius="md" p="sm" role="group" aria-labelledby={`${id}-label`} data-field={f.key}>
              <Group justify="space-between" mb="xs">
                <Text fw={700} size="sm" id={`${id}-label`}>
                  {f.label}
                </Text>
                {choice === 'edited' ? (
                  <Badge size="sm" variant="light" color="grape">
                    edited
                  </Badge>
                ) : null}
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mb="xs">
                <div data-testid="merge-yours">
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    Yours
                  </Text>
                  <Shown field={f} value={state.mine[f.key]} />
                </div>
                <div data-testid="merge-theirs">
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    Theirs (current)
                  </Text>
                  <Shown field={f} value={state.theirs[f.key]} />
                </div>
              </SimpleGrid>
              <Radio.Group
                value={choice === 'edited' ? '' : choice}
                onChange={(v) => choose(f, v as Choice)}
                label="Which to keep"
                size="xs"
                mb="xs"
              >
                <Group gap="md" mt={4}>
                  <Radio value="mine" label="Keep yours" />
                  <Radio value="theirs" label="Keep theirs" />
                </Group>
              </Radio.Group>
              <FieldEditor
                field={f}
                label={`Result: ${f.label}`}
                value={merged[f.key] ?? null}
                onChange={(v) => {
                  setMerged({ ...merged, [f.key]: v });
                  setChoices({ ...choices, [f.key]: sameValue(f, v, state.mine[f.key]) ? 'mine' : sameValue(f, v, state.theirs[f.key]) ? 'theirs' : 'edited' });
                }}
              />
            </Paper>
          );
        })}
        {same > 0 && differing.length > 0 ? (
          <Text size="xs" c="dimmed">
            {same === 1 ? 'One other field is' : `${same} other fields are`} the same in both.
          </Text>
        ) : null}
        <SaveError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void onDiscard()}>
            Discard mine, keep theirs
          </Button>
          <Button onClick={() => void onResolve(result)} loading={saving}>
            Save merged version
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
