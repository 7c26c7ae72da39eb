import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import type { CombinedError } from 'urql';

import { formErrors } from '../../lib/followup';

/**
 * MergeForm is the form that merges one record of a vocabulary (a factor
 * category, a tag) into another: pick the one to keep, read what will
 * move, confirm. The page supplies the picker, the consequences and the
 * mutation; the form keeps the choice and shows the server's refusal.
 */
export function MergeForm({
  ariaLabel,
  picker,
  nameOf,
  consequences,
  merge,
  fetching,
  error,
  onDone,
  onCancel,
}: {
  ariaLabel?: string;
  /** picker renders the control choosing the record to keep. */
  picker: (value: string | null, onChange: (id: string | null) => void) => ReactNode;
  /** nameOf names a chosen record, if it is known. */
  nameOf: (id: string) => string | undefined;
  /** consequences says what merging into the named record will do. */
  consequences: (targetName: string) => ReactNode;
  merge: (targetID: string) => Promise<{ error?: CombinedError }>;
  fetching: boolean;
  error?: CombinedError;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [targetID, setTargetID] = useState<string | null>(null);
  const targetName = targetID ? nameOf(targetID) : undefined;
  const errors = formErrors(error);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!targetID) return;
    const r = await merge(targetID);
    if (!r.error) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={ariaLabel}>
      <Stack gap="sm">
        {picker(targetID, setTargetID)}
        {targetName ? (
          <Alert color="orange" variant="light" title="This cannot be undone">
            {consequences(targetName)}
          </Alert>
        ) : null}
        {errors.other ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errors.other}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color="orange" disabled={!targetID} loading={fetching}>
            {targetName ? `Merge into “${targetName}”` : 'Merge'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
