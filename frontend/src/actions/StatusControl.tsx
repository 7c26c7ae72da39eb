import { useState } from 'react';
import { Alert, Button, Group, Menu, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import type { ActionStatus } from '../gql/graphql';
import { actionStatusLabel, label } from '../lib/format';
import { formErrors, isClosed, mayEditAction, nextStatuses, statusVerb } from '../lib/followup';
import { updateActionItemMutation, type ActionItemFields } from './fields';

/**
 * StatusControl moves an action along its lifecycle in one click: "Mark
 * done" for an open action, the other steps in a menu. Dropping it
 * (WONT_DO) asks why. A stale version reloads the list and says so.
 */
export function StatusControl({ action, onStale }: { action: ActionItemFields; onStale: () => void }) {
  const { viewer } = useSession();
  const [state, run] = useMutation(updateActionItemMutation);
  const [dropping, setDropping] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!mayEditAction(viewer.role, viewer.id, action)) return null;

  const next = nextStatuses[action.status] ?? [];
  const quick = isClosed(action.status) ? null : 'DONE';
  const others = next.filter((s) => s !== quick);

  const move = async (status: string, statusReason?: string) => {
    setMessage(null);
    const input: { status: ActionStatus; statusReason?: string; clearStatusReason?: boolean } = { status: status as ActionStatus };
    if (statusReason) input.statusReason = statusReason;
    else if (action.statusReason && status !== 'WONT_DO') input.clearStatusReason = true;
    const r = await run({ id: action.id, version: action.version, input });
    if (!r.error) {
      setDropping(false);
      setReason('');
      return;
    }
    const errs = formErrors(r.error, ['statusReason']);
    if (errs.code === 'CONFLICT') {
      onStale();
      setMessage('Someone else changed this action meanwhile; it now shows their version. Check it and try again.');
    } else if (!errs.fields.statusReason) {
      setMessage(errs.other);
    }
  };
  const dropError = formErrors(state.error, ['statusReason']).fields.statusReason;

  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap">
        {quick ? (
          <Button size="compact-xs" variant="light" color="green" loading={state.fetching && !dropping} onClick={() => void move(quick)} aria-label={`Mark done: ${action.title}`}>
            Mark done
          </Button>
        ) : null}
        {others.length > 0 ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="compact-xs" variant="subtle" color="gray" aria-label={`Change status of ${action.title}`}>
                {quick ? 'More…' : 'Change status…'}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Now {label(actionStatusLabel, action.status)}</Menu.Label>
              {others.map((s) => (
                <Menu.Item key={s} onClick={() => (s === 'WONT_DO' ? setDropping(true) : void move(s))}>
                  {statusVerb[s] ?? label(actionStatusLabel, s)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      {message ? (
        <Alert color="red" variant="light" role="alert" p={6} withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      ) : null}
      <Modal opened={dropping} onClose={() => setDropping(false)} title={`Drop "${action.title}"?`}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void move('WONT_DO', reason.trim());
          }}
        >
          <Stack gap="sm">
            <Textarea
              label="Why won't it be done?"
              description="The reason stays with the action, so whoever reads the review later knows."
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={dropError}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDropping(false)}>
                Cancel
              </Button>
              <Button type="submit" color="dark" disabled={!reason.trim()} loading={state.fetching}>
                Drop the action
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
