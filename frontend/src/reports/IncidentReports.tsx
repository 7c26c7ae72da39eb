import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { Empty, Section } from '../incident/Section';
import { nodes } from '../incident/query';
import { formatDate } from '../lib/format';
import { canAnalyse } from '../lib/roles';
import { GenerateIncidentReport } from './GenerateReport';
import { audienceLabel, reportPath } from './labels';
import { incidentReportsQuery } from './query';

/**
 * IncidentReports is the incident page's "Reports" section: the reports
 * written about the incident (readers see the published ones, analysts
 * and admins their drafts too; the server decides), and for analysts and
 * admins "Generate report". It reads its own query so the board's query
 * stays as it was.
 */
export function IncidentReports({ incidentID }: { incidentID: string }) {
  const { viewer } = useSession();
  const analyst = canAnalyse(viewer.role);
  const [generating, setGenerating] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['Report'] }), []);
  const [result, reexecute] = useQuery({ query: incidentReportsQuery, variables: { id: incidentID }, context });
  const node = result.data?.node;
  const reports = node?.__typename === 'Incident' ? nodes(node.reports) : [];

  return (
    <Section
      id="reports"
      title="Reports"
      description="What was learned, written for each audience: executives, engineers, teams, support and customers."
      aside={
        analyst ? (
          <Button size="xs" onClick={() => setGenerating(true)}>
            Generate report
          </Button>
        ) : undefined
      }
    >
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !result.data ? (
        <Text size="sm" c="dimmed">
          Loading the reports…
        </Text>
      ) : reports.length === 0 ? (
        <Empty>{analyst ? 'No reports yet: generate one for the audience that needs it.' : 'No reports published yet.'}</Empty>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Reports on this incident">
          {reports.map((r) => (
            <Group key={r.id} component="li" gap="sm" wrap="wrap" data-testid="incident-report">
              <Anchor component={Link} to={reportPath(r.id)} fw={600} size="sm">
                {r.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {audienceLabel[r.audience]}
              </Text>
              {r.publishedVersion > 0 ? (
                <Text size="xs" c="dimmed">
                  Version {r.publishedVersion}, published {formatDate(r.publishedAt)}
                </Text>
              ) : (
                <Badge size="xs" color="gray" variant="light">
                  Draft
                </Badge>
              )}
              {analyst && r.publishedVersion > 0 && r.changedSincePublish ? (
                <Badge size="xs" color="orange" variant="light">
                  Changed since publication
                </Badge>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      <Modal opened={generating} onClose={() => setGenerating(false)} title="Generate a report" size="lg">
        {generating ? <GenerateIncidentReport incidentID={incidentID} onCancel={() => setGenerating(false)} /> : null}
      </Modal>
    </Section>
  );
}
