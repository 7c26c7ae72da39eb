import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Code, Group, Modal, Paper, Radio, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { graphql } from '../gql';
import type { ApiTokensQuery, TokenScope } from '../gql/graphql';
import { MorePages } from '../incident/Section';
import { formatDate, formatDateTime, plural } from '../lib/format';
import { dueDateToISO, formErrors } from '../lib/followup';
import { canWrite } from '../lib/roles';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useWholeList } from '../lib/useWholeList';
import { SecretOnce, type SecretKind } from './admin/SecretOnce';

// The tokens that still work or ran out, never revoked ones: a revoked token
// is gone for good, and listing it would only bury the live ones. People see
// their own; admins see everyone's (the server decides, see policy.APITokens).
const tokensQuery = graphql(`
  query APITokens($after: Cursor) {
    apiTokens(first: 100, after: $after, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          scope
          tokenPrefix
          createdAt
          expiresAt
          lastUsedAt
          user {
            id
            name
          }
        }
      }
    }
  }
`);

const createToken = graphql(`
  mutation CreateAPIToken($input: CreateAPITokenInput!) {
    createAPIToken(input: $input) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

const revokeToken = graphql(`
  mutation RevokeAPIToken($id: ID!) {
    revokeAPIToken(id: $id) {
      id
      revokedAt
    }
  }
`);

type Token = NonNullable<NonNullable<NonNullable<ApiTokensQuery['apiTokens']['edges']>[number]>['node']>;
type Secret = { name: string; secret: string };

const tokensOf = (d: ApiTokensQuery) => d.apiTokens;

const apiTokenSecret: SecretKind = {
  title: (name) => `API token “${name}”`,
  label: 'API token',
  testId: 'token-secret',
  instructions: (
    <>
      Copy it now into the integration: you will not see it again — Debrief keeps only a fingerprint of it. Send it as{' '}
      <Code>Authorization: Bearer &lt;token&gt;</Code>.
    </>
  ),
};

/** TokensPage: the API tokens people give integrations (a deploy pipeline, a chat bot) to act as them. */
export function TokensPage() {
  useDocumentTitle('API tokens');
  const { viewer } = useSession();
  const context = useMemo(() => ({ additionalTypenames: ['APIToken'] }), []);
  const { result, reload, nodes, total, paging } = useWholeList(tokensQuery, tokensOf, context);
  const [secret, setSecret] = useState<Secret | null>(null);
  const mine = nodes.filter((t) => t.user.id === viewer.id);
  const others = nodes.filter((t) => t.user.id !== viewer.id);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>API tokens</Title>
        <Text c="dimmed" size="sm">
          A token lets an integration — a deploy pipeline posting timeline events, a chat bot — use the API as you, with your role. Give each
          integration its own token, so revoking one stops only that one.
        </Text>
      </div>
      {secret ? <SecretOnce name={secret.name} secret={secret.secret} kind={apiTokenSecret} onDismiss={() => setSecret(null)} /> : null}
      <NewToken
        mayWrite={canWrite(viewer.role)}
        onCreated={(s) => {
          setSecret(s);
          reload();
        }}
      />
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={reload} />
      ) : !result.data ? (
        <Loading what="your tokens" />
      ) : (
        <>
          <section aria-label="Your tokens">
            <Title order={2} size="h3" mb="xs">
              Your tokens
            </Title>
            {mine.length === 0 ? (
              <Text c="dimmed" fs="italic">
                You have no tokens.
              </Text>
            ) : (
              <TokenTable tokens={mine} label="Your tokens" />
            )}
          </section>
          {viewer.role === 'ADMIN' ? (
            <section aria-label="Other people's tokens">
              <Title order={2} size="h3">
                Other people’s tokens
              </Title>
              <Text c="dimmed" size="sm" mb="xs">
                As an admin you see everyone’s tokens (service accounts’ too) and may revoke any of them.
              </Text>
              {others.length === 0 ? (
                <Text c="dimmed" fs="italic">
                  Nobody else has a token.
                </Text>
              ) : (
                <TokenTable tokens={others} label="Other people's tokens" showOwner />
              )}
            </section>
          ) : null}
          <MorePages paging={paging} shown={nodes.length} total={total} what="tokens" />
        </>
      )}
    </Stack>
  );
}

/** How long a new token works: a preset, a chosen day, or (not recommended) for ever. */
const expiryOptions = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'One year' },
  { value: 'date', label: 'Until a date…' },
  { value: 'never', label: 'Never (not recommended)' },
];

/** expiryOf turns the form's choice into the instant the token stops working; null for never or no valid day. */
function expiryOf(choice: string, day: string): string | null {
  if (choice === 'never') return null;
  if (choice === 'date') return dueDateToISO(day);
  return new Date(Date.now() + Number(choice) * 86_400_000).toISOString();
}

const tokenFieldNames = ['name', 'scope', 'expiresAt'];

function NewToken({ mayWrite, onCreated }: { mayWrite: boolean; onCreated: (s: Secret) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('READ');
  const [expiry, setExpiry] = useState('90');
  const [day, setDay] = useState('');
  const [state, run] = useMutation(createToken);
  const errors = formErrors(state.error, tokenFieldNames);
  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>Create a token</Button>
      </Group>
    );
  }
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run({ input: { name: name.trim(), scope, expiresAt: expiryOf(expiry, day) } });
    const created = r.data?.createAPIToken;
    if (created) {
      onCreated({ name: created.apiToken.name, secret: created.token });
      setName('');
      setScope('READ');
      setExpiry('90');
      setDay('');
      setOpen(false);
    }
  };
  const incomplete = !name.trim() || (expiry === 'date' && !dueDateToISO(day));
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} aria-label="New API token">
        <Stack gap="sm">
          <Title order={2} size="h4">
            New API token
          </Title>
          <TextInput
            label="Name"
            description="What uses it, e.g. “Deploy pipeline” or “Chat bot”"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.fields.name}
            maxLength={120}
            maw={420}
          />
          <Radio.Group
            label="Access"
            value={scope}
            onChange={(v) => setScope(v as TokenScope)}
            error={errors.fields.scope}
            description={mayWrite ? undefined : 'Your role may only create read-only tokens.'}
          >
            <Stack gap={6} mt={6}>
              <Radio value="READ" label="Read only — for reporting tools and dashboards" />
              <Radio value="READ_WRITE" label="Read and write — for integrations that add incidents or timeline events" disabled={!mayWrite} />
            </Stack>
          </Radio.Group>
          <Group align="flex-start" gap="sm">
            <Select
              label="Expires after"
              data={expiryOptions}
              value={expiry}
              onChange={(v) => v && setExpiry(v)}
              allowDeselect={false}
              error={expiry === 'date' ? undefined : errors.fields.expiresAt}
              w={220}
            />
            {expiry === 'date' ? (
              <TextInput type="date" label="Expiry date" value={day} onChange={(e) => setDay(e.currentTarget.value)} error={errors.fields.expiresAt} />
            ) : null}
          </Group>
          {errors.other ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {errors.other}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={state.fetching} disabled={incomplete}>
              Create token
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

/** TokenTable lists tokens with when they were made, run out and were last used; showOwner adds whose they are. */
function TokenTable({ tokens, label, showOwner = false }: { tokens: Token[]; label: string; showOwner?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            {showOwner ? <Table.Th>Acts as</Table.Th> : null}
            <Table.Th>Access</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>
              <VisuallyHidden>Revoke</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((t) => (
            <TokenRow key={t.id} token={t} showOwner={showOwner} />
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {plural(tokens.length, 'token')}
      </Text>
    </Table.ScrollContainer>
  );
}

function TokenRow({ token, showOwner }: { token: Token; showOwner: boolean }) {
  const [confirm, setConfirm] = useState(false);
  const [state, revoke] = useMutation(revokeToken);
  const errors = formErrors(state.error);
  const expired = !!token.expiresAt && new Date(token.expiresAt).getTime() <= Date.now();
  const doRevoke = async () => {
    const r = await revoke({ id: token.id }, { additionalTypenames: ['APIToken'] });
    if (!r.error) setConfirm(false);
  };
  return (
    <Table.Tr data-testid="api-token">
      <Table.Td>
        <Text size="sm" fw={600}>
          {token.name}
        </Text>
        <Code fz="xs">{token.tokenPrefix}…</Code>
      </Table.Td>
      {showOwner ? <Table.Td>{token.user.name}</Table.Td> : null}
      <Table.Td>
        <Badge variant="light" radius="sm" tt="none" color={token.scope === 'READ_WRITE' ? 'orange' : 'indigo'}>
          {token.scope === 'READ_WRITE' ? 'Read and write' : 'Read only'}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={formatDateTime(token.createdAt)}>
          {formatDate(token.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        {expired ? (
          <Badge color="red" variant="light" radius="sm" tt="none">
            Expired {formatDate(token.expiresAt)}
          </Badge>
        ) : (
          <Text size="sm" title={formatDateTime(token.expiresAt)}>
            {token.expiresAt ? formatDate(token.expiresAt) : 'Never'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={token.lastUsedAt ? undefined : 'dimmed'}>
          {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never used'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirm(true)} aria-label={`Revoke ${token.name}`}>
          Revoke…
        </Button>
        <Modal opened={confirm} onClose={() => setConfirm(false)} title={`Revoke “${token.name}”?`}>
          <Stack gap="sm">
            <Text size="sm">
              {showOwner ? `${token.user.name}’s` : 'The'} integration using this token is refused from its next request, everywhere. This cannot be
              undone: to connect it again, create a new token.
            </Text>
            {errors.other ? (
              <Alert color="red" variant="light" role="alert" p="xs">
                {errors.other}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirm(false)}>
                Cancel
              </Button>
              <Button color="red" onClick={() => void doRevoke()} loading={state.fetching}>
                Revoke token
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Table.Td>
    </Table.Tr>
  );
}
