import { useMemo } from 'react';
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import type { ReportAudience, ReportWhereInput } from '../gql/graphql';
import { nodes } from '../incident/query';
import { formatDate, formatDateTime, plural } from '../lib/format';
import { canAnalyse } from '../lib/roles';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { NewLeadershipReport } from '../reports/GenerateReport';
import { allAudiences, audienceLabel, periodText, reportPath } from '../reports/labels';
import { reportsListQuery } from '../reports/query';

const PAGE_SIZE = 25;

/**
 * ReportsPage lists the reports the viewer may read, newest change first:
 * analysts and admins see drafts too (the server decides what is listed).
 * The page and the audience filter live in the address.
 */
export function ReportsPage() {
  useDocumentTitle('Reports');
  const { viewer } = useSession();
  const analyst = canAnalyse(viewer.role);
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const before = params.get('before');
  const audience = params.get('audience') as ReportAudience | null;
  const where = useMemo<ReportWhereInput | undefined>(() => (audience && allAudiences.includes(audience) ? { audience } : undefined), [audience]);
  const variables = useMemo(
    () => (before ? { last: PAGE_SIZE, before, where } : { first: PAGE_SIZE, after, where }),
    [after, before, where],
  );
  const context = useMemo(() => ({ additionalTypenames: ['Report'] }), []);
  const [result, reexecute] = useQuery({ query: reportsListQuery, variables, context });
  const conn = result.data?.reports;
  const reports = nodes(conn);

  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Reports</Title>
        <Text c="dimmed" size="sm">
          What was learned, written for each audience. Incident reports are generated from an incident’s page; leadership reports cover a period.
        </Text>
      </div>
      {analyst ? (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="new-leadership-heading">
          <Title order={2} size="h4" id="new-leadership-heading" mb="xs">
            New leadership report
          </Title>
          <NewLeadershipReport />
        </Paper>
      ) : null}
      <Group justify="space-between" align="flex-end">
        <Select
          label="Audience"
          placeholder="All audiences"
          data={allAudiences.map((a) => ({ value: a, label: audienceLabel[a] }))}
          value={audience}
          onChange={(v) => go({ audience: v, after: null, before: null })}
          clearable
          w={260}
        />
        {conn ? (
          <Text size="sm" c="dimmed" data-testid="report-count">
            {plural(conn.totalCount, 'report')}
          </Text>
        ) : null}
      </Group>
      {result.error && !conn ? (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !conn ? (
        <Loading what="the reports" />
      ) : reports.length === 0 ? (
        <Text c="dimmed" fs="italic">
          {analyst ? 'No reports yet. Generate one from an incident’s page, or a leadership report above.' : 'No published reports yet.'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" aria-label="Reports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Report</Table.Th>
                <Table.Th>Audience</Table.Th>
                <Table.Th>Covers</Table.Th>
                <Table.Th>Published</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.map((r) => (
                <Table.Tr key={r.id} data-testid="report-row">
                  <Table.Td>
                    <Anchor component={Link} to={reportPath(r.id)} fw={600} size="sm">
                      {r.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{audienceLabel[r.audience]}</Text>
                  </Table.Td>
                  <Table.Td>
                    {r.incident ? (
                      <Anchor component={Link} to={`/incidents/${encodeURIComponent(r.incident.id)}`} size="sm">
                        {r.incident.title}
                      </Anchor>
                    ) : (
                      <Text size="sm">{periodText(r.periodStart, r.periodEnd) || '—'}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.publishedVersion > 0 ? (
                      <Stack gap={2}>
                        <Text size="sm" title={formatDateTime(r.publishedAt)}>
                          Version {r.publishedVersion}, {formatDate(r.publishedAt)}
                        </Text>
                        {analyst && r.changedSincePublish ? (
                          <Badge size="xs" color="orange" variant="light">
                            Changed since publication
                          </Badge>
                        ) : null}
                      </Stack>
                    ) : (
                      <Badge color="gray" variant="light" radius="sm">
                        Draft
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {conn && (conn.pageInfo.hasPreviousPage || conn.pageInfo.hasNextPage || after || before) ? (
        <Group justify="space-between">
          <Button
            variant="default"
            size="xs"
            disabled={!(before ? conn.pageInfo.hasPreviousPage : !!after)}
            onClick={() => go({ before: conn.pageInfo.startCursor ?? null, after: null })}
          >
            Newer
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={!(before ? true : conn.pageInfo.hasNextPage)}
            onClick={() => go({ after: conn.pageInfo.endCursor ?? null, before: null })}
          >
            Older
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
