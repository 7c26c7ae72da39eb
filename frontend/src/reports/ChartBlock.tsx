import '@mantine/charts/styles.css';

import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';

import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { BreakdownChart } from '../insights/BreakdownChart';
import { dimensionLabel } from '../insights/dimensions';
import { groupLabel, keyInput } from '../insights/keys';
import { insightsAnalysisQuery } from '../insights/query';
import { TrendChart } from '../insights/TrendChart';
import { insightsLink, type ChartSpec } from './chartSpec';
import { periodText } from './labels';

// The charts a report quotes, drawn by the insights page's own components
// from the same query, so a report and the insights page never disagree.
// This module brings the charting library; reports load it only when a
// document has a chart (see ReportMarkdown).

/** ChartBlock draws one chart of a report, read live from the incidents it covers. */
export default function ChartBlock({ spec }: { spec: ChartSpec }) {
  const navigate = useNavigate();
  const [result, reexecute] = useQuery({
    query: insightsAnalysisQuery,
    variables: {
      filter: spec.filter,
      groupBy: spec.kind === 'breakdown' ? [spec.dimension] : [],
      interval: spec.kind === 'trend' ? spec.interval : 'MONTH',
    },
  });
  const analysis = result.data?.incidentAnalysis;
  const period = periodText(spec.filter.from, spec.filter.to);
  const title =
    spec.title ??
    (spec.kind === 'breakdown'
      ? `Incidents by ${dimensionLabel[spec.dimension].toLowerCase()}`
      : `Incidents per ${spec.interval === 'QUARTER' ? 'quarter' : 'month'}`);
  const definition = analysis?.definitions.find((d) => d.key === (spec.kind === 'breakdown' ? 'count' : 'trend'))?.definition;

  return (
    <Paper component="figure" withBorder radius="md" p="md" my="md" className="report-figure" aria-label={title} data-testid="report-chart">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {period ? (
          <Text size="xs" c="dimmed">
            Incidents started {period}
          </Text>
        ) : null}
        {result.error && !analysis ? (
          <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : !analysis ? (
          <Loading what="the chart" />
        ) : spec.kind === 'breakdown' ? (
          <BreakdownChart
            groups={analysis.groups}
            onOpen={(g) => void navigate(insightsLink(spec, { label: groupLabel(g.keys), keys: g.keys.map(keyInput) }))}
          />
        ) : (
          <TrendChart
            trend={analysis.trend}
            onOpen={(key, point) =>
              void navigate(
                insightsLink(spec, {
                  label: `${key ? `${key.label}, ` : ''}${point.period}`,
                  keys: [...(key ? [keyInput(key)] : []), { dimension: spec.interval, value: point.period }],
                }),
              )
            }
          />
        )}
        <Text component="figcaption" size="xs" c="dimmed">
          {definition ? `${definition} ` : ''}
          <Anchor component={Link} to={insightsLink(spec)} size="xs" className="no-print">
            Explore on the insights page
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}
