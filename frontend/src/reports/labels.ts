import type { ReportAudience } from '../gql/graphql';
import { formatDate } from '../lib/format';

// Words for the report enums, as lib/format does for the others, so no
// screen shows RAW_ENUM_NAMES.

export const audienceLabel: Record<ReportAudience, string> = {
  EXECUTIVE: 'Executive summary',
  ENGINEERING: 'Engineering deep-dive',
  TEAM: 'Team action list',
  SUPPORT: 'Support briefing',
  CUSTOMER: 'Customer-facing summary',
  LEADERSHIP: 'Leadership report',
};

export const audienceHelp: Record<ReportAudience, string> = {
  EXECUTIVE: 'The top insight, the impact in business terms and the actions that matter, on one page.',
  ENGINEERING: 'Timeline, contributing factors and evidence, with every action and its owner.',
  TEAM: 'What each team owes: the actions with owners, due dates and status.',
  SUPPORT: 'What customers saw, what to tell them, and what changes.',
  CUSTOMER: 'What happened and what changes, without internal names or system details.',
  LEADERSHIP: 'Across the incidents of a period: top insights, charts, and the incidents and actions behind each figure.',
};

/** The audiences an incident report is written for (LEADERSHIP covers a period instead). */
export const incidentAudiences: ReportAudience[] = ['EXECUTIVE', 'ENGINEERING', 'TEAM', 'SUPPORT', 'CUSTOMER'];

export const allAudiences: ReportAudience[] = [...incidentAudiences, 'LEADERSHIP'];

export const evidenceKindLabel: Record<string, string> = {
  TIMELINE_EVENT: 'Timeline event',
  PERSPECTIVE: 'Perspective',
  QUESTION: 'Question',
};

/**
 * periodText says a report's period in days a reader recognises: the end
 * is exclusive in the API (the first instant after the period), so the
 * last day shown is the day before it.
 */
export function periodText(start: string | null | undefined, end: string | null | undefined): string {
  if (!start || !end) return '';
  const last = new Date(new Date(end).getTime() - 1).toISOString();
  return `${formatDate(start)} – ${formatDate(last)}`;
}

/** reportPath is the stable link of a report, or of one of its published versions. */
export function reportPath(id: string, version?: number): string {
  const base = `/reports/${encodeURIComponent(id)}`;
  return version ? `${base}/versions/${version}` : base;
}
