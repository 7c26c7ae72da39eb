import { createContext, useContext } from 'react';
import type { CombinedError } from 'urql';
import type { PagedState } from '../lib/usePagedConnection';
import type { Incident, PagedList } from './query';

/** How the pages after the first of one of the board's lists stand. */
export type ListPaging = Omit<PagedState<unknown>, 'edges'>;

export interface BoardContextValue {
  /** The incident with every record of its lists, not just their first pages. */
  incident: Incident;
  /** refetch reloads the board from the network, every page of it; call it after every write. */
  refetch: () => Promise<unknown>;
  /** paging says, per list, whether more of it is loading or failed to. */
  paging?: Partial<Record<PagedList, ListPaging>>;
  /**
   * answer is the page query's answer the board was drawn from: a new one
   * comes once per reload, while incident also changes as further pages
   * arrive.
   */
  answer?: Incident;
}

const BoardContext = createContext<BoardContextValue | null>(null);
export const BoardProvider = BoardContext.Provider;

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard outside BoardProvider');
  return value;
}

/** The departments whose voices a review wants to hear (OTHER is not one). */
export const reviewDepartments = ['ENGINEERING', 'SUPPORT', 'MARKETING', 'PRODUCT', 'LEADERSHIP'] as const;

/** conflict is the CONFLICT error in error, if any: someone else changed the record first. */
export function conflict(error: CombinedError | undefined) {
  return error?.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT');
}

/** errorText puts an error in words for a form. */
export function errorText(error: CombinedError | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return 'Could not reach the Debrief server. Check your connection and try again.';
  return error.graphQLErrors.map((e) => e.message).join(' ') || error.message;
}
