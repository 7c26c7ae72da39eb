import { useEffect, useMemo, useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { ContactLinks, LocalTime, localTime, utcOffset } from '../directory/contact';
import { graphql } from '../gql';
import type { DirectoryQuery } from '../gql/graphql';
import { errorText } from '../incident/board';
import { nodes } from '../incident/query';
import { label, safeHref, serviceKindLabel } from '../lib/format';
import { canAnalyse } from '../lib/roles';
import { timeZoneOptions } from '../lib/tz';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const directoryQuery = graphql(`
  query Directory {
    users(first: 100, where: { serviceAccount: false }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
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
      }
    }
    services(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
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

type Person = NonNullable<NonNullable<NonNullable<DirectoryQuery['users']['edges']>[number]>['node']>;
type Service = NonNullable<NonNullable<NonNullable<DirectoryQuery['services']['edges']>[number]>['node']>;

/** useMinuteClock re-renders every minute so local times stay right while the page is open. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

function matches(filter: string, ...texts: (string | null | undefined)[]): boolean {
  if (!filter) return true;
  const f = filter.toLowerCase();
  return texts.some((t) => t?.toLowerCase().includes(f));
}

/** DirectoryPage: who is who, where they are, how to reach them, and who answers for each service. */
export function DirectoryPage() {
  useDocumentTitle('Directory');
  const { viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = params.get('q') ?? '';
  const setFilter = (q: string) => setParams(q ? { q } : {}, { replace: true });
  const context = useMemo(() => ({ additionalTypenames: ['User', 'Service'] }), []);
  const [result, reexecute] = useQuery({ query: directoryQuery, context });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const now = useMinuteClock();
  const [editingMe, setEditingMe] = useState(false);
  const [editingService, setEditingService] = useState<Service | null>(null);

  const people = nodes(result.data?.users);
  const services = nodes(result.data?.services);
  const f = filter.trim();
  const shownPeople = people.filter((p) =>
    matches(f, p.name, p.title, p.chatHandle, p.email, p.timeZone, ...(p.expertise ?? []), ...nodes(p.teams).map((t) => t.name)),
  );
  const shownServices = services.filter((s) =>
    matches(f, s.name, s.ownerTeam?.name, ...nodes(s.escalationContacts).map((u) => u.name)),
  );
  const me = people.find((p) => p.id === viewer.id);

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

      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={reload} />
      ) : !result.data ? (
        <Loading what="the directory" />
      ) : (
        <>
          <section aria-labelledby="people-heading">
            <Title order={2} size="h3" id="people-heading" mb="xs">
              People
            </Title>
            {shownPeople.length === 0 ? (
              <Text c="dimmed" fs="italic" size="sm">
                Nobody matches “{f}”.
              </Text>
            ) : (
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
                    {shownPeople.map((p) => (
                      <Table.Tr key={p.id} data-testid="directory-person">
                        <Table.Th scope="row" fw={400}>
                          <Text size="sm" fw={600}>
                            {p.name}
                            {p.id === viewer.id ? (
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
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </section>

          <section aria-labelledby="services-heading">
            <Title order={2} size="h3" id="services-heading" mb="xs">
              Services
            </Title>
            {shownServices.length === 0 ? (
              <Text c="dimmed" fs="italic" size="sm">
                No service matches “{f}”.
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={800}>
                <Table verticalSpacing="xs" aria-label="Services" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Service</Table.Th>
                      <Table.Th>Owning team</Table.Th>
                      <Table.Th>Escalation contacts</Table.Th>
                      <Table.Th>Runbook</Table.Th>
                      {canAnalyse(viewer.role) ? <Table.Th>Change</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shownServices.map((s) => {
                      const runbook = safeHref(s.runbookURL);
                      return (
                        <Table.Tr key={s.id} data-testid="directory-service">
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
                          {canAnalyse(viewer.role) ? (
                            <Table.Td>
                              <Button size="compact-xs" variant="subtle" onClick={() => setEditingService(s)} aria-label={`Edit ${s.name}`}>
                                Edit
                              </Button>
                            </Table.Td>
                          ) : null}
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </section>
        </>
      )}

      <Modal opened={editingMe && !!me} onClose={() => setEditingMe(false)} title="My contact details">
        {me ? (
          <MyDetailsForm
            me={me}
            onDone={() => {
              setEditingMe(false);
              reload();
            }}
          />
        ) : null}
      </Modal>
      <Modal opened={!!editingService} onClose={() => setEditingService(null)} title={editingService ? `Who answers for ${editingService.name}` : ''}>
        {editingService ? (
          <ServiceForm
            service={editingService}
            people={people}
            onDone={() => {
              setEditingService(null);
              reload();
            }}
          />
        ) : null}
      </Modal>
    </Stack>
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

function ServiceForm({ service, people, onDone }: { service: Service; people: Person[]; onDone: () => void }) {
  const before = nodes(service.escalationContacts).map((u) => u.id);
  const [contacts, setContacts] = useState<string[]>(before);
  const [runbook, setRunbook] = useState(service.runbookURL ?? '');
  const [state, run] = useMutation(updateServiceContacts);
  const options = people.map((p) => ({ value: p.id, label: p.name }));

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
        <MultiSelect
          label="Escalation contacts"
          description="Called first for this service, before the owning team"
          data={options}
          value={contacts}
          onChange={setContacts}
          searchable
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
