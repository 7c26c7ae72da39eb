// What the API says when a versioned update loses a race (CONFLICT) or is
// refused (FORBIDDEN). A CONFLICT carries the record as it is now, read as
// the signed-in person (extensions.current, keyed by GraphQL field names),
// and its version (extensions.currentVersion): enough to offer a merge and
// save it without asking the server again.

import type { CombinedError } from 'urql';

/** A record as the API shows it: GraphQL field names to values. */
export type CurrentRecord = Record<string, unknown>;

export interface Conflict {
  /** The version to save the merge with. */
  currentVersion: number;
  /** The record now; null when the server did not send it (then reload instead). */
  current: CurrentRecord | null;
  message: string;
}

function firstWithCode(error: CombinedError | undefined, code: string) {
  return error?.graphQLErrors.find((e) => e.extensions?.code === code);
}

/** conflictOf reads a CONFLICT from a mutation's error, if that is what it was. */
export function conflictOf(error: CombinedError | undefined): Conflict | null {
  const e = firstWithCode(error, 'CONFLICT');
  if (!e) return null;
  const ext = e.extensions as { currentVersion?: unknown; current?: unknown };
  const current = ext.current && typeof ext.current === 'object' ? (ext.current as CurrentRecord) : null;
  const version = typeof ext.currentVersion === 'number' ? ext.currentVersion : typeof current?.version === 'number' ? current.version : null;
  if (version === null) return null;
  return { currentVersion: version, current, message: e.message };
}

/** forbiddenOf is the server's reason for refusing a change, when it did (FORBIDDEN). */
export function forbiddenOf(error: CombinedError | undefined): string | null {
  return firstWithCode(error, 'FORBIDDEN')?.message ?? null;
}

/** Roles that may edit anything on a board; members edit what they wrote. */
const editAnyRoles = ['ADMIN', 'ANALYST'];

/**
 * mayEdit says whether someone with role, signed in as viewerID, may edit a
 * board item created by createdByID (undefined when not known). It mirrors
 * the server's rule only to decide whether to offer "Edit"; the server
 * decides, and says FORBIDDEN otherwise.
 */
export function mayEdit(role: string, viewerID: string, createdByID: string | null | undefined): boolean {
  if (editAnyRoles.includes(role)) return true;
  return role === 'MEMBER' && !!createdByID && createdByID === viewerID;
}

/** editsAny says whether role may edit every item on a board, whoever wrote it. */
export function editsAny(role: string): boolean {
  return editAnyRoles.includes(role);
}
