// Words, dates and error handling for follow-through: insights, action
// items, the inbox and webhooks. Like ./format, every enum the API returns
// gets a plain-language label here.

import type { CombinedError } from 'urql';

export const warningLabel: Record<string, string> = {
  NO_OWNER: 'No owner',
  NO_DUE_DATE: 'No due date',
  DUE_TOO_FAR: 'Due too far out',
  TOO_BIG: 'Too big',
  TOO_SMALL: 'Too small',
};

export const insightStatusLabel: Record<string, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
};

export const notificationKindLabel: Record<string, string> = {
  MENTION: 'Mention',
  ACTION_ASSIGNED: 'Action assigned',
  QUESTION_ASSIGNED: 'Question assigned',
  ACTION_DUE_SOON: 'Action due soon',
  ACTION_OVERDUE: 'Action overdue',
  REVIEW_OVERDUE: 'Review overdue',
};

export const notificationKindColor: Record<string, string> = {
  MENTION: 'blue',
  ACTION_ASSIGNED: 'indigo',
  QUESTION_ASSIGNED: 'violet',
  ACTION_DUE_SOON: 'yellow',
  ACTION_OVERDUE: 'red',
  REVIEW_OVERDUE: 'orange',
};

export const webhookEventLabel: Record<string, string> = {
  INCIDENT_CREATED: 'Incident created',
  INCIDENT_UPDATED: 'Incident updated',
  ACTION_ITEM_CREATED: 'Action item created',
  ACTION_ITEM_UPDATED: 'Action item updated',
  REMINDER: 'Reminders (due soon, overdue)',
};

export const deliveryStatusLabel: Record<string, string> = {
  PENDING: 'Pending',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
};

export const deliveryStatusColor: Record<string, string> = {
  PENDING: 'yellow',
  DELIVERED: 'green',
  FAILED: 'red',
};

/** The action lifecycle: what each status may move on to. Closed ones may be reopened. */
export const nextStatuses: Record<string, string[]> = {
  PROPOSED: ['ACCEPTED', 'IN_PROGRESS', 'DONE', 'WONT_DO'],
  ACCEPTED: ['IN_PROGRESS', 'DONE', 'WONT_DO'],
  IN_PROGRESS: ['DONE', 'WONT_DO'],
  DONE: ['IN_PROGRESS'],
  WONT_DO: ['ACCEPTED'],
};

/** The words on the button that moves an action to a status. */
export const statusVerb: Record<string, string> = {
  PROPOSED: 'Back to proposed',
  ACCEPTED: 'Accept',
  IN_PROGRESS: 'Start',
  DONE: 'Mark done',
  WONT_DO: "Won't do…",
};

export function isClosed(status: string): boolean {
  return status === 'DONE' || status === 'WONT_DO';
}

/**
 * Who may change an action, as the server decides (it says FORBIDDEN
 * otherwise): admins and analysts any, members those they own or wrote.
 */
export function mayEditAction(role: string, viewerID: string, a: { owner?: { id: string } | null; createdByID?: string | null }): boolean {
  if (role === 'ADMIN' || role === 'ANALYST') return true;
  return role === 'MEMBER' && (a.owner?.id === viewerID || a.createdByID === viewerID);
}

/** Roles that write insights and contributing factors. */
export function mayAnalyse(role: string): boolean {
  return role === 'ADMIN' || role === 'ANALYST';
}

/**
 * A due date is picked as a day; it means the end of the working day (17:00)
 * in the reader's time zone, as the review due date does.
 */
export function dueDateToISO(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T17:00:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** isoToDay is the reader's local calendar day of an instant, as a date input wants it. */
export function isoToDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** dayOffset is the local day n days from today, as a date input wants it. */
export function dayOffset(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return isoToDay(d.toISOString());
}

/** share shows part of total as a whole percentage; a dash when there is nothing to divide. */
export function share(part: number, total: number): string {
  if (!total) return '–';
  return `${Math.round((part / total) * 100)}%`;
}

/** relativeDays says how far an instant is from now in days: "in 3 days", "2 days ago", "today". */
export function relativeDays(iso: string, now = Date.now()): string {
  const days = Math.round((new Date(iso).getTime() - now) / 86_400_000);
  if (days === 0) return 'today';
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'}`;
  return `${-days} day${days === -1 ? '' : 's'} ago`;
}

/** fieldName turns ent's snake_case field names into the API's (tracker_url → trackerURL, owner_id → ownerID). */
function fieldName(s: string): string {
  return s
    .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
    .replace(/Ids$/, 'IDs')
    .replace(/Id$/, 'ID')
    .replace(/Url$/, 'URL');
}

export interface FormErrors {
  /** The messages of BAD_USER_INPUT errors that name an input field, by its GraphQL name. */
  fields: Record<string, string>;
  /** Everything else, in words, or null. */
  other: string | null;
  /** The error's code when the server refused (FORBIDDEN) or lost a race (CONFLICT). */
  code: string | null;
}

/**
 * formErrors sorts a mutation's error for a form: a BAD_USER_INPUT that
 * names a field goes next to that field (the server names fields as the
 * API does, or as ent does in snake_case), the rest above the buttons.
 */
export function formErrors(error: CombinedError | undefined, known: readonly string[] = []): FormErrors {
  const out: FormErrors = { fields: {}, other: null, code: null };
  if (!error) return out;
  if (error.networkError) {
    out.other = 'Could not reach the Debrief server. Check your connection and try again.';
    return out;
  }
  const rest: string[] = [];
  for (const e of error.graphQLErrors) {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : null;
    const field = typeof e.extensions?.field === 'string' ? fieldName(e.extensions.field) : null;
    if (code && !out.code) out.code = code;
    if (code === 'BAD_USER_INPUT' && field && known.includes(field)) out.fields[field] = e.message;
    else rest.push(e.message);
  }
  out.other = rest.length ? rest.join(' ') : null;
  return out;
}
