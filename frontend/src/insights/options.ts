import { useMemo } from 'react';
import { useQuery } from 'urql';

import { nodes } from '../incident/query';
import { severityLabel } from '../lib/format';
import type { ListFilterParam } from './dimensions';
import { filterOptionsQuery } from './query';

export type Option = { value: string; label: string };

/**
 * useFilterOptions loads what each list filter can choose from. There is no
 * list of vendors in the API, so vendors come from the services they provide.
 */
export function useFilterOptions() {
  const [result] = useQuery({ query: filterOptionsQuery });
  return useMemo(() => {
    const d = result.data;
    const services = nodes(d?.services);
    const vendors = new Map<string, string>();
    for (const s of services) if (s.vendor) vendors.set(s.vendor.id, s.vendor.name);
    const toOptions = (list: { id: string; name: string }[]) => list.map((x) => ({ value: x.id, label: x.name }));
    const options: Record<ListFilterParam, Option[]> = {
      services: toOptions(services),
      vendors: [...vendors].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
      teams: toOptions(nodes(d?.teams)),
      categories: toOptions(nodes(d?.factorCategories)),
      severities: Object.entries(severityLabel).map(([value, label]) => ({ value, label })),
      tags: toOptions(nodes(d?.tags)),
    };
    return { options, services: services.map((s) => ({ id: s.id, name: s.name })) };
  }, [result.data]);
}
