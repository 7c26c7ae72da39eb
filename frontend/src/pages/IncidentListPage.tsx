import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import type { IncidentListQuery, IncidentStatus, IncidentWhereInput, Severity } from '../gql/graphql';
import { SeverityBadge, StatusBadge } from '../components/Badges';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { PickerSelect } from '../components/Pickers';
import { NewIncident } from '../incident/NewIncident';
import { formatDate, formatDateTime, plural, severityHelp, statusLabel } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';

export const PAGE_SIZE = 20;

const incidentListQuery = graphql(`
  query IncidentList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: IncidentWhereInput) {
    incidents(
      first: $first
      after: $after
      last: $last
      before: $before
      where: $where
      orderBy: [{ field: STARTED_AT, direction: DESC }]
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          title
          summary
          severity
          status
          startedAt
          services(first: 4, orderBy: [{ field: NAME, direction: ASC }]) {
            totalCount
            edges {
              node {
                id
                name
              }
            }
          }
          actionItems(first: 0) {
            totalCount
          }
          openQuestions: questions(first: 0, where: { status: OPEN }) {
            totalCount
          }
        }
      }
    }
  }
`);

const statuses: IncidentStatus[] = ['RESPONDING', 'RESOLVED', 'ANALYSING', 'REVIEWING', 'FOLLOWING_UP', 'LEARNINGS_APPLIED'];
const severities: Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

const isStatus = (v: string | null): v is IncidentStatus => !!v && (statuses as string[]).includes(v);
const isSeverity = (v: string | null): v is Severity => !!v && (severities as string[]).includes(v);

/** The filters live in the URL, so a filtered list can be bookmarked and shared. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const status = isStatus(params.get('status')) ? (params.get('status') as IncidentStatus) : null;
  const severity = isSeverity(params.get('severity')) ? (params.get('severity') as Severity) : null;
  const service = params.get('service') || null;
  const after = params.get('after') || null;
  const before = params.get('before') || null;

  /** update changes filters and goes back to the first page. */
  const update = (changes: Record<string, string | null>, options?: { replace?: boolean; keepCursor?: boolean }) => {
    const next = new URLSearchParams(params);
    if (!options?.keepCursor) {
      next.delete('after');
      next.delete('before');
    }
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: options?.replace });
  };
  return { q, status, severity, service, after, before, update };
}

export function IncidentListPage() {
  useDocumentTitle('Incidents');
  const { q, status, severity, service, after, before, update } = useListParams();

  const where = useMemo(() => {
    const w: IncidentWhereInput = {};
    if (q) w.or = [{ titleContainsFold: q }, { summaryContainsFold: q }];
    if (status) w.status = status;
    if (severity) w.severity = severity;
    if (service) w.hasServicesWith = [{ id: service }];
    return w;
  }, [q, status, severity, service]);

  const variables = useMemo(
    () =>
      before
        ? { last: PAGE_SIZE, before, where }
        : { first: PAGE_SIZE, after, where },
    [after, before, where],
  );

  const [result, reexecute] = useQuery({ query: incidentListQuery, variables });

  // Keep showing the last page while the next one loads, instead of
  // flashing an empty table on every keystroke.
  const lastData = useRef<IncidentListQuery | undefined>(undefined);
  if (result.data) lastData.current = result.data;
  const data = result.data ?? lastData.current;

  // The search box updates the URL a moment after typing stops.
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  useEffect(() => {
    if (search.trim() === q) return;
    const t = window.setTimeout(() => update({ q: search.trim() || null }, { replace: true }), 300);
    return () => window.clearTimeout(t);
  }, [search]);

  const filtered = !!(q || status || severity || service);
  const connection = data?.incidents;
  const incidents = (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Incidents</Title>
          <Text c="dimmed" size="sm">
            Everything that went wrong, what people saw, and what we learned. Newest first.
          </Text>
        </div>
        <NewIncident />
      </Group>

      <Paper withBorder p="md" radius="md" component="section" aria-label="Search and filters">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: search.trim() || null });
          }}
        >
          <Group align="flex-end" gap="md" wrap="wrap">
            <TextInput
              label="Search"
              placeholder="Words in the title or summary"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: '2 1 260px' }}
              type="search"
              name="q"
            />
            <Select
              label="Status"
              placeholder="Any status"
              data={statuses.map((s) => ({ value: s, label: statusLabel[s] }))}
              value={status}
              onChange={(v) => update({ status: v })}
              clearable
              style={{ flex: '1 1 160px' }}
            />
            <Select
              label="Severity"
              placeholder="Any severity"
              data={severities.map((s) => ({ value: s, label: `${s} — ${severityHelp[s].split(':')[0]}` }))}
              value={severity}
              onChange={(v) => update({ severity: v })}
              clearable
              style={{ flex: '1 1 160px' }}
            />
            {/* Searches on the server: there may be more services than one page holds. */}
            <PickerSelect
              kind="services"
              label="Service"
              placeholder="Any service"
              value={service}
              onChange={(v) => update({ service: v })}
              clearable
              style={{ flex: '1 1 200px' }}
            />
            {filtered ? (
              <Button
                variant="subtle"
                onClick={() => {
                  setSearch('');
                  update({ q: null, status: null, severity: null, service: null });
                }}
              >
                Clear filters
              </Button>
            ) : null}
          </Group>
        </form>
      </Paper>

      {result.error ? <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}

      {!data && result.fetching ? <Loading what="incidents" /> : null}

      {connection ? (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="incident-count">
              {filtered
                ? `${plural(connection.totalCount, 'incident')} ${connection.totalCount === 1 ? 'matches' : 'match'}`
                : plural(connection.totalCount, 'incident')}
              {result.fetching ? ' · updating…' : ''}
            </Text>
          </Group>

          {incidents.length === 0 ? (
            <Paper withBorder p="xl" radius="md">
              <Stack align="center" gap="xs">
                <Text fw={600}>{filtered ? 'No incidents match these filters.' : 'No incidents yet.'}</Text>
                <Text size="sm" c="dimmed">
                  {filtered ? 'Try fewer words or clear a filter.' : 'Incidents appear here once they are recorded.'}
                </Text>
              </Stack>
            </Paper>
          ) : (
            <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
              <Table.ScrollContainer minWidth={900}>
                <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover className="incident-table">
                  <VisuallyHidden component="caption">Incidents, newest first</VisuallyHidden>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Incident</Table.Th>
                      <Table.Th>Severity</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Started</Table.Th>
                      <Table.Th>Services</Table.Th>
                      <Table.Th>Open questions</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Action items</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {incidents.map((incident) => {
                      const services = (incident.services.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
                      const more = incident.services.totalCount - services.length;
                      const actions = incident.actionItems.totalCount;
                      const open = incident.openQuestions.totalCount;
                      return (
                        <Table.Tr key={incident.id} data-testid="incident-row">
                          <Table.Td style={{ maxWidth: 420 }}>
                            <Anchor component={Link} to={`/incidents/${encodeURIComponent(incident.id)}`} fw={600} c="dark.8">
                              {incident.title}
                            </Anchor>
                            {incident.summary ? (
                              <Text size="xs" c="dimmed" lineClamp={1}>
                                {incident.summary}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>
                            <SeverityBadge severity={incident.severity} size="sm" />
                          </Table.Td>
                          <Table.Td>
                            <StatusBadge status={incident.status} size="sm" />
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" title={formatDateTime(incident.startedAt)} style={{ whiteSpace: 'nowrap' }}>
                              <time dateTime={incident.startedAt}>{formatDate(incident.startedAt)}</time>
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4}>
                              {services.map((s) => (
                                <Badge key={s.id} variant="outline" color="gray" size="sm" radius="sm">
                                  {s.name}
                                </Badge>
                              ))}
                              {more > 0 ? (
                                <Text size="xs" c="dimmed">
                                  +{more} more
                                </Text>
                              ) : null}
                              {services.length === 0 ? (
                                <Text size="xs" c="dimmed">
                                  None named
                                </Text>
                              ) : null}
                            </Group>
                          </Table.Td>
                          <Table.Td data-testid="open-questions">
                            {open > 0 ? (
                              <Badge color="orange" variant="light" size="sm" radius="sm" miw="max-content">
                                {plural(open, 'open question')}
                              </Badge>
                            ) : (
                              <Text size="xs" c="dimmed">
                                None open
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td style={{ textAlign: 'right' }}>
                            <Text size="sm" c={actions === 0 ? 'dimmed' : undefined}>
                              {actions}
                              <VisuallyHidden> {actions === 1 ? 'action item' : 'action items'}</VisuallyHidden>
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}

          <Group justify="space-between" component="nav" aria-label="Pages of incidents">
            <Button
              variant="default"
              disabled={!connection.pageInfo.hasPreviousPage || !connection.pageInfo.startCursor}
              onClick={() => update({ before: connection.pageInfo.startCursor ?? null, after: null }, { keepCursor: true })}
            >
              ← Previous
            </Button>
            <Button
              variant="default"
              disabled={!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
              onClick={() => update({ after: connection.pageInfo.endCursor ?? null, before: null }, { keepCursor: true })}
            >
              Next →
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
