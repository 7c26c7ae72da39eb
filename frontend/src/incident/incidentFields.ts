// What the incident forms (new incident, edit incident, milestones) share:
// the choices they offer and how a picked list becomes the API's input.

import { severityLabel, statusLabel } from '../lib/format';
import type { MergeField } from './ConflictMerge';

export const severityOptions = Object.entries(severityLabel).map(([value, label]) => ({ value, label }));

export const statusOptions = Object.entries(statusLabel).map(([value, label]) => ({ value, label }));

/** The incident's milestones in the order they happen, with the fields that hold them. */
export const milestoneSteps = [
  { key: 'startedAt', label: 'Started', verb: 'started' },
  { key: 'detectedAt', label: 'Detected', verb: 'was detected' },
  { key: 'acknowledgedAt', label: 'Acknowledged', verb: 'was acknowledged' },
  { key: 'mitigatedAt', label: 'Mitigated', verb: 'was mitigated' },
  { key: 'resolvedAt', label: 'Resolved', verb: 'was resolved' },
] as const;

export type MilestoneKey = (typeof milestoneSteps)[number]['key'];

/** milestoneField is a milestone as the forms and the merge dialog edit it. */
export function milestoneField(key: MilestoneKey): MergeField {
  const step = milestoneSteps.find((s) => s.key === key)!;
  return { key, label: step.label, kind: 'datetime' };
}

/**
 * listChanges is what to add to and remove from a list (services, tags,
 * vendors) to turn before into after. Sent as such, they apply to the list
 * as it is on the server, even if someone changed it meanwhile: lists need
 * no merge.
 */
export function listChanges(before: string[], after: string[]): { add: string[]; remove: string[] } {
  return {
    add: after.filter((id) => !before.includes(id)),
    remove: before.filter((id) => !after.includes(id)),
  };
}
