import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { AnalysisDimension, AnalysisFilter, AnalysisKeyInput, TrendInterval } from '../gql/graphql';
import { isDimension, listFilters, type ListFilterParam } from './dimensions';

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** A drill-down: which figure was opened, and the group keys (and period) behind it. */
export interface Drill {
  label: string;
  keys: AnalysisKeyInput[];
}

export interface InsightsState {
  groupBy: AnalysisDimension[];
  from: string | null;
  to: string | null;
  interval: TrendInterval;
  lists: Record<ListFilterParam, string[]>;
  drill: Drill | null;
  /** Which duration the distributions show (a figure key). */
  duration: string | null;
}

/** dayStart is UTC midnight of a day (the API counts months and quarters in UTC). */
export const dayStart = (day: string) => `${day}T00:00:00Z`;

/** dayAfter is UTC midnight after a day, so the range includes its last day. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** toFilter turns the state into the API's filter. */
export function toFilter(s: InsightsState): AnalysisFilter {
  const filter: AnalysisFilter = {};
  if (s.from) filter.from = dayStart(s.from);
  if (s.to) filter.to = dayAfter(s.to);
  for (const f of listFilters) {
    const v = s.lists[f.param];
    if (v.length) (filter as Record<string, unknown>)[f.field] = v;
  }
  return filter;
}

function parseDrill(raw: string | null): Drill | null {
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Drill;
    if (typeof d.label === 'string' && Array.isArray(d.keys) && d.keys.every((k) => isDimension(k.dimension))) return d;
  } catch {
    // a hand-edited address: no drill-down
  }
  return null;
}

/**
 * useInsightsState keeps every choice of the insights page in the address
 * (dimensions, filters, range, the open drill-down), so a view can be
 * bookmarked, shared and reloaded.
 */
export function useInsightsState() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const state: InsightsState = useMemo(() => {
    const by = (params.get('by') ?? 'SERVICE').split(',').filter(isDimension).slice(0, 2);
    const lists = Object.fromEntries(
      listFilters.map((f) => [f.param, (params.get(f.param) ?? '').split(',').filter(Boolean)]),
    ) as Record<ListFilterParam, string[]>;
    return {
      groupBy: params.get('by') === '' ? [] : by,
      from: isDay(params.get('from')) ? params.get('from') : null,
      to: isDay(params.get('to')) ? params.get('to') : null,
      interval: params.get('interval') === 'QUARTER' ? 'QUARTER' : 'MONTH',
      lists,
      drill: parseDrill(params.get('drill')),
      duration: params.get('duration'),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: !('drill' in changes) });
  };

  return {
    state,
    update,
    setGroupBy: (by: AnalysisDimension[]) => update({ by: by.join(','), drill: null }),
    setDrill: (drill: Drill | null) => update({ drill: drill ? JSON.stringify(drill) : null }),
    reset: () => setParams(new URLSearchParams(), { replace: true }),
  };
}
