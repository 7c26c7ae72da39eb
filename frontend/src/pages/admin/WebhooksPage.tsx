import { useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, PasswordInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation } from 'urql';

import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';
import type { WebhookEvent, WebhooksQuery } from '../../gql/graphql';
import { MorePages } from '../../incident/Section';
import { label, plural } from '../../lib/format';
import { formErrors, webhookEventLabel } from '../../lib/followup';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWholeList } from '../../lib/useWholeList';
import { DeliveryLog } from './DeliveryLog';
import { SecretOnce } from './SecretOnce';
import { WebhookFields, type WebhookValues } from './WebhookFields';

// A page of the webhooks: the first without $after, then the rest one page
// at a time (see useWholeList).
const webhooksQuery = graphql(`
  query Webhooks($after: Cursor) {
    webhooks(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          url
          events
          active
          createdAt
          deliveries(first: 0) {
            totalCount
          }
          failed: deliveries(first: 0, where: { status: FAILED }) {
            totalCount
          }
        }
      }
    }
  }
`);

const createWebhook = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!, $secret: String) {
    createWebhook(input: $input, secret: $secret) {
      secret
      webhook {
        id
        name
      }
    }
  }
`);

const updateWebhook = graphql(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      id
      name
      url
      events
      active
    }
  }
`);

const rotateSecret = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        id
        name
      }
    }
  }
`);

type Hook = NonNullable<NonNullable<NonNullable<WebhooksQuery['webhooks']['edges']>[number]>['node']>;
type Secret = { name: string; secret: string };

const webhooksOf = (d: WebhooksQuery) => d.webhooks;

const webhookFieldNames = ['name', 'url', 'events', 'secret'];

/** WebhooksPage: where Debrief tells other systems about incidents, actions and reminders. */
export function WebhooksPage() {
  useDocumentTitle('Webhooks');
  const context = useMemo(() => ({ additionalTypenames: ['Webhook'] }), []);
  const { result, reload, nodes: hooks, total, paging } = useWholeList(webhooksQuery, webhooksOf, context);
  const [secret, setSecret] = useState<Secret | null>(null);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Webhooks</Title>
        <Text c="dimmed" size="sm">
          Debrief posts JSON to these addresses when incidents and actions change, and with reminders. Each request is signed; failed deliveries are
          retried with backoff.
        </Text>
      </div>
      {secret ? <SecretOnce name={secret.name} secret={secret.secret} onDismiss={() => setSecret(null)} /> : null}
      <NewWebhook
        onCreated={(s) => {
          setSecret(s);
          reload();
        }}
      />
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={reload} />
      ) : !result.data ? (
        <Loading what="the webhooks" />
      ) : hooks.length === 0 ? (
        <Text c="dimmed" fs="italic">
          No webhooks yet.
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" data-testid="webhook-count">
            {plural(total, 'webhook')}
          </Text>
          {hooks.map((h) => (
            <WebhookCard key={h.id} hook={h} onSecret={setSecret} />
          ))}
          <MorePages paging={paging} shown={hooks.length} total={total} what="webhooks" />
        </Stack>
      )}
    </Stack>
  );
}

function NewWebhook({ onCreated }: { onCreated: (s: Secret) => void }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<WebhookValues>({ name: '', url: '', events: [] });
  const [ownSecret, setOwnSecret] = useState('');
  const [state, run] = useMutation(createWebhook);
  const errors = formErrors(state.error, webhookFieldNames);
  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>Add a webhook</Button>
      </Group>
    );
  }
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run({
      input: { name: values.name.trim(), url: values.url.trim(), events: values.events as WebhookEvent[] },
      secret: ownSecret.trim() || null,
    });
    const created = r.data?.createWebhook;
    if (created) {
      onCreated({ name: created.webhook.name, secret: created.secret });
      setValues({ name: '', url: '', events: [] });
      setOwnSecret('');
      setOpen(false);
    }
  };
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} aria-label="New webhook">
        <Stack gap="sm">
          <Title order={2} size="h4">
            New webhook
          </Title>
          <WebhookFields values={values} onChange={setValues} errors={errors.fields} />
          <PasswordInput
            label="Secret (optional)"
            description="Leave empty and Debrief generates a strong one"
            value={ownSecret}
            onChange={(e) => setOwnSecret(e.currentTarget.value)}
            error={errors.fields.secret}
            maw={420}
          />
          {errors.other ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {errors.other}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={state.fetching} disabled={!values.name.trim() || !values.url.trim() || values.events.length === 0}>
              Create webhook
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function WebhookCard({ hook, onSecret }: { hook: Hook; onSecret: (s: Secret) => void }) {
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<WebhookValues>({ name: hook.name, url: hook.url, events: hook.events });
  const [showLog, setShowLog] = useState(false);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [updateState, update] = useMutation(updateWebhook);
  const [rotateState, rotate] = useMutation(rotateSecret);
  const errors = formErrors(updateState.error ?? rotateState.error, webhookFieldNames);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await update({ id: hook.id, input: { name: values.name.trim(), url: values.url.trim(), events: values.events as WebhookEvent[] } });
    if (!r.error) setEditing(false);
  };
  const doRotate = async () => {
    const r = await rotate({ id: hook.id });
    setConfirmRotate(false);
    if (r.data) onSecret({ name: r.data.rotateWebhookSecret.webhook.name, secret: r.data.rotateWebhookSecret.secret });
  };

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={`Webhook ${hook.name}`} data-testid="webhook">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h5">
              {hook.name}
            </Title>
            <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {hook.url}
            </Text>
          </div>
          <Switch
            label={hook.active ? 'Active' : 'Switched off'}
            checked={hook.active}
            onChange={(e) => void update({ id: hook.id, input: { active: e.currentTarget.checked } })}
            disabled={updateState.fetching}
            aria-label={`${hook.name} active`}
          />
        </Group>
        {editing ? (
          <form onSubmit={save} aria-label={`Edit webhook ${hook.name}`}>
            <Stack gap="sm">
              <WebhookFields values={values} onChange={setValues} errors={errors.fields} />
              <Group gap="xs">
                <Button type="submit" size="xs" loading={updateState.fetching} disabled={!values.name.trim() || !values.url.trim() || values.events.length === 0}>
                  Save
                </Button>
                <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap={6}>
            {hook.events.map((e) => (
              <Badge key={e} variant="light" radius="sm" tt="none">
                {label(webhookEventLabel, e)}
              </Badge>
            ))}
          </Group>
        )}
        {errors.other ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errors.other}
          </Alert>
        ) : null}
        <Group gap="md">
          <Anchor component="button" type="button" size="sm" onClick={() => setShowLog((s) => !s)} aria-expanded={showLog}>
            {showLog ? 'Hide deliveries' : `Deliveries (${hook.deliveries.totalCount}${hook.failed.totalCount ? `, ${plural(hook.failed.totalCount, 'failed')}` : ''})`}
          </Anchor>
          {!editing ? (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setValues({ name: hook.name, url: hook.url, events: hook.events });
                setEditing(true);
              }}
            >
              Edit
            </Anchor>
          ) : null}
          <Anchor component="button" type="button" size="sm" c="orange.8" onClick={() => setConfirmRotate(true)}>
            Rotate secret…
          </Anchor>
        </Group>
        {showLog ? <DeliveryLog webhookID={hook.id} /> : null}
      </Stack>
      <Modal opened={confirmRotate} onClose={() => setConfirmRotate(false)} title={`Rotate the secret of “${hook.name}”?`}>
        <Stack gap="sm">
          <Text size="sm">The old secret stops working at once: the receiver must be given the new one, which is shown once.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmRotate(false)}>
              Cancel
            </Button>
            <Button color="orange" onClick={() => void doRotate()} loading={rotateState.fetching}>
              Rotate secret
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
