import { Anchor, Group, Text } from '@mantine/core';
import { formatInZone } from '../lib/tz';

// How to reach a person, and what time it is where they are: shared by the
// "who do I call" dialog and the directory page.

/** telHref keeps the digits and a leading + of a phone number, as tel: links want. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
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
        <Text size="xs" span title="Chat handle">
          💬 {chatHandle}
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
