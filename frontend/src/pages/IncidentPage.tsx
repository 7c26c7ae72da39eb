import { Anchor, Badge, Breadcrumbs, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useQuery, type OperationResult } from 'urql';

import { SeverityBadge, StatusBadge } from '../components/Badges';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { ActionItemsSection } from '../incident/ActionItemsSection';
import { InsightsSection } from '../incident/InsightsSection';
import { Milestones } from '../incident/Milestones';
import { ParticipantsSection } from '../incident/ParticipantsSection';
import { PerspectivesSection } from '../incident/PerspectivesSection';
import { QuestionsSection } from '../incident/QuestionsSection';
import { TimelineSection } from '../incident/TimelineSection';
import { RelatedIncidents } from '../incident/RelatedIncidents';
import { IncidentAnnotations } from '../annotations/IncidentAnnotations';
import { CommentsSection } from '../incident/CommentsSection';
import { BoardPanels } from '../incident/BoardPanels';
import { ReviewControls } from '../incident/ReviewControls';
import { EditIncident } from '../incident/EditIncident';
import { IncidentReports } from '../reports/IncidentReports';
import { BoardProvider } from '../incident/board';
import { ResponseArea } from '../response/ResponseArea';
import { Markdown } from '../components/Markdown';
import { FreshProvider, LiveIndicator, useLiveBoard } from '../incident/live';
import { useBoardLists } from '../incident/paging';
import { incidentPageQuery, nodes, type Incident } from '../incident/query';
import { formatDateTime, label, plural, reviewModeLabel, serviceKindLabel, severityHelp } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';

export function IncidentPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: incidentPageQuery, variables: { id } });
  const client = useClient();
  const node = result.data?.node;
  const firstPages = node?.__typename === 'Incident' ? (node as Incident) : undefined;
  // The page query reads the first 100 of each list; useBoardLists adds the
  // pages after them, so every section shows all its records.
  const { incident, paging, settle } = useBoardLists(id, firstPages);
  // A refetch for live updates: it resolves with the network's answer
  // (skipping the stale copy urql re-emits while asking), which reaches
  // the useQuery above through the shared operation, once the pages after
  // the first are fetched again from it too (a change may be on any page).
  const refetch = useCallback(
    async () => {
      const r = await new Promise<OperationResult>((resolve) => {
        let done = false;
        const sub = client.query(incidentPageQuery, { id }, { requestPolicy: 'network-only' }).subscribe((r) => {
          if (done || r.stale) return;
          done = true;
          resolve(r);
          queueMicrotask(() => sub.unsubscribe());
        });
      });
      const fresh = r.data?.node;
      if (fresh?.__typename === 'Incident') await settle(fresh as Incident);
      return r;
    },
    [client, id, settle],
  );
  const live = useLiveBoard(id, refetch);
  useDocumentTitle(incident?.title ?? (result.fetching ? 'Incident' : 'Incident not found'));

  const crumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to="/incidents" size="sm">
        Incidents
      </Anchor>
      {incident ? (
        <Text size="sm" c="dimmed" lineClamp={1}>
          {incident.title}
        </Text>
      ) : null}
    </Breadcrumbs>
  );

  if (result.error && !incident) {
    // The only input here is the id in the address, so a rejected id is a missing incident.
    const notFound = result.error.graphQLErrors.some(
      (e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT',
    );
    return (
      <Stack>
        {crumbs}
        <Title order={1}>{notFound ? 'Incident not found' : 'This incident could not be loaded'}</Title>
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Stack>
    );
  }
  if (!incident) {
    if (result.fetching || !result.data) {
      return (
        <Stack>
          {crumbs}
          <Loading what="the incident" />
        </Stack>
      );
    }
    return (
      <Stack gap="sm">
        {crumbs}
        <Title order={1}>Incident not found</Title>
        <Text c="dimmed">There is no incident with this address, or you do not have access to it.</Text>
        <Anchor component={Link} to="/incidents">
          Back to all incidents
        </Anchor>
      </Stack>
    );
  }

  const services = nodes(incident.services);
  const vendors = nodes(incident.vendors);
  const tags = nodes(incident.tags);
  const openQuestions = incident.board?.openQuestions ?? nodes(incident.questions).filter((q) => q.status === 'OPEN').length;

  const sections: { id: string; label: string; count?: number }[] = [
    { id: 'timeline', label: 'Timeline', count: incident.timelineEvents.totalCount },
    { id: 'checklists', label: 'Checklists' },
    { id: 'status-updates', label: 'Status updates' },
    { id: 'participants', label: 'Participants', count: incident.participants.totalCount },
    { id: 'perspectives', label: 'Perspectives', count: incident.perspectives.totalCount },
    { id: 'questions', label: 'Open questions', count: openQuestions },
    { id: 'comments', label: 'Discussion', count: incident.comments.totalCount },
    { id: 'insights', label: 'Insights' },
    { id: 'actions', label: 'Action items', count: incident.actionItems.totalCount },
    { id: 'reports', label: 'Reports' },
    { id: 'related', label: 'Related incidents' },
    { id: 'context', label: 'Context' },
  ];

  return (
    <BoardProvider value={{ incident, refetch, paging, answer: firstPages }}>
    <FreshProvider value={live.fresh}>
      <Stack gap="lg">
        {crumbs}
        {result.error ? <ErrorNotice error={result.error} /> : null}

        <Paper
          withBorder
          radius="md"
          p="lg"
          component="header"
          className={live.fresh.has(incident.id) ? 'incident-header is-fresh' : 'incident-header'}
        >
          <Stack gap="md">
            <Group justify="space-between" gap="xs">
              <Group gap="xs">
                <SeverityBadge severity={incident.severity} size="lg" />
                <StatusBadge status={incident.status} size="lg" />
                {incident.restricted ? (
                  <Badge color="grape" variant="light" size="lg" radius="sm">
                    Restricted
                  </Badge>
                ) : null}
              </Group>
              <Group gap="xs">
                <EditIncident incident={incident} />
                <LiveIndicator status={live.status} syncing={live.syncing} />
              </Group>
            </Group>
            <Title order={1} className="incident-title">
              {incident.title}
            </Title>
            <Text size="xs" c="dimmed">
              {severityHelp[incident.severity]}
            </Text>
            {incident.summary ? (
              <Markdown size="md">{incident.summary}</Markdown>
            ) : (
              <Text c="dimmed" fs="italic">
                No summary written yet.
              </Text>
            )}

            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Paper bg="red.0" p="md" radius="md" component="section" aria-labelledby="impact-heading">
                <Title order={2} size="h5" id="impact-heading" mb={4}>
                  Customer impact
                </Title>
                {incident.customerImpact ? (
                  <Markdown>{incident.customerImpact}</Markdown>
                ) : (
                  <Text size="sm" c="dimmed">
                    Not described yet.
                  </Text>
                )}
                {incident.customersAffected != null ? (
                  <Text size="sm" fw={600} mt="xs">
                    About {incident.customersAffected.toLocaleString()} customers affected
                  </Text>
                ) : null}
              </Paper>
              <Paper bg="gray.0" p="md" radius="md" component="section" aria-labelledby="review-heading">
                <Title order={2} size="h5" id="review-heading" mb={4}>
                  Review
                </Title>
                <dl className="facts">
                  <dt>Format</dt>
                  <dd>{incident.reviewMode ? label(reviewModeLabel, incident.reviewMode) : 'Not chosen yet'}</dd>
                  <dt>Due</dt>
                  <dd>{incident.reviewDueAt ? formatDateTime(incident.reviewDueAt) : 'No date set'}</dd>
                  <dt>Facilitator</dt>
                  <dd>{incident.facilitator?.name ?? 'Nobody yet'}</dd>
                </dl>
                <ReviewControls incident={incident} />
              </Paper>
            </SimpleGrid>

            <Milestones incident={incident} />

            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <LabelList
                title="Services"
                empty="None named"
                items={services.map((s) => ({ id: s.id, name: s.name, hint: label(serviceKindLabel, s.kind), to: `/services/${encodeURIComponent(s.id)}` }))}
              />
              <LabelList title="Vendors" empty="None involved" items={vendors.map((v) => ({ id: v.id, name: v.name }))} />
              <LabelList title="Tags" empty="No tags" items={tags.map((t) => ({ id: t.id, name: t.name }))} />
            </SimpleGrid>
          </Stack>
        </Paper>

        <nav aria-label="Sections of this incident" className="section-nav">
          {sections.map((s) => (
            <a key={s.id} href={`#${s.id}`}>
              {s.label} {s.count != null ? <span className="count">{s.count}</span> : null}
            </a>
          ))}
        </nav>

        <TimelineSection incident={incident} />
        <ResponseArea />
        <ParticipantsSection incident={incident} />
        <PerspectivesSection incident={incident} />
        <QuestionsSection incident={incident} />
        <CommentsSection incident={incident} />
        <BoardPanels incident={incident} />
        <InsightsSection incident={incident} />
        <ActionItemsSection incident={incident} />
        <IncidentReports incidentID={incident.id} />
        <RelatedIncidents incidentID={incident.id} />
        <IncidentAnnotations incidentID={incident.id} />

        <Text size="xs" c="dimmed" ta="center">
          {plural(incident.timelineEvents.totalCount, 'timeline event')} · {plural(incident.participants.totalCount, 'participant')} ·{' '}
          {plural(incident.actionItems.totalCount, 'action item')}
        </Text>
      </Stack>
    </FreshProvider>
    </BoardProvider>
  );
}

function LabelList({
  title,
  items,
  empty,
}: {
  title: string;
  items: { id: string; name: string; hint?: string; to?: string }[];
  empty: string;
}) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={6}>
        {title}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Group gap={6}>
          {items.map((i) => (
            i.to ? (
              <Badge key={i.id} component={Link} to={i.to} variant="light" color="indigo" radius="sm" size="md" title={i.hint} style={{ cursor: 'pointer' }}>
                {i.name}
              </Badge>
            ) : (
              <Badge key={i.id} variant="light" color="gray" radius="sm" size="md" title={i.hint}>
                {i.name}
              </Badge>
            )
          ))}
        </Group>
      )}
    </div>
  );
}
