import { useCallback, useMemo, useState } from 'react';
import { Button, Modal, Paper, Stack, Text } from '@mantine/core';
import { useClient, useQuery } from 'urql';

import { ActionForm } from '../actions/ActionForm';
import { useSession } from '../auth/viewer';
import { ErrorNotice } from '../components/ErrorNotice';
import { mayAnalyse } from '../lib/followup';
import { usePagedConnection } from '../lib/usePagedConnection';
import { useBoard } from './board';
import { InsightCard } from './InsightCard';
import { InsightForm } from './InsightForm';
import { incidentInsightsPageQuery, incidentInsightsQuery, type InsightItem } from './insightsQuery';
import { nodes, type Incident } from './query';
import { Empty, MorePages, Section } from './Section';
import { useBoardSync } from './useBoardSync';

/**
 * InsightsSection: what the incident taught us, each insight backed by
 * evidence from the board and the contributing factors it rests on, and
 * turned into actions from here.
 */
export function InsightsSection({ incident }: { incident: Incident }) {
  const { viewer } = useSession();
  const { refetch: refetchBoard } = useBoard();
  const context = useMemo(() => ({ additionalTypenames: ['Insight', 'ContributingFactor'] }), []);
  const [result, reexecute] = useQuery({ query: incidentInsightsQuery, variables: { id: incident.id }, context });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useBoardSync(reload);
  const [adding, setAdding] = useState(false);
  const [turning, setTurning] = useState<InsightItem | null>(null);

  const node = result.data?.node;
  const data = node?.__typename === 'Incident' ? node : undefined;
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string) => {
      const r = await client.query(incidentInsightsPageQuery, { id: incident.id, after }, { requestPolicy: 'network-only' }).toPromise();
      const more = r.data?.node;
      return { error: r.error, page: more?.__typename === 'Incident' ? more.insights : undefined };
    },
    [client, incident.id],
  );
  // Every insight, not just the first page; a reload of the first page
  // (the board's, through useBoardSync) reloads the rest too.
  const { edges, ...paging } = usePagedConnection(data?.insights, fetchPage);
  const insights = nodes({ edges });
  const factors = nodes(data?.contributingFactors);
  const categoryCount = result.data?.factorCategories.totalCount ?? 0;

  return (
    <Section
      id="insights"
      title="Insights"
      description="What this incident taught us, the evidence for it, and the factors behind it."
      aside={
        mayAnalyse(viewer.role) && !adding ? (
          <Button size="xs" onClick={() => setAdding(true)}>
            Add an insight
          </Button>
        ) : null
      }
    >
      <Stack gap="md">
        {result.error && !data ? <ErrorNotice error={result.error} onRetry={reload} /> : null}
        {adding ? (
          <Paper bg="gray.0" p="md" radius="md">
            <InsightForm
              incident={incident}
              factors={factors}
              categoryCount={categoryCount}
              onSaved={() => {
                setAdding(false);
                reload();
                void refetchBoard();
              }}
              onCancel={() => setAdding(false)}
            />
          </Paper>
        ) : null}
        {!data && result.fetching ? (
          <Text size="sm" c="dimmed">
            Loading the insights…
          </Text>
        ) : data && insights.length === 0 ? (
          <Empty>No insights yet.</Empty>
        ) : (
          insights.map((i) => <InsightCard key={i.id} insight={i} incident={incident} onTurnIntoAction={() => setTurning(i)} onStale={reload} />)
        )}
        {data ? <MorePages paging={paging} shown={insights.length} total={data.insights.totalCount} what="insights" /> : null}
      </Stack>
      <Modal opened={turning !== null} onClose={() => setTurning(null)} title="Turn the insight into an action" size="xl">
        {turning ? (
          <ActionForm
            from={{ insightID: turning.id, incidentIDs: [incident.id], insightStatement: turning.statement }}
            onSaved={() => {
              setTurning(null);
              reload();
              void refetchBoard();
            }}
            onCancel={() => setTurning(null)}
          />
        ) : null}
      </Modal>
    </Section>
  );
}
