import type { PickerKind } from '../actions/directory';
import type { AnalysisDimension, AnalysisFilter } from '../gql/graphql';

/** The dimensions incidents can be grouped by, in words. */
export const dimensionLabel: Record<AnalysisDimension, string> = {
  SERVICE: 'Service or code area',
  VENDOR: 'Vendor',
  TEAM: 'Team',
  FACTOR_CATEGORY: 'Factor category',
  SEVERITY: 'Severity',
  TAG: 'Tag',
  MONTH: 'Month',
  QUARTER: 'Quarter',
};

export const dimensions = Object.keys(dimensionLabel) as AnalysisDimension[];

export const isDimension = (s: string): s is AnalysisDimension => s in dimensionLabel;

/** The list filters, each named as it appears in the address and in AnalysisFilter. */
export const listFilters = [
  { param: 'services', field: 'serviceIDs', label: 'Services' },
  { param: 'vendors', field: 'vendorIDs', label: 'Vendors' },
  { param: 'teams', field: 'teamIDs', label: 'Teams' },
  { param: 'categories', field: 'factorCategoryIDs', label: 'Factor categories' },
  { param: 'severities', field: 'severities', label: 'Severities' },
  { param: 'tags', field: 'tagIDs', label: 'Tags' },
  { param: 'months', field: 'months', label: 'Months' },
  { param: 'quarters', field: 'quarters', label: 'Quarters' },
] as const satisfies readonly { param: string; field: keyof AnalysisFilter; label: string }[];

export type ListFilterParam = (typeof listFilters)[number]['param'];

/**
 * serverSearched names the filters whose choices the server searches as the
 * user types (components/Pickers): there may be more of them than a page.
 */
export const serverSearched: Partial<Record<ListFilterParam, PickerKind>> = {
  services: 'services',
  vendors: 'vendors',
  teams: 'teams',
  categories: 'categories',
  tags: 'tags',
};
