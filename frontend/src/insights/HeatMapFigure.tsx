import type { ReactNode } from 'react';
import { useQuery } from 'urql';

import type { AnnotationTarget } from '../annotations/AnnotationForm';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import type { AnalysisFilter, AnnotationFieldsFragment } from '../gql/graphql';
import { FigureCard } from './FigureCard';
import { HeatMap } from './HeatMap';
import { keyInput } from './keys';
import type { Drill } from './params';
import { heatMapQuery } from './query';

/** HeatMapFigure: the incidents of the view by service and factor category, whatever the page is grouped by. */
export function HeatMapFigure({
  filter,
  definition,
  annotations,
  target,
  onOpen,
}: {
  filter: AnalysisFilter;
  definition?: ReactNode;
  annotations: AnnotationFieldsFragment[];
  target: AnnotationTarget;
  onOpen: (drill: Drill) => void;
}) {
  const [result, reexecute] = useQuery({ query: heatMapQuery, variables: { filter } });
  const groups = result.data?.incidentAnalysis.groups;
  const cells = (groups ?? [])
    .filter((g) => g.keys.length === 2)
    .map((g) => ({ row: g.keys[0], column: g.keys[1], count: g.figures.count }));
  return (
    <FigureCard id="heatmap" wide title="Services × factor categories" definition={definition} annotations={annotations} target={target}>
      {result.error && !groups ? (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !groups ? (
        <Loading what="the heat map" />
      ) : (
        <HeatMap
          cells={cells}
          rowTitle="Service"
          columnTitle="Factor category"
          onOpen={(c) => onOpen({ label: `${c.row.label} · ${c.column.label}`, keys: [keyInput(c.row), keyInput(c.column)] })}
        />
      )}
    </FigureCard>
  );
}
