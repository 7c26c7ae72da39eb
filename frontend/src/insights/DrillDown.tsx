import { useEffect, useState } from 'react';
import { Anchor, Button, Drawer, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { SeverityBadge, StatusBadge } from '../components/Badges';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import type { AnalysisFilter } from '../gql/graphql';
import { nodes } from '../incident/query';
import { formatDate, plural } from '../lib/format';
import type { Drill } from './params';
import { drillDownQuery } from './query';

const pageSize = 25;

/** One page of the incidents behind a figure; the next page appends below it. */
function DrillPage({ filter, drill, after, onMore }: { filter: AnalysisFilter; drill: Drill; after: string | null; onMore: (cursor: string) => void }) {
  const [result, reexecute] = useQuery({
    query: drillDownQuery,
    variables: { filter, keys: drill.keys, first: pageSize, after },
  });
  const conn = result.data?.analysisIncidents;
  if (result.error && !conn) return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!conn) return <Loading what="the incidents" />;
  return (
    <Stack gap="sm">
      {after ? null : (
        <Text size="sm" data-testid="drill-count">
          {plural(conn.totalCount, 'incident')}
        </Text>
      )}
      <List listStyleType="none" spacing="xs" aria-label="Incidents behind the figure">
        {nodes(conn).map((i) => (
          <List.Item key={i.id}>
            <Anchor component={Link} to={`/incidents/${encodeURIComponent(i.id)}`} fw={600} size="sm">
              {i.title}
            </Anchor>
            <Group gap={6} mt={2}>
              <SeverityBadge severity={i.severity} size="sm" />
              <StatusBadge status={i.status} size="sm" />
              <Text span size="xs" c="dimmed">
                {formatDate(i.startedAt)}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {conn.pageInfo.hasNextPage && conn.pageInfo.endCursor ? (
        <Button variant="default" size="xs" onClick={() => onMore(conn.pageInfo.endCursor!)} style={{ alignSelf: 'flex-start' }}>
          More incidents
        </Button>
      ) : null}
    </Stack>
  );
}

/**
 * DrillDown opens the incidents behind a figure (the API counts them the
 * same way as the figure), with links to each.
 */
export function DrillDown({ filter, drill, onClose }: { filter: AnalysisFilter; drill: Drill | null; onClose: () => void }) {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const id = JSON.stringify(drill);
  useEffect(() => setPages([null]), [id]);
  return (
    <Drawer opened={!!drill} onClose={onClose} position="right" size="lg" title={drill ? `Incidents: ${drill.label}` : ''}>
      {drill
        ? pages.map((after, i) => (
            <DrillPage
              key={after ?? 'first'}
              filter={filter}
              drill={drill}
              after={after}
              onMore={(cursor) => i === pages.length - 1 && setPages([...pages, cursor])}
            />
          ))
        : null}
    </Drawer>
  );
}
