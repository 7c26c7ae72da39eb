import '../reports/report.css';

import { useCallback, useState } from 'react';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { errorText } from '../incident/board';
import { formatDateTime } from '../lib/format';
import { canAnalyse } from '../lib/roles';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { ExportButtons } from '../reports/Export';
import { hasDefinitions } from '../reports/definitions';
import { reportPath } from '../reports/labels';
import { deleteReportMutation, reportPageQuery, reportVersionQuery, type ReportData } from '../reports/query';
import { ReportEditor } from '../reports/ReportEditor';
import { ReportMarkdown } from '../reports/ReportMarkdown';
import { ReportMeta } from '../reports/ReportMeta';
import { Trail } from '../reports/Trail';

// /reports/:id is the stable link: readers get the latest published
// version with its metadata and the live trail; analysts and admins also
// get the draft editor above it. /reports/:id/versions/:number shows one
// published version as it was published.

function Crumbs({ title, report }: { title?: string; report?: { id: string; title: string } }) {
  return (
    <Breadcrumbs aria-label="Breadcrumb" className="no-print">
      <Anchor component={Link} to="/reports" size="sm">
        Reports
      </Anchor>
      {report ? (
        <Anchor component={Link} to={reportPath(report.id)} size="sm">
          {report.title}
        </Anchor>
      ) : null}
      {title ? (
        <Text size="sm" c="dimmed" lineClamp={1}>
          {title}
        </Text>
      ) : null}
    </Breadcrumbs>
  );
}

function NotFound({ error, onRetry }: { error?: Parameters<typeof ErrorNotice>[0]['error']; onRetry: () => void }) {
  const missing = !error || error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT');
  return (
    <Stack gap="sm">
      <Crumbs />
      <Title order={1}>{missing ? 'Report not found' : 'This report could not be loaded'}</Title>
      {error && !missing ? (
        <ErrorNotice error={error} onRetry={onRetry} />
      ) : (
        <Text c="dimmed">There is no report at this address, it has not been published yet, or you do not have access to what it covers.</Text>
      )}
      <Anchor component={Link} to="/reports">
        All reports
      </Anchor>
    </Stack>
  );
}

/** ReportPage: a report at its stable link. */
export function ReportPage() {
  const { id = '' } = useParams();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const analyst = canAnalyse(viewer.role);
  const [result, reexecute] = useQuery({ query: reportPageQuery, variables: { id } });
  const reload = useCallback(() => new Promise<void>((ok) => {
    reexecute({ requestPolicy: 'network-only' });
    ok();
  }), [reexecute]);
  const [published, setPublished] = useState<number | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteState, runDelete] = useMutation(deleteReportMutation);
  const node = result.data?.node;
  const report = node?.__typename === 'Report' ? (node as ReportData) : undefined;
  const latest = report?.latest;
  useDocumentTitle(latest?.title ?? report?.title ?? (result.fetching ? 'Report' : 'Report not found'));

  if (!report) {
    if (result.fetching || (!result.data && !result.error)) {
      return (
        <Stack>
          <Crumbs />
          <Loading what="the report" />
        </Stack>
      );
    }
    return <NotFound error={result.error} onRetry={() => void reload()} />;
  }

  const onDelete = async () => {
    const r = await runDelete({ id: report.id });
    if (!r.error) void navigate('/reports');
  };

  return (
    <Stack gap="lg" className="report-print">
      <Crumbs title={latest?.title ?? report.title} />
      {result.error ? <ErrorNotice error={result.error} /> : null}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{latest?.title ?? report.title}</Title>
          {!latest ? (
            <Group gap="xs">
              <Badge color="gray" variant="light" radius="sm">
                Draft
              </Badge>
              <Text size="sm" c="dimmed">
                Not published yet.
              </Text>
            </Group>
          ) : null}
        </Stack>
        {latest ? <ExportButtons nodeID={latest.id} /> : analyst ? <ExportButtons nodeID={report.id} /> : null}
      </Group>

      {published ? (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setPublished(null)} className="no-print" data-testid="published-notice">
          Version {published} published. Everyone who may see what it covers can read it at{' '}
          <Anchor component={Link} to={reportPath(report.id)}>
            {window.location.origin}
            {report.link}
          </Anchor>
          .
        </Alert>
      ) : null}

      {analyst ? (
        // The draft and its editor are for analysts on screen; once published, paper gets the published version.
        <Stack gap="lg" className={latest ? 'report-editor' : undefined}>
          <ReportMeta
            audience={report.audience}
            incident={report.incident}
            periodStart={report.periodStart}
            periodEnd={report.periodEnd}
            scope={report.scope}
            generatedAt={report.generatedAt}
            generatedBy={report.generatedBy?.name}
            templateName={report.template?.name}
            changedSincePublish={report.publishedVersion > 0 && report.changedSincePublish}
            definitions={report.definitions}
            foldDefinitions
          />
          <ReportEditor key={report.version} report={report} onChanged={reload} onPublished={setPublished} />
          {report.publishedVersion === 0 ? (
            <Group className="no-print">
              <Button variant="subtle" color="red" size="xs" onClick={() => setConfirmDelete(true)}>
                Delete this draft
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}

      {latest ? (
        <Stack gap="md" component="article" aria-labelledby="published-heading" data-testid="published-report">
          {analyst ? (
            <Title order={2} size="h3" id="published-heading" className="no-print">
              Published version {latest.number}
            </Title>
          ) : (
            <span id="published-heading" hidden>
              {latest.title}
            </span>
          )}
          <ReportMeta
            audience={report.audience}
            incident={report.incident}
            periodStart={report.periodStart}
            periodEnd={report.periodEnd}
            scope={latest.scope}
            generatedAt={latest.generatedAt}
            generatedBy={latest.generatedAt === report.generatedAt ? report.generatedBy?.name : null}
            templateName={report.template?.name}
            published={{ number: latest.number, at: latest.publishedAt, by: latest.createdBy?.name }}
            definitions={hasDefinitions(latest.body) ? null : latest.definitions}
          />
          <Paper withBorder radius="md" p="lg">
            <ReportMarkdown>{latest.body}</ReportMarkdown>
          </Paper>
        </Stack>
      ) : !analyst ? (
        <Text c="dimmed">This report has not been published yet.</Text>
      ) : null}

      <Trail trail={report.trail} />
      <Versions reportID={report.id} versions={report.publishedVersions} />

      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="Delete this draft?">
        <Stack gap="md">
          <Text size="sm">The draft was never published, so nobody else has read it. Deleting cannot be undone.</Text>
          {deleteState.error ? (
            <Alert color="red" variant="light" role="alert">
              {errorText(deleteState.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Cancel
            </Button>
            <Button color="red" loading={deleteState.fetching} onClick={() => void onDelete()}>
              Delete draft
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Versions({ reportID, versions, current }: { reportID: string; versions: ReportData['publishedVersions']; current?: number }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="versions-heading" className="no-print">
      <Title order={2} size="h4" id="versions-heading" mb="xs">
        Published versions
      </Title>
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          None yet.
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label="Published versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Published</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.id} data-testid="report-version">
                <Table.Td>
                  {v.number === current ? (
                    <Text size="sm" fw={700}>
                      {v.number} (shown)
                    </Text>
                  ) : (
                    <Anchor component={Link} to={reportPath(reportID, v.number)} size="sm">
                      Version {v.number}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{v.title}</Table.Td>
                <Table.Td>
                  {formatDateTime(v.publishedAt)}
                  {v.createdBy ? ` by ${v.createdBy.name}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** ReportVersionPage: one published version, as it was published. */
export function ReportVersionPage() {
  const { id = '', number = '' } = useParams();
  const [result, reexecute] = useQuery({ query: reportVersionQuery, variables: { id } });
  const node = result.data?.node;
  const report = node?.__typename === 'Report' ? node : undefined;
  const version = report?.publishedVersions.find((v) => String(v.number) === number);
  useDocumentTitle(version ? `${version.title} (version ${version.number})` : result.fetching ? 'Report' : 'Report version not found');

  if (!report || !version) {
    if (result.fetching || (!result.data && !result.error)) return <Loading what="the report" />;
    return <NotFound error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  const newest = report.publishedVersions.reduce((n, v) => Math.max(n, v.number), 0);
  return (
    <Stack gap="lg" className="report-print">
      <Crumbs report={{ id: report.id, title: report.title }} title={`Version ${version.number}`} />
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{version.title}</Title>
        <ExportButtons nodeID={version.id} />
      </Group>
      {version.number !== newest ? (
        <Alert color="yellow" variant="light" className="no-print">
          This is version {version.number}; a newer one was published.{' '}
          <Anchor component={Link} to={reportPath(report.id)}>
            Read the latest
          </Anchor>
        </Alert>
      ) : null}
      <ReportMeta
        audience={report.audience}
        incident={report.incident}
        periodStart={report.periodStart}
        periodEnd={report.periodEnd}
        scope={version.scope}
        generatedAt={version.generatedAt}
        published={{ number: version.number, at: version.publishedAt, by: version.createdBy?.name }}
        definitions={hasDefinitions(version.body) ? null : version.definitions}
      />
      <Paper withBorder radius="md" p="lg">
        <ReportMarkdown>{version.body}</ReportMarkdown>
      </Paper>
      <Versions reportID={report.id} versions={report.publishedVersions} current={version.number} />
    </Stack>
  );
}
