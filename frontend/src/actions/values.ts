// The action form's values, and how they become the API's inputs: a
// create names what was filled in; an update names only what changed,
// and clears what was emptied.

import type { ActionPriority, ActionSize, ActionStatus, ActionWarningKind, CreateActionItemInput, UpdateActionItemInput } from '../gql/graphql';
import { dueDateToISO, isoToDay } from '../lib/followup';
import type { ActionItemFields } from './fields';

export interface ActionValues {
  title: string;
  description: string;
  rationale: string;
  expectedEffect: string;
  verification: string;
  interimMitigation: string;
  ownerID: string | null;
  teamID: string | null;
  priority: string;
  size: string;
  /** The due day, as a date input holds it ("2026-03-01"); empty for none. */
  due: string;
  status: string;
  statusReason: string;
  trackerURL: string;
  accepted: string[];
  acceptedReason: string;
}

/** The fields the server may name in a BAD_USER_INPUT, as the form shows them. */
export const actionFieldNames = [
  'title',
  'description',
  'rationale',
  'expectedEffect',
  'verification',
  'interimMitigation',
  'ownerID',
  'teamID',
  'priority',
  'size',
  'dueAt',
  'status',
  'statusReason',
  'trackerURL',
  'acceptedWarnings',
  'warningsAcceptedReason',
] as const;

export const emptyAction: ActionValues = {
  title: '',
  description: '',
  rationale: '',
  expectedEffect: '',
  verification: '',
  interimMitigation: '',
  ownerID: null,
  teamID: null,
  priority: 'MEDIUM',
  size: 'M',
  due: '',
  status: 'PROPOSED',
  statusReason: '',
  trackerURL: '',
  accepted: [],
  acceptedReason: '',
};

export function valuesOf(a: ActionItemFields): ActionValues {
  return {
    title: a.title,
    description: a.description ?? '',
    rationale: a.rationale ?? '',
    expectedEffect: a.expectedEffect ?? '',
    verification: a.verification ?? '',
    interimMitigation: a.interimMitigation ?? '',
    ownerID: a.owner?.id ?? null,
    teamID: a.team?.id ?? null,
    priority: a.priority,
    size: a.size,
    due: isoToDay(a.dueAt),
    status: a.status,
    statusReason: a.statusReason ?? '',
    trackerURL: a.trackerURL ?? '',
    accepted: [...(a.acceptedWarnings ?? [])],
    acceptedReason: a.warningsAcceptedReason ?? '',
  };
}

const texts = ['description', 'rationale', 'expectedEffect', 'verification', 'interimMitigation', 'trackerURL', 'statusReason'] as const;

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** same says whether a field holds the same value in both (lists ignore order). */
export function same(key: keyof ActionValues, a: ActionValues, b: ActionValues): boolean {
  const x = a[key];
  const y = b[key];
  return Array.isArray(x) && Array.isArray(y) ? sameList(x, y) : x === y;
}

/** createInput is a new action's input: what was filled in, plus where it came from. */
export function createInput(v: ActionValues, from: { insightID?: string | null; incidentIDs: string[] }): CreateActionItemInput {
  const input: CreateActionItemInput = {
    title: v.title.trim(),
    priority: v.priority as ActionPriority,
    size: v.size as ActionSize,
    incidentIDs: from.incidentIDs,
  };
  if (from.insightID) input.insightID = from.insightID;
  for (const key of texts) {
    const text = v[key].trim();
    if (text && key !== 'statusReason') input[key] = text;
  }
  if (v.ownerID) input.ownerID = v.ownerID;
  if (v.teamID) input.teamID = v.teamID;
  const dueAt = dueDateToISO(v.due);
  if (dueAt) input.dueAt = dueAt;
  if (v.accepted.length) {
    input.acceptedWarnings = v.accepted as ActionWarningKind[];
    input.warningsAcceptedReason = v.acceptedReason.trim();
  }
  return input;
}

const clearKey = {
  description: 'clearDescription',
  rationale: 'clearRationale',
  expectedEffect: 'clearExpectedEffect',
  verification: 'clearVerification',
  interimMitigation: 'clearInterimMitigation',
  trackerURL: 'clearTrackerURL',
  statusReason: 'clearStatusReason',
} as const;

/** updateInput names what changed from base; an emptied field is cleared. */
export function updateInput(v: ActionValues, base: ActionValues): UpdateActionItemInput {
  const input: UpdateActionItemInput = {};
  if (v.title.trim() !== base.title) input.title = v.title.trim();
  for (const key of texts) {
    if (v[key].trim() === base[key]) continue;
    const text = v[key].trim();
    if (text) input[key] = text;
    else input[clearKey[key]] = true;
  }
  if (v.ownerID !== base.ownerID) {
    if (v.ownerID) input.ownerID = v.ownerID;
    else input.clearOwner = true;
  }
  if (v.teamID !== base.teamID) {
    if (v.teamID) input.teamID = v.teamID;
    else input.clearTeam = true;
  }
  if (v.priority !== base.priority) input.priority = v.priority as ActionPriority;
  if (v.size !== base.size) input.size = v.size as ActionSize;
  if (v.status !== base.status) input.status = v.status as ActionStatus;
  if (v.due !== base.due) {
    const dueAt = dueDateToISO(v.due);
    if (dueAt) input.dueAt = dueAt;
    else input.clearDueAt = true;
  }
  if (!sameList(v.accepted, base.accepted) || v.acceptedReason.trim() !== base.acceptedReason) {
    if (v.accepted.length) {
      input.acceptedWarnings = v.accepted as ActionWarningKind[];
      input.warningsAcceptedReason = v.acceptedReason.trim();
    } else {
      input.clearAcceptedWarnings = true;
      input.clearWarningsAcceptedReason = true;
    }
  }
  return input;
}
