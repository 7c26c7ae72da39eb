import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from 'urql';

import { useSession } from '../../auth/viewer';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';
import type { AdminPeopleQuery, Role } from '../../gql/graphql';
import { MorePages } from '../../incident/Section';
import { nodes } from '../../incident/query';
import { plural, roleLabel } from '../../lib/format';
import { formErrors } from '../../lib/followup';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWholeList } from '../../lib/useWholeList';

// A page of the people (not integrations' service accounts) whose name
// matches the search, with their teams and role.
const peopleQuery = graphql(`
  query AdminPeople($where: UserWhereInput!, $after: Cursor) {
    users(first: 100, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
          teams(first: 10, orderBy: [{ field: NAME, direction: ASC }]) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

const setRole = graphql(`
  mutation SetRole($id: ID!, $role: Role!) {
    updateUser(id: $id, input: { role: $role }) {
      id
      role
    }
  }
`);

type Person = NonNullable<NonNullable<NonNullable<AdminPeopleQuery['users']['edges']>[number]>['node']>;

const peopleOf = (d: AdminPeopleQuery) => d.users;
const context = { additionalTypenames: ['User'] };
const roleOptions = Object.entries(roleLabel).map(([value, label]) => ({ value, label }));

/**
 * PeoplePage: everyone in the directory and their role — who administers
 * Debrief, who runs reviews (analysts), who writes (members) and who only
 * reads (viewers). People appear here when they first sign in.
 */
export function PeoplePage() {
  useDocumentTitle('People');
  const [search, setSearch] = useState('');
  // One request a moment after typing stops, not one per key.
  const [q] = useDebouncedValue(search.trim(), 250);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>People</Title>
        <Text c="dimmed" size="sm">
          People appear here when they first sign in. Admins manage Debrief, analysts run reviews and curate the directory, members write about incidents and
          viewers only read.
        </Text>
      </div>
      <TextInput label="Search" type="search" placeholder="Name…" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={320} />
      {/* Keyed by the search: new words start again from the first page. */}
      <PeopleTable key={q} search={q} />
    </Stack>
  );
}

function PeopleTable({ search }: { search: string }) {
  const variables = useMemo(() => ({ where: search ? { serviceAccount: false, nameContainsFold: search } : { serviceAccount: false } }), [search]);
  const { result, reload, nodes: people, total, paging } = useWholeList(peopleQuery, peopleOf, context, variables);
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={reload} />;
  if (!result.data) return <Loading what="people" />;
  if (people.length === 0) {
    return (
      <Text c="dimmed" fs="italic">
        {search ? `Nobody’s name contains “${search}”.` : 'Nobody has signed in yet.'}
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm" c="dimmed" data-testid="people-count">
        {plural(total, 'person', 'people')}
      </Text>
      <Table verticalSpacing="sm" aria-label="People">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Teams</Table.Th>
            <Table.Th>Role</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <PersonRow key={p.id} person={p} />
          ))}
        </Table.Tbody>
      </Table>
      <MorePages paging={paging} shown={people.length} total={total} what="people" />
    </div>
  );
}

function PersonRow({ person }: { person: Person }) {
  const { viewer } = useSession();
  const [state, run] = useMutation(setRole);
  // Stepping down from admin takes the admin pages away at once: asked first.
  const [confirming, setConfirming] = useState<Role | null>(null);
  const errors = formErrors(state.error, ['role']);
  const error = errors.fields.role ?? errors.other;
  const isViewer = person.id === viewer.id;

  const change = (role: Role) => {
    if (role === person.role) return;
    if (isViewer && person.role === 'ADMIN') setConfirming(role);
    else void run({ id: person.id, role });
  };

  return (
    <Table.Tr data-testid="person-row">
      <Table.Td fw={600}>
        {person.name}
        {isViewer ? (
          <Badge size="xs" ml={6} variant="light">
            You
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>{person.email || '—'}</Table.Td>
      <Table.Td>{nodes(person.teams).map((t) => t.name).join(', ') || '—'}</Table.Td>
      <Table.Td>
        <Select
          aria-label={`Role of ${person.name}`}
          data={roleOptions}
          value={person.role}
          onChange={(v) => v && change(v as Role)}
          allowDeselect={false}
          disabled={state.fetching}
          size="xs"
          w={140}
        />
        {error ? (
          <Alert color="red" variant="light" role="alert" mt="xs" p="xs">
            {error}
          </Alert>
        ) : null}
        <Modal opened={!!confirming} onClose={() => setConfirming(null)} title="Stop being an admin?">
          <Stack gap="sm">
            <Text size="sm">
              You will become {confirming ? roleLabel[confirming].toLowerCase() : ''} and lose the admin pages at once; only another admin can make you an admin
              again.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                Stay admin
              </Button>
              <Button
                color="orange"
                onClick={() => {
                  if (confirming) void run({ id: person.id, role: confirming });
                  setConfirming(null);
                }}
              >
                Step down
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Table.Td>
    </Table.Tr>
  );
}
