// Wall-clock times in a chosen IANA time zone, for forms where people type
// "14:05" as they saw it on their clock.

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const common = ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney'];

/** timeZoneOptions: the browser's zone first, then extra (e.g. participants'), then common ones, then all. */
export function timeZoneOptions(extra: (string | null | undefined)[] = []): string[] {
  let all: string[] = [];
  try {
    all = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    all = [];
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const z of [browserTimeZone(), ...extra, ...common, ...all]) {
    if (z && !seen.has(z) && isTimeZone(z)) {
      seen.add(z);
      out.push(z);
    }
  }
  return out;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function parts(ms: number, tz: string) {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(new Date(ms))) p[x.type] = x.value;
  return p;
}

/** offsetMs is how far tz's wall clock is ahead of UTC at instant ms. */
function offsetMs(ms: number, tz: string): number {
  const p = parts(ms, tz);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** toZonedInput formats an instant as a datetime-local value ("2026-03-01T14:05") on tz's clock. */
export function toZonedInput(iso: string | number | Date, tz: string): string {
  const p = parts(new Date(iso).getTime(), tz);
  return `${p.year}-${p.month}-${p.day}T${String(+p.hour % 24).padStart(2, '0')}:${p.minute}`;
}

/** fromZoned reads wall-clock fields on tz's clock as an instant (ISO, UTC); null if invalid. */
export function fromZoned(y: number, mo: number, d: number, h: number, mi: number, s: number, tz: string): string | null {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(guess)) return null;
  let ms = guess - offsetMs(guess, tz);
  ms = guess - offsetMs(ms, tz);
  return new Date(ms).toISOString();
}

/** fromZonedInput reads a datetime-local value on tz's clock. */
export function fromZonedInput(value: string, tz: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!m) return null;
  return fromZoned(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0), tz);
}

/** formatInZone shows an instant as "14:05" (and the date when asked) on tz's clock. */
export function formatInZone(iso: string, tz: string, withDate = false): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    ...(withDate ? { day: 'numeric', month: 'short' } : {}),
  }).format(new Date(iso));
}
