import { useCallback, useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import type { Department, UpdatePerspectiveInput } from '../gql/graphql';
import { departmentLabel } from '../lib/format';
import { useBoard } from './board';
import { ConflictMerge, FieldEditor, SaveError, changedFields, useVersionedSave, type MergeField } from './ConflictMerge';

const updatePerspective = graphql(`
  mutation UpdatePerspective($id: ID!, $version: Int!, $input: UpdatePerspectiveInput!) {
    updatePerspective(id: $id, version: $version, input: $input) {
      id
      version
      department
      whatTheySaw
      surprises
      whatHelped
      whatHurt
      impactObserved
    }
  }
`);

type PerspectiveValues = {
  department: string;
  whatTheySaw: string;
  impactObserved: string;
  surprises: string;
  whatHelped: string;
  whatHurt: string;
};

type OptionalKey = 'impactObserved' | 'surprises' | 'whatHelped' | 'whatHurt';
const optional: Record<OptionalKey, keyof UpdatePerspectiveInput> = {
  impactObserved: 'clearImpactObserved',
  surprises: 'clearSurprises',
  whatHelped: 'clearWhatHelped',
  whatHurt: 'clearWhatHurt',
};

/** Every field of a perspective, in the order the form shows them. */
const perspectiveFields: MergeField[] = [
  { key: 'department', label: 'Department', kind: 'select', options: Object.entries(departmentLabel).map(([value, label]) => ({ value, label })) },
  { key: 'whatTheySaw', label: 'What they saw', kind: 'markdown' },
  { key: 'impactObserved', label: 'Impact they observed', kind: 'markdown' },
  { key: 'surprises', label: 'What surprised them', kind: 'markdown' },
  { key: 'whatHelped', label: 'What helped', kind: 'markdown' },
  { key: 'whatHurt', label: 'What got in the way', kind: 'markdown' },
];

export interface EditablePerspective {
  id: string;
  version: number;
  department: string;
  whatTheySaw: string;
  surprises?: string | null;
  whatHelped?: string | null;
  whatHurt?: string | null;
  impactObserved?: string | null;
}

/** perspectiveInput is what changed from reference; emptied optional answers are cleared. */
function perspectiveInput(values: PerspectiveValues, reference: PerspectiveValues): UpdatePerspectiveInput {
  const input: UpdatePerspectiveInput = {};
  for (const key of changedFields(perspectiveFields, values, reference)) {
    if (key === 'department') input.department = values.department as Department;
    else if (key === 'whatTheySaw') input.whatTheySaw = values.whatTheySaw.trim();
    else {
      const v = values[key as OptionalKey].trim();
      if (v) input[key as OptionalKey] = v;
      else Object.assign(input, { [optional[key as OptionalKey]]: true });
    }
  }
  return input;
}

/**
 * EditPerspective edits every answer of a perspective in a dialog, saving
 * on the version the board showed when editing began; if someone saved in
 * between, the merge dialog takes its place.
 */
export function EditPerspective({ perspective, onDone }: { perspective: EditablePerspective; onDone: () => void }) {
  const { refetch } = useBoard();
  const [base] = useState<PerspectiveValues>(() => ({
    department: perspective.department,
    whatTheySaw: perspective.whatTheySaw,
    impactObserved: perspective.impactObserved ?? '',
    surprises: perspective.surprises ?? '',
    whatHelped: perspective.whatHelped ?? '',
    whatHurt: perspective.whatHurt ?? '',
  }));
  const [baseVersion] = useState(perspective.version);
  const [values, setValues] = useState(base);
  const [missingSaw, setMissingSaw] = useState(false);
  const [, run] = useMutation(updatePerspective);
  const save = useCallback(
    (v: PerspectiveValues, version: number, reference: PerspectiveValues) => run({ id: perspective.id, version, input: perspectiveInput(v, reference) }),
    [run, perspective.id],
  );
  const onSaved = useCallback(async () => {
    await refetch();
    onDone();
  }, [refetch, onDone]);
  const { submit, resolve, discard, merge, error, saving } = useVersionedSave<PerspectiveValues>({ fields: perspectiveFields, save, onSaved });

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!values.whatTheySaw.trim()) {
      setMissingSaw(true);
      return;
    }
    setMissingSaw(false);
    void submit(values, baseVersion, base);
  };

  return (
    <>
      <Modal opened={!merge} onClose={onDone} title="Edit perspective" size="lg">
        <form onSubmit={onSubmit} aria-label="Edit perspective">
          <Stack gap="sm">
            {perspectiveFields.map((f) => (
              <FieldEditor
                key={f.key}
                field={f}
                label={f.label}
                value={values[f.key as keyof PerspectiveValues]}
                onChange={(v) => setValues({ ...values, [f.key]: typeof v === 'string' ? v : '' })}
                error={f.key === 'whatTheySaw' && missingSaw ? 'Say what they saw.' : undefined}
              />
            ))}
            <SaveError error={error} />
            <Group justify="flex-end">
              <Button variant="default" type="button" onClick={onDone}>
                Cancel
              </Button>
              <Button type="submit" loading={saving}>
                Save perspective
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictMerge
        what="perspective"
        fields={perspectiveFields}
        state={merge}
        saving={saving}
        error={error}
        onResolve={resolve}
        onDiscard={discard}
      />
    </>
  );
}
