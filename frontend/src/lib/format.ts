// Words and formats shown to people. Every enum the API returns gets a
// plain-language label here, so no screen shows RAW_ENUM_NAMES.

export const severityLabel: Record<string, string> = {
  SEV1: 'SEV1 · Critical',
  SEV2: 'SEV2 · Major',
  SEV3: 'SEV3 · Minor',
  SEV4: 'SEV4 · Low',
};

export const severityShort: Record<string, string> = {
  SEV1: 'SEV1',
  SEV2: 'SEV2',
  SEV3: 'SEV3',
  SEV4: 'SEV4',
};

export const severityColor: Record<string, string> = {
  SEV1: 'red',
  SEV2: 'orange',
  SEV3: 'yellow',
  SEV4: 'gray',
};

export const severityHelp: Record<string, string> = {
  SEV1: 'Critical: most customers cannot use the product',
  SEV2: 'Major: a key feature is broken for many customers',
  SEV3: 'Minor: limited impact or a workaround exists',
  SEV4: 'Low: little or no customer impact',
};

export const statusLabel: Record<string, string> = {
  RESPONDING: 'Responding',
  RESOLVED: 'Resolved',
  ANALYSING: 'Analysing',
  REVIEWING: 'Reviewing',
  FOLLOWING_UP: 'Following up',
  LEARNINGS_APPLIED: 'Learnings applied',
};

export const statusColor: Record<string, string> = {
  RESPONDING: 'red',
  RESOLVED: 'teal',
  ANALYSING: 'indigo',
  REVIEWING: 'violet',
  FOLLOWING_UP: 'cyan',
  LEARNINGS_APPLIED: 'green',
};

export const channelLabel: Record<string, string> = {
  SLACK: 'Slack',
  ZOOM: 'Zoom',
  PHONE: 'Phone',
  PAGER: 'Pager',
  EMAIL: 'Email',
  DEPLOY: 'Deploy',
  DASHBOARD: 'Dashboard',
  STATUS_PAGE: 'Status page',
  DEBRIEF: 'Debrief',
  OTHER: 'Other',
};

export const eventKindLabel: Record<string, string> = {
  DETECTION: 'Detection',
  ALERT: 'Alert',
  ACTION: 'Action',
  DECISION: 'Decision',
  COMMUNICATION: 'Communication',
  CUSTOMER_REPORT: 'Customer report',
  DEPLOY: 'Deploy',
  OBSERVATION: 'Observation',
  MILESTONE: 'Milestone',
};

export const milestoneLabel: Record<string, string> = {
  STARTED: 'Started',
  DETECTED: 'Detected',
  ACKNOWLEDGED: 'Acknowledged',
  MITIGATED: 'Mitigated',
  RESOLVED: 'Resolved',
};

export const participantRoleLabel: Record<string, string> = {
  COMMANDER: 'Incident commander',
  RESPONDER: 'Responder',
  COMMUNICATIONS: 'Communications',
  SUBJECT_EXPERT: 'Subject expert',
  STAKEHOLDER: 'Stakeholder',
  FACILITATOR: 'Facilitator',
};

export const departmentLabel: Record<string, string> = {
  ENGINEERING: 'Engineering',
  SUPPORT: 'Support',
  MARKETING: 'Marketing',
  PRODUCT: 'Product',
  LEADERSHIP: 'Leadership',
  OTHER: 'Other',
};

export const questionStatusLabel: Record<string, string> = {
  OPEN: 'Open',
  ANSWERED: 'Answered',
  RESOLVED: 'Resolved',
};

export const questionStatusColor: Record<string, string> = {
  OPEN: 'orange',
  ANSWERED: 'blue',
  RESOLVED: 'green',
};

export const actionStatusLabel: Record<string, string> = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  WONT_DO: "Won't do",
};

export const actionStatusColor: Record<string, string> = {
  PROPOSED: 'gray',
  ACCEPTED: 'blue',
  IN_PROGRESS: 'cyan',
  DONE: 'green',
  WONT_DO: 'dark',
};

export const priorityLabel: Record<string, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

export const sizeLabel: Record<string, string> = {
  XS: 'Extra small',
  S: 'Small',
  M: 'Medium',
  L: 'Large',
  XL: 'Extra large',
};

export const reviewModeLabel: Record<string, string> = {
  ASYNC: 'Written (asynchronous)',
  MEETING: 'Meeting',
};

export const serviceKindLabel: Record<string, string> = {
  SERVICE: 'Service',
  CODE_AREA: 'Code area',
  VENDOR_DEPENDENCY: 'Vendor dependency',
};

/** label returns the plain-language word for an enum value. */
export function label(map: Record<string, string>, value: string | null | undefined): string {
  if (!value) return '';
  return map[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** formatDateTime shows a full date and time in the reader's time zone, named. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}

/** formatDate shows a date only, e.g. "3 Mar 2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

/** formatTime shows the time of day only, for rows under a date heading. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : timeFormat.format(d);
}

/** dayKey groups instants by the reader's local calendar day. */
export function dayKey(iso: string): string {
  return formatDate(iso);
}

/**
 * formatDuration turns seconds into words a person reads at a glance:
 * "45 seconds", "12 minutes", "2 hours 5 minutes", "3 days 4 hours".
 * Two units at most: more precision than that is noise in a review.
 */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return '';
  if (seconds < 0) return `${formatDuration(-seconds)} before`;
  const units: [string, number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ];
  if (seconds === 0) return '0 minutes';
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [name, size] of units) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / size);
    if (n > 0 || parts.length > 0) {
      if (n > 0) parts.push(`${n} ${name}${n === 1 ? '' : 's'}`);
      else break;
      rest -= n * size;
    }
  }
  return parts.join(' ');
}

/** safeHref returns url when it is an http(s) link, so user data never runs script. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, window.location.origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const roleLabel: Record<string, string> = {
  ADMIN: 'Admin',
  ANALYST: 'Analyst',
  MEMBER: 'Member',
  VIEWER: 'Viewer',
};
