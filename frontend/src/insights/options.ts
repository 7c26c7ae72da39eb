import { useMemo } from 'react';

import { severityLabel } from '../lib/format';
import type { ListFilterParam } from './dimensions';

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
 * useFilterOptions gives what the fixed list filters choose from. Services,
 * vendors, teams, factor categories and tags are not listed here: an
 * organisation may have more than one page (100) of any of them, so their
 * filters search on the server (components/Pickers, see serverSearched).
 */
export function useFilterOptions() {
  const options = useMemo((): Record<ListFilterParam, Option[]> => {
    return {
      services: [],
      vendors: [],
      teams: [],
      categories: [],
      severities: Object.entries(severityLabel).map(([value, label]) => ({ value, label })),
      tags: [],
      ...periodOptions(),
    };
  }, []);
  return { options };
}
