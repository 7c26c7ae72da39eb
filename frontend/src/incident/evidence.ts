// How an insight's evidence is named and found on the incident page: the
// timeline, perspectives and questions sections mark their items with
// data attributes (events, perspectives) or show their text (questions).

import { departmentLabel, label } from '../lib/format';
import { browserTimeZone, formatInZone } from '../lib/tz';

export type EvidenceKind = 'event' | 'perspective' | 'question';

export function clip(text: string, n = 70): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function eventLabel(e: { occurredAt: string; text: string }): string {
  return `${formatInZone(e.occurredAt, browserTimeZone(), true)} · ${clip(e.text)}`;
}

export function perspectiveLabel(p: { department: string; author?: { name: string } | null }): string {
  return `${p.author?.name ?? 'Someone'} (${label(departmentLabel, p.department)})`;
}

export function questionLabel(q: { text: string }): string {
  return clip(q.text);
}

/** The section each kind of evidence lives in, to fall back to. */
const sectionOf: Record<EvidenceKind, string> = { event: 'timeline', perspective: 'perspectives', question: 'questions' };

function find(kind: EvidenceKind, id: string, text?: string): Element | null {
  if (kind === 'event') return document.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
  if (kind === 'perspective') return document.querySelector(`[data-perspective-id="${CSS.escape(id)}"]`);
  const probe = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  if (!probe) return null;
  return [...document.querySelectorAll('[data-testid="question"]')].find((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(probe)) ?? null;
}

/** jumpToEvidence scrolls to a cited item on the page and highlights it for a moment. */
export function jumpToEvidence(kind: EvidenceKind, id: string, text?: string) {
  const el = find(kind, id, text) ?? document.getElementById(sectionOf[kind]);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.classList.add('is-fresh');
  window.setTimeout(() => el.classList.remove('is-fresh'), 3000);
}

export function evidenceHref(kind: EvidenceKind): string {
  return `#${sectionOf[kind]}`;
}
