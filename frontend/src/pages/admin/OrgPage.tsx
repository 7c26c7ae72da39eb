import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMutation, type CombinedError } from 'urql';

import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PickerSelect } from '../../components/Pickers';
import { graphql } from '../../gql';
import type { AdminTeamsQuery, AdminVendorsQuery, ServiceKind } from '../../gql/graphql';
import { MorePages } from '../../incident/Section';
import { plural, safeHref, serviceKindLabel } from '../../lib/format';
import { formErrors } from '../../lib/followup';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWholeList } from '../../lib/useWholeList';

const teamsQuery = graphql(`
  query AdminTeams($after: Cursor) {
    teams(first: 100, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          chatChannel
          members(first: 0) {
            totalCount
          }
          services(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`);

const vendorsQuery = graphql(`
  query AdminVendors($after: Cursor) {
    vendors(first: 100, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          website
          services(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`);

const createTeam = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`);

const renameTeam = graphql(`
  mutation RenameTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
    }
  }
`);

const createVendor = graphql(`
  mutation CreateVendor($input: CreateVendorInput!) {
    createVendor(input: $input) {
      id
      name
    }
  }
`);

const createService = graphql(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      id
      name
    }
  }
`);

type Team = NonNullable<NonNullable<NonNullable<AdminTeamsQuery['teams']['edges']>[number]>['node']>;

const teamsOf = (d: AdminTeamsQuery) => d.teams;
const vendorsOf = (d: AdminVendorsQuery) => d.vendors;
const teamsContext = { additionalTypenames: ['Team', 'Service'] };
const vendorsContext = { additionalTypenames: ['Vendor', 'Service'] };
const kindOptions = Object.entries(serviceKindLabel).map(([value, label]) => ({ value, label }));

/**
 * OrgPage: the organisation's catalogue — the teams that own services and
 * actions, the vendors dependencies come from, and the services incidents
 * are about. Who answers for a service (escalation contacts, runbook) is
 * kept in the directory.
 */
export function OrgPage() {
  useDocumentTitle('Services, teams and vendors');
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>Services, teams and vendors</Title>
        <Text c="dimmed" size="sm">
          Incidents name the services they affected, actions go to teams, and vendor dependencies name their vendor. Who answers for a service is kept in
          the{' '}
          <Anchor component={Link} to="/directory" size="sm">
            directory
          </Anchor>
          .
        </Text>
      </div>
      <ServicesSection />
      <TeamsSection />
      <VendorsSection />
    </Stack>
  );
}

/** Section is one titled part of the page, labelled by its title. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </section>
  );
}

/** FormAlert shows what the server refused that no field of the form answers for. */
function FormAlert({ text }: { text: string | null }) {
  return text ? (
    <Alert color="red" variant="light" role="alert" p="xs">
      {text}
    </Alert>
  ) : null;
}

/** trimmed is the value typed, or undefined when it is only blanks (an optional field left empty). */
const trimmed = (s: string) => s.trim() || undefined;

function ServicesSection() {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ServiceKind>('SERVICE');
  const [teamID, setTeamID] = useState<string | null>(null);
  const [vendorID, setVendorID] = useState<string | null>(null);
  const [runbook, setRunbook] = useState('');
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [state, run] = useMutation(createService);
  const errors = formErrors(state.error, ['name', 'runbookURL']);
  const isVendorDependency = kind === 'VENDOR_DEPENDENCY';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(
      {
        input: {
          name: name.trim(),
          kind,
          ownerTeamID: teamID ?? undefined,
          // Only a vendor dependency names its vendor.
          vendorID: isVendorDependency ? (vendorID ?? undefined) : undefined,
          runbookURL: trimmed(runbook),
        },
      },
      { additionalTypenames: ['Service'] },
    );
    if (r.error || !r.data) return;
    setCreated(r.data.createService);
    setName('');
    setRunbook('');
    setVendorID(null);
  };

  return (
    <Section id="services-heading" title="Add a service">
      <form onSubmit={submit} aria-label="Add a service">
        <Stack gap="sm" maw={560}>
          <Group align="flex-start" grow>
            <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.fields.name} />
            <Select label="Kind" data={kindOptions} value={kind} onChange={(v) => v && setKind(v as ServiceKind)} allowDeselect={false} />
          </Group>
          <PickerSelect kind="teams" label="Owning team" placeholder="Pick a team" value={teamID} onChange={setTeamID} clearable />
          {isVendorDependency ? (
            <PickerSelect kind="vendors" label="Vendor" placeholder="Pick the vendor it comes from" value={vendorID} onChange={setVendorID} clearable />
          ) : null}
          <TextInput
            label="Runbook"
            placeholder="https://…"
            value={runbook}
            onChange={(e) => setRunbook(e.currentTarget.value)}
            error={errors.fields.runbookURL}
          />
          <FormAlert text={errors.other} />
          {created && !state.error ? (
            <Text size="sm" role="status">
              Added{' '}
              <Anchor component={Link} to={`/services/${encodeURIComponent(created.id)}`} size="sm">
                {created.name}
              </Anchor>
              . Name its escalation contacts in the{' '}
              <Anchor component={Link} to={`/directory?q=${encodeURIComponent(created.name)}`} size="sm">
                directory
              </Anchor>
              .
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={state.fetching} disabled={!name.trim()}>
              Add service
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function TeamsSection() {
  const { result, reload, nodes: teams, total, paging } = useWholeList(teamsQuery, teamsOf, teamsContext);
  const [name, setName] = useState('');
  const [channel, setChannel] = useState('');
  const [state, run] = useMutation(createTeam);
  const errors = formErrors(state.error, ['name', 'chatChannel']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run({ input: { name: name.trim(), chatChannel: trimmed(channel) } });
    if (r.error) return;
    setName('');
    setChannel('');
    reload();
  };

  return (
    <Section id="teams-heading" title="Teams">
      <form onSubmit={submit} aria-label="Add a team">
        <Group align="flex-start">
          <TextInput label="Team name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.fields.name} w={260} />
          <TextInput
            label="Chat channel"
            placeholder="#payments-oncall"
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value)}
            error={errors.fields.chatChannel}
            w={220}
          />
          <Button type="submit" mt={25} loading={state.fetching} disabled={!name.trim()}>
            Add team
          </Button>
        </Group>
        <FormAlert text={errors.other} />
      </form>
      <Listing error={result.error} loaded={!!result.data} total={total} reload={reload} what="teams" empty="No teams yet.">
        <Text size="sm" c="dimmed" data-testid="team-count">
          {plural(total, 'team')}
        </Text>
        <Table verticalSpacing="xs" aria-label="Teams">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Team</Table.Th>
              <Table.Th>Chat channel</Table.Th>
              <Table.Th ta="right">Members</Table.Th>
              <Table.Th ta="right">Services</Table.Th>
              <Table.Th>Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teams.map((t) => (
              <TeamRow key={t.id} team={t} />
            ))}
          </Table.Tbody>
        </Table>
        <MorePages paging={paging} shown={teams.length} total={total} what="teams" />
      </Listing>
    </Section>
  );
}

/** Listing shows a list once its first page is in: an error with a retry, a loading notice, a note that it is empty, or its children. */
function Listing({
  error,
  loaded,
  total,
  reload,
  what,
  empty,
  children,
}: {
  error?: CombinedError;
  loaded: boolean;
  total: number;
  reload: () => void;
  what: string;
  empty: string;
  children: ReactNode;
}) {
  if (error && !loaded) return <ErrorNotice error={error} onRetry={reload} />;
  if (!loaded) return <Loading what={`the ${what}`} />;
  if (total === 0) {
    return (
      <Text c="dimmed" fs="italic" size="sm">
        {empty}
      </Text>
    );
  }
  return <div>{children}</div>;
}

function TeamRow({ team }: { team: Team }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name);
  const [state, rename] = useMutation(renameTeam);
  const errors = formErrors(state.error, ['name']);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() !== team.name) {
      const r = await rename({ id: team.id, input: { name: name.trim() } });
      if (r.error) return;
    }
    setEditing(false);
  };

  if (editing) {
    return (
      <Table.Tr>
        <Table.Td colSpan={5}>
          <form onSubmit={save} aria-label={`Rename team ${team.name}`}>
            <Group align="flex-start" gap="sm">
              <TextInput
                aria-label="Name"
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.fields.name}
                style={{ flex: '1 1 220px' }}
                data-autofocus
              />
              <Button type="submit" size="xs" mt={4} loading={state.fetching} disabled={!name.trim()}>
                Save
              </Button>
              <Button size="xs" mt={4} variant="default" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </Group>
            <FormAlert text={errors.other} />
          </form>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr data-testid="team-row">
      <Table.Td fw={600}>{team.name}</Table.Td>
      <Table.Td>{team.chatChannel || '—'}</Table.Td>
      <Table.Td ta="right">{team.members.totalCount}</Table.Td>
      <Table.Td ta="right">{team.services.totalCount}</Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => {
            setName(team.name);
            setEditing(true);
          }}
          aria-label={`Rename ${team.name}`}
        >
          Rename
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function VendorsSection() {
  const { result, reload, nodes: vendors, total, paging } = useWholeList(vendorsQuery, vendorsOf, vendorsContext);
  const [name, setName] = useState('');
  const [website, setWebsite] = useState('');
  const [state, run] = useMutation(createVendor);
  const errors = formErrors(state.error, ['name', 'website']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run({ input: { name: name.trim(), website: trimmed(website) } });
    if (r.error) return;
    setName('');
    setWebsite('');
    reload();
  };

  return (
    <Section id="vendors-heading" title="Vendors">
      <form onSubmit={submit} aria-label="Add a vendor">
        <Group align="flex-start">
          <TextInput label="Vendor name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.fields.name} w={260} />
          <TextInput
            label="Website"
            placeholder="https://…"
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
            error={errors.fields.website}
            w={220}
          />
          <Button type="submit" mt={25} loading={state.fetching} disabled={!name.trim()}>
            Add vendor
          </Button>
        </Group>
        <FormAlert text={errors.other} />
      </form>
      <Listing error={result.error} loaded={!!result.data} total={total} reload={reload} what="vendors" empty="No vendors yet.">
        <Text size="sm" c="dimmed" data-testid="vendor-count">
          {plural(total, 'vendor')}
        </Text>
        <Table verticalSpacing="xs" aria-label="Vendors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Vendor</Table.Th>
              <Table.Th>Website</Table.Th>
              <Table.Th ta="right">Services</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {vendors.map((v) => {
              const href = safeHref(v.website);
              return (
                <Table.Tr key={v.id} data-testid="vendor-row">
                  <Table.Td fw={600}>{v.name}</Table.Td>
                  <Table.Td>
                    {href ? (
                      <Anchor href={href} target="_blank" rel="noreferrer" size="sm">
                        {v.website}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{v.services.totalCount}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <MorePages paging={paging} shown={vendors.length} total={total} what="vendors" />
      </Listing>
    </Section>
  );
}
