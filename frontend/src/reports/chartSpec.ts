import type { AnalysisDimension, AnalysisFilter, Severity, TrendInterval } from '../gql/graphql';
import { isDimension } from '../insights/dimensions';

// A chart inside a report: a fenced code block whose info string is
// `debrief-chart` and whose body is JSON, e.g.
//   {"kind":"breakdown","dimension":"SERVICE","filter":{"from":"…","to":"…"}}
//   {"kind":"trend","filter":{…},"interval":"MONTH"}
// The JSON is typed by people, so it is checked field by field: anything
// unexpected becomes a message shown in place of the chart.

export const chartLanguage = 'debrief-chart';

export type ChartSpec =
  | { kind: 'breakdown'; dimension: AnalysisDimension; filter: AnalysisFilter; title?: string }
  | { kind: 'trend'; interval: TrendInterval; filter: AnalysisFilter; title?: string };

export type Parsed = { ok: true; spec: ChartSpec } | { ok: false; error: string };

const severities: Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
const idLists = ['serviceIDs', 'vendorIDs', 'teamIDs', 'factorCategoryIDs', 'tagIDs'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function parseFilter(raw: unknown): AnalysisFilter | string {
  if (raw === undefined || raw === null) return {};
  if (!isObject(raw)) return '"filter" must be an object.';
  const filter: AnalysisFilter = {};
  for (const key of Object.keys(raw)) {
    const v = raw[key];
    if (key === 'from' || key === 'to') {
      if (!isTime(v)) return `"filter.${key}" must be a date or time, e.g. 2026-01-01T00:00:00Z.`;
      filter[key] = new Date(v).toISOString();
    } else if (key === 'severities') {
      if (!isStrings(v) || !v.every((s) => (severities as string[]).includes(s))) return '"filter.severities" must list SEV1 to SEV4.';
      filter.severities = v as Severity[];
    } else if ((idLists as readonly string[]).includes(key)) {
      if (!isStrings(v)) return `"filter.${key}" must be a list of IDs.`;
      filter[key as (typeof idLists)[number]] = v;
    } else {
      return `"filter.${key}" is not a filter the charts know.`;
    }
  }
  return filter;
}

/** parseChart reads a chart block's body. */
export function parseChart(source: string): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (e) {
    return { ok: false, error: `The chart's JSON cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!isObject(raw)) return { ok: false, error: 'The chart must be a JSON object.' };
  const filter = parseFilter(raw.filter);
  if (typeof filter === 'string') return { ok: false, error: filter };
  const title = typeof raw.title === 'string' ? raw.title : undefined;
  if (raw.kind === 'breakdown') {
    if (typeof raw.dimension !== 'string' || !isDimension(raw.dimension)) {
      return { ok: false, error: '"dimension" must be one of SERVICE, VENDOR, TEAM, FACTOR_CATEGORY, SEVERITY, TAG, MONTH or QUARTER.' };
    }
    return { ok: true, spec: { kind: 'breakdown', dimension: raw.dimension, filter, title } };
  }
  if (raw.kind === 'trend') {
    const interval = raw.interval ?? 'MONTH';
    if (interval !== 'MONTH' && interval !== 'QUARTER') return { ok: false, error: '"interval" must be MONTH or QUARTER.' };
    return { ok: true, spec: { kind: 'trend', interval, filter, title } };
  }
  return { ok: false, error: '"kind" must be "breakdown" or "trend".' };
}

/** insightsLink opens the insights page on the same incidents, to explore what a chart shows. */
export function insightsLink(spec: ChartSpec, drill?: { label: string; keys: unknown[] }): string {
  const p = new URLSearchParams();
  p.set('by', spec.kind === 'breakdown' ? spec.dimension : '');
  if (spec.kind === 'trend') p.set('interval', spec.interval);
  // The page's range is in whole days, its end inclusive; the filter's end is exclusive.
  if (spec.filter.from) p.set('from', spec.filter.from.slice(0, 10));
  if (spec.filter.to) p.set('to', new Date(new Date(spec.filter.to).getTime() - 1).toISOString().slice(0, 10));
  const lists: [string, string[] | null | undefined][] = [
    ['services', spec.filter.serviceIDs],
    ['vendors', spec.filter.vendorIDs],
    ['teams', spec.filter.teamIDs],
    ['categories', spec.filter.factorCategoryIDs],
    ['severities', spec.filter.severities],
    ['tags', spec.filter.tagIDs],
  ];
  for (const [k, v] of lists) if (v?.length) p.set(k, v.join(','));
  if (drill) p.set('drill', JSON.stringify(drill));
  return `/insights?${p.toString()}`;
}
