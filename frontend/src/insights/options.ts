import { useMemo } from 'react';
import { useQuery } from 'urql';

import { nodes } from '../incident/query';
import { severityLabel } from '../lib/format';
import type { ListFilterParam } from './dimensions';
import { filterOptionsQuery } from './query';

export type Option = { value: string; label: string };

/** How many years back the month and quarter filters offer. */
const periodYears = 5;

/**
 * periodOptions lists the months ("2026-03") and quarters ("2026-Q1") of
 * the last few years, newest first, named as the MONTH and QUARTER
 * dimensions name them (calendar periods in UTC).
 */
export function periodOptions(now = new Date()) {
  const months: Option[] = [];
  const quarters: Option[] = [];
  const year = now.getUTCFullYear();
  for (let y = year; y > year - periodYears; y--) {
    for (let m = y === year ? now.getUTCMonth() + 1 : 12; m >= 1; m--) {
      const value = `${y}-${String(m).padStart(2, '0')}`;
      months.push({ value, label: value });
      if (m % 3 === 0 || (y === year && m === now.getUTCMonth() + 1)) {
        const q = `${y}-Q${Math.ceil(m / 3)}`;
        if (!quarters.some((o) => o.value === q)) quarters.push({ value: q, label: q });
      }
    }
  }
  return { months, quarters };
}

/**
 * useFilterOptions loads what each list filter can choose from. There is no
 * list of vendors in the API, so vendors come from the services they provide.
 * Services and teams are not listed here: an organisation may have more
 * than one page (100) of them, so their filters search on the server
 * (components/Pickers). Categories and tags are assumed to stay under 100.
 */
export function useFilterOptions() {
  const [result] = useQuery({ query: filterOptionsQuery });
  return useMemo(() => {
    const d = result.data;
    const vendors = new Map<string, string>();
    for (const s of nodes(d?.vendorServices)) if (s.vendor) vendors.set(s.vendor.id, s.vendor.name);
    const toOptions = (list: { id: string; name: string }[]) => list.map((x) => ({ value: x.id, label: x.name }));
    const options: Record<ListFilterParam, Option[]> = {
      services: [],
      vendors: [...vendors].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
      teams: [],
      categories: toOptions(nodes(d?.factorCategories)),
      severities: Object.entries(severityLabel).map(([value, label]) => ({ value, label })),
      tags: toOptions(nodes(d?.tags)),
      ...periodOptions(),
    };
    return { options };
  }, [result.data]);
}
