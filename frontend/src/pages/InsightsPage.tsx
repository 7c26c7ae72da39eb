import '@mantine/charts/styles.css';

import { useMemo } from 'react';
import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';

import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import type { AnnotationTarget } from '../annotations/AnnotationForm';
import { BreakdownChart } from '../insights/BreakdownChart';
import { Controls } from '../insights/Controls';
import { dimensionLabel } from '../insights/dimensions';
import { DrillDown } from '../insights/DrillDown';
import { DurationPicker, Durations, durationLabel, isDurationKey } from '../insights/Durations';
import { FigureCard } from '../insights/FigureCard';
import { HeatMapFigure } from '../insights/HeatMapFigure';
import { figureNotes, groupLabel, keyInput, periodNotes } from '../insights/keys';
import { useFilterOptions } from '../insights/options';
import { toFilter, useInsightsState } from '../insights/params';
import { insightsAnalysisQuery, type AnnotationData, type Analysis } from '../insights/query';
import { RecurringFactors } from '../insights/RecurringFactors';
import { pick, useAnnotations } from '../insights/useAnnotations';
import { TrendChart } from '../insights/TrendChart';
import { Overview } from '../insights/Overview';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const unique = (list: AnnotationData[]) => [...new Map(list.map((a) => [a.id, a])).values()];

/** InsightsPage: incidents across time, grouped and filtered, every figure with its definition, context and incidents. */
export function InsightsPage() {
  useDocumentTitle('Insights');
  const { state, update, setGroupBy, setDrill, reset } = useInsightsState();
  const { options } = useFilterOptions();
  const filter = useMemo(() => toFilter(state), [state]);
  const valid = !(state.from && state.to && state.from > state.to);
  const [result, reexecute] = useQuery({
    query: insightsAnalysisQuery,
    variables: { filter, groupBy: state.groupBy, interval: state.interval },
    pause: !valid,
  });
  const analysis = result.data?.incidentAnalysis;
  const annotationsByID = useAnnotations(analysis);
  const annotations = analysis ? pick(annotationsByID, analysis.annotations) : [];
  const duration = isDurationKey(state.duration) ? state.duration : 'timeToMitigate';

  const target = (figure: string): AnnotationTarget => ({
    scopes: ['FIGURE', 'PERIOD', 'SERVICE'],
    figure,
    period: state.from && state.to ? { from: state.from, to: state.to } : undefined,
  });
  const definition = (a: Analysis, key: string) => a.definitions.find((d) => d.key === key)?.definition;
  const byName = state.groupBy.map((d) => dimensionLabel[d].toLowerCase()).join(' and ');

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Insights</Title>
        <Text c="dimmed" size="sm">
          Patterns across incidents: where they happen, what contributes, how long they take. Each figure says what it counts and opens to the
          incidents behind it.
        </Text>
      </div>
      <Controls state={state} options={options} onGroupBy={setGroupBy} update={update} reset={reset} />
      {result.error && !analysis ? (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !valid ? null : !analysis ? (
        <Loading what="the analysis" />
      ) : (
        <>
          {result.error ? <ErrorNotice error={result.error} /> : null}
          <Overview analysis={analysis} onOpen={() => setDrill({ label: 'All incidents', keys: [] })} />
          <FigureCard
            id="breakdown"
            title={state.groupBy.length ? `Incidents by ${byName}` : 'Incidents'}
            definition={definition(analysis, 'count')}
            annotations={unique([...figureNotes(annotations, 'count'), ...analysis.groups.flatMap((g) => pick(annotationsByID, g.annotations))])}
            target={target('count')}
          >
            {state.groupBy.length ? (
              <BreakdownChart groups={analysis.groups} onOpen={(g) => setDrill({ label: groupLabel(g.keys), keys: g.keys.map(keyInput) })} />
            ) : (
              <Alert variant="light" color="gray">
                Choose a dimension to group by to see a breakdown.
              </Alert>
            )}
          </FigureCard>
          <FigureCard
            id="trend"
            title={`Incidents per ${state.interval === 'QUARTER' ? 'quarter' : 'month'}`}
            definition={definition(analysis, 'trend')}
            annotations={unique([...figureNotes(annotations, 'trend'), ...periodNotes(annotations)])}
            target={target('trend')}
          >
            <TrendChart
              trend={analysis.trend}
              onOpen={(key, point) =>
                setDrill({
                  label: `${key ? `${key.label}, ` : ''}${point.period}`,
                  keys: [...(key ? [keyInput(key)] : []), { dimension: state.interval, value: point.period }],
                })
              }
            />
          </FigureCard>
          <HeatMapFigure
            filter={filter}
            definition={definition(analysis, 'count')}
            annotations={figureNotes(annotations, 'count')}
            target={target('count')}
            onOpen={setDrill}
          />
          <FigureCard
            id="durations"
            title={durationLabel[duration]}
            definition={analysis.total[duration].definition}
            annotations={unique([
              ...figureNotes(annotations, duration),
              ...annotations.filter((a) => a.scope === 'INCIDENT' && analysis.total[duration].outliers.some((o) => o.id === a.incidentID)),
            ])}
            target={target(duration)}
          >
            <DurationPicker value={duration} onChange={(k) => update({ duration: k === 'timeToMitigate' ? null : k })} />
            <Durations
              figure={duration}
              total={analysis.total}
              groups={analysis.groups}
              onOpen={(g) => setDrill(g ? { label: groupLabel(g.keys), keys: g.keys.map(keyInput) } : { label: 'All incidents', keys: [] })}
            />
          </FigureCard>
          <SimpleGrid cols={1}>
            <FigureCard
              id="recurring"
              title="Recurring factor categories"
              definition={definition(analysis, 'recurringFactors')}
              annotations={figureNotes(annotations, 'recurringFactors')}
              target={target('recurringFactors')}
            >
              <RecurringFactors factors={analysis.recurringFactors} onOpen={(f) => setDrill({ label: f.key.label, keys: [keyInput(f.key)] })} />
            </FigureCard>
          </SimpleGrid>
        </>
      )}
      <DrillDown filter={filter} drill={state.drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}
