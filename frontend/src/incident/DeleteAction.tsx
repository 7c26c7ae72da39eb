import { useState } from 'react';
import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import type { CombinedError } from 'urql';

import { errorText } from './board';

/**
 * DeleteAction is the "Delete" link next to an item's Edit link. Deleting
 * cannot be undone, so it first asks in place (no dialog to lose the
 * context in); a refusal from the server (someone changed it meanwhile, a
 * comment that has replies) is shown where the question was.
 */
export function DeleteAction({
  label,
  question,
  onDelete,
}: {
  /** The link's text, e.g. "Delete event". */
  label: string;
  /** The confirmation, e.g. "Delete this event for everyone?". */
  question: string;
  /** Deletes the item; resolves to the error when the server refused. */
  onDelete: () => Promise<CombinedError | undefined>;
}) {
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();

  const confirm = async () => {
    setDeleting(true);
    const err = await onDelete();
    setDeleting(false);
    setError(err);
    if (!err) setAsking(false);
  };

  if (!asking) {
    return (
      <Anchor component="button" type="button" size="xs" c="red" onClick={() => setAsking(true)}>
        {label}
      </Anchor>
    );
  }
  return (
    <span role="group" aria-label={label} className="delete-confirm">
      <Group gap={6} component="span" wrap="wrap">
        <Text span size="xs">
          {question}
        </Text>
        <Button size="compact-xs" color="red" loading={deleting} onClick={() => void confirm()}>
          Delete
        </Button>
        <Button
          size="compact-xs"
          variant="default"
          onClick={() => {
            setAsking(false);
            setError(undefined);
          }}
        >
          Cancel
        </Button>
      </Group>
      {error ? (
        <Alert color="red" variant="light" role="alert" p="xs" mt={4}>
          {errorText(error)}
        </Alert>
      ) : null}
    </span>
  );
}
