import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { PickerMultiSelect } from '../components/Pickers';
import { ContactLinks, LocalTime, localTime, utcOffset } from '../directory/contact';
import { graphql } from '../gql';
import type {
  DirectoryPersonFieldsFragment,
  DirectoryServiceFieldsFragment,
  ServiceWhereInput,
  UserWhereInput,
} from '../gql/graphql';
import { errorText } from '../incident/board';
import { nodes } from '../incident/query';
import { label, plural, safeHref, serviceKindLabel } from '../lib/format';
import { canAnalyse } from '../lib/roles';
import { timeZoneOptions } from '../lib/tz';
import { useDocumentTitle } from '../lib/useDocumentTitle';

/**
 * How many people or services one page of the directory shows. An
 * organisation may have thousands, so the directory searches on the server
 * and loads further pages on request rather than everything at once.
 */
export const DIRECTORY_PAGE_SIZE = 50;

graphql(`
  fragment DirectoryPersonFields on User {
    id
    name
    title
    email
    phone
    chatHandle
    expertise
    timeZone
    teams(first: 10, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

graphql(`
  fragment DirectoryServiceFields on Service {
    id
    name
    kind
    runbookURL
    ownerTeam {
      id
      name
      chatChannel
    }
    escalationContacts(first: 20, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          phone
        }
      }
    }
  }
`);

const directoryPeopleQuery = graphql(`
  query DirectoryPeople($where: UserWhereInput!, $first: Int!, $after: Cursor) {
    users(first: $first, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryPersonFields
        }
      }
    }
  }
`);

const directoryServicesQuery = graphql(`
  query DirectoryServices($where: ServiceWhereInput!, $first: Int!, $after: Cursor) {
    services(first: $first, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryServiceFields
        }
      }
    }
  }
`);

const directoryMeQuery = graphql(`
  query DirectoryMe($id: ID!) {
    users(first: 1, where: { id: $id }) {
      edges {
        node {
          ...DirectoryPersonFields
        }
      }
    }
  }
`);

const updateMe = graphql(`
  mutation UpdateMyContact($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      phone
      chatHandle
      expertise
      timeZone
    }
  }
`);

const updateServiceContacts = graphql(`
  mutation UpdateServiceResponse($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      id
      runbookURL
    }
  }
`);

type Person = DirectoryPersonFieldsFragment;
type Service = DirectoryServiceFieldsFragment;

/** useMinuteClock re-renders every minute so local times stay right while the page is open. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

/**
 * The longest skill filter the API takes (it refuses more); no skill is
 * that long, so longer words just skip the expertise match.
 */
const EXPERTISE_FILTER_MAX = 100;

/**
 * The server-side filters for the words typed: what the page used to match
 * in the browser — name, title, email, chat handle, time zone, team and
 * expertise (any skill containing the words, ignoring case).
 */
function peopleWhere(f: string): UserWhereInput {
  if (!f) return { serviceAccount: false };
  const or: UserWhereInput[] = [
    { nameContainsFold: f },
    { titleContainsFold: f },
    { emailContainsFold: f },
    { chatHandleContainsFold: f },
    { timeZoneContainsFold: f },
    { hasTeamsWith: [{ nameContainsFold: f }] },
  ];
  if (f.length <= EXPERTISE_FILTER_MAX) or.push({ expertiseContainsFold: f });
  return { serviceAccount: false, or };
}

function servicesWhere(f: string): ServiceWhereInput {
  if (!f) return {};
  return {
    or: [
      { nameContainsFold: f },
      { hasOwnerTeamWith: [{ nameContainsFold: f }] },
      { hasEscalationContactsWith: [{ nameContainsFold: f }] },
    ],
  };
}

/** What a page after the first tells its list: where the next one starts, and how many it holds. */
interface LoadedPage {
  count: number;
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * usePages keeps the cursors of the pages loaded after the first, and what
 * each reported once it arrived, so "Load more" knows where to go on.
 */
function usePages() {
  const [cursors, setCursors] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<Record<string, LoadedPage>>({});
  const report = useCallback(
    (after: string, page: LoadedPage) =>
      setLoaded((prev) => {
        const was = prev[after];
        if (was && was.count === page.count && was.hasNextPage === page.hasNextPage && was.endCursor === page.endCursor) return prev;
        return { ...prev, [after]: page };
      }),
    [],
  );
  return { cursors, loaded, report, add: (after: string) => setCursors((c) => (c.includes(after) ? c : [...c, after])) };
}

const directoryContext = { additionalTypenames: ['User', 'Service'] };

/** DirectoryPage: who is who, where they are, how to reach them, and who answers for each service. */
export function DirectoryPage() {
  useDocumentTitle('Directory');
  const { viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = params.get('q') ?? '';
  const setFilter = (q: string) => setParams(q ? { q } : {}, { replace: true });
  // One request a moment after typing stops, not one per key.
  const [f] = useDebouncedValue(filter.trim(), 250);
  const now = useMinuteClock();
  const [editingMe, setEditingMe] = useState(false);
  const [editingService, setEditingService] = useState<Service | null>(null);
  const [meResult, reexecuteMe] = useQuery({ query: directoryMeQuery, variables: { id: viewer.id }, context: directoryContext });
  const me = nodes(meResult.data?.users)[0];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Directory</Title>
        <Text c="dimmed" size="sm">
          Who to call during an incident: people with their teams, skills, local time and how to reach them, and who answers for each service.
          Press <b>?</b> anywhere for a quick search.
        </Text>
      </div>
      <Group align="flex-end">
        <TextInput
          label="Filter"
          type="search"
          placeholder="Name, team, skill or service…"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={320}
        />
        {me ? (
          <Button variant="light" onClick={() => setEditingMe(true)}>
            Edit my contact details
          </Button>
        ) : null}
      </Group>

      {/* Keyed by the filter: new words start again from the first page. */}
      <PeopleSection key={`people:${f}`} filter={f} viewerID={viewer.id} now={now} />
      <ServicesSection key={`services:${f}`} filter={f} canEdit={canAnalyse(viewer.role)} onEdit={setEditingService} />

      <Modal opened={editingMe && !!me} onClose={() => setEditingMe(false)} title="My contact details">
        {me ? (
          <MyDetailsForm
            me={me}
            onDone={() => {
              setEditingMe(false);
              reexecuteMe({ requestPolicy: 'network-only' });
            }}
          />
        ) : null}
      </Modal>
      <Modal opened={!!editingService} onClose={() => setEditingService(null)} title={editingService ? `Who answers for ${editingService.name}` : ''}>
        {editingService ? <ServiceForm service={editingService} onDone={() => setEditingService(null)} /> : null}
      </Modal>
    </Stack>
  );
}

/** MoreButton loads the next page of a list, and says how much of it is on screen. */
function MoreButton({ shown, total, what, next, onMore }: { shown: number; total: number; what: string; next?: string | null; onMore: (after: string) => void }) {
  return (
    <Group justify="space-between" mt="xs">
      <Text size="sm" c="dimmed" data-testid={`directory-${what}-shown`} aria-live="polite">
        Showing {shown} of {what === 'people' ? plural(total, 'person', 'people') : plural(total, 'service')}
      </Text>
      {next ? (
        <Button variant="default" size="xs" onClick={() => onMore(next)}>
          Load more {what}
        </Button>
      ) : null}
    </Group>
  );
}

function PeopleSection({ filter, viewerID, now }: { filter: string; viewerID: string; now: Date }) {
  const where = useMemo(() => peopleWhere(filter), [filter]);
  const [result, reexecute] = useQuery({
    query: directoryPeopleQuery,
    variables: { where, first: DIRECTORY_PAGE_SIZE },
    context: directoryContext,
  });
  const { cursors, loaded, report, add } = usePages();
  const users = result.data?.users;
  const first = nodes(users);
  const lastCursor = cursors[cursors.length - 1];
  const next = lastCursor ? (loaded[lastCursor]?.hasNextPage ? loaded[lastCursor].endCursor : null) : users?.pageInfo.hasNextPage ? users.pageInfo.endCursor : null;
  const shown = first.length + cursors.reduce((n, c) => n + (loaded[c]?.count ?? 0), 0);

  return (
    <section aria-labelledby="people-heading">
      <Title order={2} size="h3" id="people-heading" mb="xs">
        People{users ? <Text span c="dimmed" size="sm" ml={8} data-testid="directory-people-count">{plural(users.totalCount, 'person', 'people')}</Text> : null}
      </Title>
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !users ? (
        <Loading what="people" />
      ) : users.totalCount === 0 ? (
        <Text c="dimmed" fs="italic" size="sm">
          {filter ? `Nobody matches “${filter}”.` : 'Nobody is in the directory yet.'}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="xs" aria-label="People" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>Teams</Table.Th>
                  <Table.Th>Expertise</Table.Th>
                  <Table.Th>Local time</Table.Th>
                  <Table.Th>Contact</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {first.map((p) => (
                  <PersonRow key={p.id} p={p} viewerID={viewerID} now={now} />
                ))}
                {cursors.map((after) => (
                  <MorePeople key={after} where={where} after={after} report={report} viewerID={viewerID} now={now} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <MoreButton shown={shown} total={users.totalCount} what="people" next={next} onMore={add} />
        </>
      )}
    </section>
  );
}

/** MorePeople is one page of people after the first. */
function MorePeople({
  where,
  after,
  report,
  viewerID,
  now,
}: {
  where: UserWhereInput;
  after: string;
  report: (after: string, page: LoadedPage) => void;
  viewerID: string;
  now: Date;
}) {
  const [result, reexecute] = useQuery({
    query: directoryPeopleQuery,
    variables: { where, first: DIRECTORY_PAGE_SIZE, after },
    context: directoryContext,
  });
  const users = result.data?.users;
  useEffect(() => {
    if (users) report(after, { count: nodes(users).length, hasNextPage: users.pageInfo.hasNextPage, endCursor: users.pageInfo.endCursor });
  }, [users, after, report]);
  return (
    <>
      {nodes(users).map((p) => (
        <PersonRow key={p.id} p={p} viewerID={viewerID} now={now} />
      ))}
      <PageStatus colSpan={5} what="people" fetching={!users} error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    </>
  );
}

/** PageStatus is the row a page shows while it loads or when it failed. */
function PageStatus({ colSpan, what, fetching, error, onRetry }: { colSpan: number; what: string; fetching: boolean; error?: Parameters<typeof ErrorNotice>[0]['error']; onRetry: () => void }) {
  if (error) {
    return (
      <Table.Tr>
        <Table.Td colSpan={colSpan}>
          <ErrorNotice error={error} onRetry={onRetry} />
        </Table.Td>
      </Table.Tr>
    );
  }
  if (!fetching) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Loading what={`more ${what}`} />
      </Table.Td>
    </Table.Tr>
  );
}

function PersonRow({ p, viewerID, now }: { p: Person; viewerID: string; now: Date }) {
  return (
    <Table.Tr data-testid="directory-person">
      <Table.Th scope="row" fw={400}>
        <Text size="sm" fw={600}>
          {p.name}
          {p.id === viewerID ? (
            <Badge size="xs" ml={6} variant="light">
              You
            </Badge>
          ) : null}
        </Text>
        {p.title ? (
          <Text size="xs" c="dimmed">
            {p.title}
          </Text>
        ) : null}
      </Table.Th>
      <Table.Td>
        <Text size="sm">{nodes(p.teams).map((t) => t.name).join(', ') || '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {(p.expertise ?? []).map((x) => (
            <Badge key={x} size="xs" variant="light" color="teal" tt="none">
              {x}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <LocalTime time={localTime(p.timeZone, now)} offset={utcOffset(p.timeZone, now)} zone={p.timeZone} />
      </Table.Td>
      <Table.Td>
        <ContactLinks phone={p.phone} chatHandle={p.chatHandle} email={p.email} />
      </Table.Td>
    </Table.Tr>
  );
}

function ServicesSection({ filter, canEdit, onEdit }: { filter: string; canEdit: boolean; onEdit: (s: Service) => void }) {
  const where = useMemo(() => servicesWhere(filter), [filter]);
  const [result, reexecute] = useQuery({
    query: directoryServicesQuery,
    variables: { where, first: DIRECTORY_PAGE_SIZE },
    context: directoryContext,
  });
  const { cursors, loaded, report, add } = usePages();
  const services = result.data?.services;
  const first = nodes(services);
  const lastCursor = cursors[cursors.length - 1];
  const next = lastCursor
    ? loaded[lastCursor]?.hasNextPage
      ? loaded[lastCursor].endCursor
      : null
    : services?.pageInfo.hasNextPage
      ? services.pageInfo.endCursor
      : null;
  const shown = first.length + cursors.reduce((n, c) => n + (loaded[c]?.count ?? 0), 0);
  const columns = canEdit ? 5 : 4;

  return (
    <section aria-labelledby="services-heading">
      <Title order={2} size="h3" id="services-heading" mb="xs">
        Services{services ? <Text span c="dimmed" size="sm" ml={8} data-testid="directory-services-count">{plural(services.totalCount, 'service')}</Text> : null}
      </Title>
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !services ? (
        <Loading what="services" />
      ) : services.totalCount === 0 ? (
        <Text c="dimmed" fs="italic" size="sm">
          {filter ? `No service matches “${filter}”.` : 'No services yet.'}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="xs" aria-label="Services" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Service</Table.Th>
                  <Table.Th>Owning team</Table.Th>
                  <Table.Th>Escalation contacts</Table.Th>
                  <Table.Th>Runbook</Table.Th>
                  {canEdit ? <Table.Th>Change</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {first.map((s) => (
                  <ServiceRow key={s.id} s={s} canEdit={canEdit} onEdit={onEdit} />
                ))}
                {cursors.map((after) => (
                  <MoreServices key={after} where={where} after={after} report={report} canEdit={canEdit} onEdit={onEdit} columns={columns} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <MoreButton shown={shown} total={services.totalCount} what="services" next={next} onMore={add} />
        </>
      )}
    </section>
  );
}

/** MoreServices is one page of services after the first. */
function MoreServices({
  where,
  after,
  report,
  canEdit,
  onEdit,
  columns,
}: {
  where: ServiceWhereInput;
  after: string;
  report: (after: string, page: LoadedPage) => void;
  canEdit: boolean;
  onEdit: (s: Service) => void;
  columns: number;
}) {
  const [result, reexecute] = useQuery({
    query: directoryServicesQuery,
    variables: { where, first: DIRECTORY_PAGE_SIZE, after },
    context: directoryContext,
  });
  const services = result.data?.services;
  useEffect(() => {
    if (services) report(after, { count: nodes(services).length, hasNextPage: services.pageInfo.hasNextPage, endCursor: services.pageInfo.endCursor });
  }, [services, after, report]);
  return (
    <>
      {nodes(services).map((s) => (
        <ServiceRow key={s.id} s={s} canEdit={canEdit} onEdit={onEdit} />
      ))}
      <PageStatus colSpan={columns} what="services" fetching={!services} error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    </>
  );
}

function ServiceRow({ s, canEdit, onEdit }: { s: Service; canEdit: boolean; onEdit: (s: Service) => void }) {
  const runbook = safeHref(s.runbookURL);
  return (
    <Table.Tr data-testid="directory-service">
      <Table.Th scope="row" fw={400}>
        <Anchor component={Link} to={`/services/${encodeURIComponent(s.id)}`} size="sm" fw={600}>
          {s.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {label(serviceKindLabel, s.kind)}
        </Text>
      </Table.Th>
      <Table.Td>
        <Text size="sm">{s.ownerTeam?.name ?? '—'}</Text>
        {s.ownerTeam?.chatChannel ? (
          <Text size="xs" c="dimmed">
            {s.ownerTeam.chatChannel}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {nodes(s.escalationContacts)
            .map((u) => (u.phone ? `${u.name} (${u.phone})` : u.name))
            .join(', ') || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {runbook ? (
          <Anchor href={runbook} target="_blank" rel="noreferrer" size="sm">
            Runbook
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      {canEdit ? (
        <Table.Td>
          <Button size="compact-xs" variant="subtle" onClick={() => onEdit(s)} aria-label={`Edit ${s.name}`}>
            Edit
          </Button>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

function MyDetailsForm({ me, onDone }: { me: Person; onDone: () => void }) {
  const [phone, setPhone] = useState(me.phone ?? '');
  const [chat, setChat] = useState(me.chatHandle ?? '');
  const [expertise, setExpertise] = useState<string[]>(me.expertise ?? []);
  const [tz, setTz] = useState<string | null>(me.timeZone);
  const zones = useMemo(() => timeZoneOptions([me.timeZone]), [me.timeZone]);
  const [state, run] = useMutation(updateMe);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Empty fields clear the value rather than storing an empty string.
    const r = await run({
      id: me.id,
      input: {
        ...(phone.trim() ? { phone: phone.trim() } : { clearPhone: true }),
        ...(chat.trim() ? { chatHandle: chat.trim() } : { clearChatHandle: true }),
        ...(expertise.length ? { expertise } : { clearExpertise: true }),
        ...(tz ? { timeZone: tz } : {}),
      },
    });
    if (!r.error) onDone();
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput label="Phone" description="In international form, e.g. +49 30 1234567" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
        <TextInput label="Chat handle" description="e.g. @sam on Slack" value={chat} onChange={(e) => setChat(e.currentTarget.value)} />
        <TagsInput
          label="Expertise"
          description="What people may call you about; press Enter after each"
          value={expertise}
          onChange={setExpertise}
          clearable
        />
        <Select label="Time zone" data={zones} value={tz} onChange={setTz} searchable allowDeselect={false} />
        {state.error ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errorText(state.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ServiceForm({ service, onDone }: { service: Service; onDone: () => void }) {
  const current = nodes(service.escalationContacts);
  const before = current.map((u) => u.id);
  const [contacts, setContacts] = useState<string[]>(before);
  const [runbook, setRunbook] = useState(service.runbookURL ?? '');
  const [state, run] = useMutation(updateServiceContacts);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const add = contacts.filter((id) => !before.includes(id));
    const remove = before.filter((id) => !contacts.includes(id));
    const r = await run({
      id: service.id,
      input: {
        ...(runbook.trim() ? { runbookURL: runbook.trim() } : { clearRunbookURL: true }),
        ...(add.length ? { addEscalationContactIDs: add } : {}),
        ...(remove.length ? { removeEscalationContactIDs: remove } : {}),
      },
    });
    if (!r.error) onDone();
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <PickerMultiSelect
          kind="people"
          label="Escalation contacts"
          description="Called first for this service, before the owning team"
          known={current}
          value={contacts}
          onChange={setContacts}
          clearable
        />
        <TextInput label="Runbook" placeholder="https://…" value={runbook} onChange={(e) => setRunbook(e.currentTarget.value)} />
        {state.error ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errorText(state.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
