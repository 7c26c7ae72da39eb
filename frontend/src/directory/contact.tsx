import { Anchor, Group, Text, VisuallyHidden } from '@mantine/core';
import { formatInZone } from '../lib/tz';

// How to reach a person, and what time it is where they are: shared by the
// "who do I call" dialog and the directory page.

/** telHref keeps the digits and a leading + of a phone number, as tel: links want. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * ChatGlyph is a speech bubble drawn inline: the 💬 emoji showed as an empty
 * box on machines without an emoji font, and the app bundles no icon set.
 */
function ChatGlyph() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z" />
    </svg>
  );
}

/** ContactLinks: phone (tel:), chat handle and email (mailto:), whichever the person has. */
export function ContactLinks({
  phone,
  chatHandle,
  email,
}: {
  phone?: string | null;
  chatHandle?: string | null;
  email?: string | null;
}) {
  if (!phone && !chatHandle && !email) {
    return (
      <Text size="xs" c="dimmed">
        No contact details
      </Text>
    );
  }
  return (
    <Group gap="sm" wrap="wrap" data-testid="contact-links">
      {phone ? (
        <Anchor size="xs" href={telHref(phone)} aria-label={`Call ${phone}`}>
          ☎ {phone}
        </Anchor>
      ) : null}
      {chatHandle ? (
        <Text size="xs" span title="Chat handle" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <ChatGlyph />
          <VisuallyHidden>Chat:</VisuallyHidden>
          {chatHandle}
        </Text>
      ) : null}
      {email ? (
        <Anchor size="xs" href={`mailto:${email}`}>
          ✉ {email}
        </Anchor>
      ) : null}
    </Group>
  );
}

/** utcOffset is tz's offset from UTC at instant now, e.g. "+02:00" (or "+00:00"). */
export function utcOffset(tz: string, now: Date = new Date()): string {
  try {
    const name =
      new Intl.DateTimeFormat('en-GB', { timeZone: tz, timeZoneName: 'longOffset' })
        .formatToParts(now)
        .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-]\d{2}:\d{2})/.exec(name);
    return m ? m[1] : '+00:00';
  } catch {
    return '';
  }
}

/** localTime is the wall-clock time "14:05" in tz at instant now (empty for an unknown zone). */
export function localTime(tz: string, now: Date = new Date()): string {
  try {
    return formatInZone(now.toISOString(), tz);
  } catch {
    return '';
  }
}

/** LocalTime shows "14:05 (UTC+02:00) · Europe/Berlin": enough to tell whether it is a sensible hour to call. */
export function LocalTime({ time, offset, zone }: { time: string; offset: string; zone?: string }) {
  return (
    <Text size="xs" c="dimmed" span data-testid="local-time">
      {time} local (UTC{offset}){zone ? ` · ${zone}` : ''}
    </Text>
  );
}
