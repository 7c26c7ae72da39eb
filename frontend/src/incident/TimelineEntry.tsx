import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import type { Channel, EventKind } from '../gql/graphql';
import { channelLabel, eventKindLabel } from '../lib/format';
import { browserTimeZone, formatInZone, fromZoned, fromZonedInput, timeZoneOptions, toZonedInput } from '../lib/tz';
import { errorText, useBoard } from './board';
import { nodes } from './query';

const createEvent = graphql(`
  mutation CreateTimelineEvent($input: CreateTimelineEventInput!) {
    createTimelineEvent(input: $input) {
      id
    }
  }
`);

const createEvents = graphql(`
  mutation CreateTimelineEvents($incidentID: ID!, $events: [NewTimelineEvent!]!) {
    createTimelineEvents(incidentID: $incidentID, events: $events) {
      id
    }
  }
`);

export const kindOptions = Object.entries(eventKindLabel)
  .filter(([k]) => k !== 'MILESTONE')
  .map(([value, label]) => ({ value, label }));
export const sourceOptions = Object.entries(channelLabel).map(([value, label]) => ({ value, label }));

function useTimeZones() {
  const { incident } = useBoard();
  return useMemo(() => timeZoneOptions(nodes(incident.participants).map((p) => p.timeZone)), [incident.participants]);
}

/** QuickEntry is the one-line "add to the timeline" form. */
export function QuickEntry() {
  const { incident, refetch } = useBoard();
  const zones = useTimeZones();
  const [tz, setTz] = useState(browserTimeZone());
  const [when, setWhen] = useState(() => toZonedInput(Date.now(), browserTimeZone()));
  const [kind, setKind] = useState('OBSERVATION');
  const [source, setSource] = useState('DEBRIEF');
  const [text, setText] = useState('');
  const [state, run] = useMutation(createEvent);
  const [invalid, setInvalid] = useState(false);

  const changeZone = (next: string | null) => {
    if (!next) return;
    // Keep the same instant, shown on the new clock.
    const at = fromZonedInput(when, tz);
    setTz(next);
    if (at) setWhen(toZonedInput(at, next));
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const occurredAt = fromZonedInput(when, tz);
    if (!occurredAt || !text.trim()) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const r = await run({
      input: { incidentID: incident.id, occurredAt, kind: kind as EventKind, source: source as Channel, text: text.trim() },
    });
    if (!r.error) {
      setText('');
      await refetch();
    }
  };

  return (
    <form onSubmit={submit} aria-label="Add to the timeline" className="quick-entry">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput type="datetime-local" label="When" size="xs" value={when} onChange={(e) => setWhen(e.currentTarget.value)} w={190} />
        <Select label="Time zone" size="xs" data={zones} value={tz} onChange={changeZone} searchable allowDeselect={false} w={190} />
        <Select label="Kind" size="xs" data={kindOptions} value={kind} onChange={(v) => setKind(v ?? kind)} allowDeselect={false} w={150} />
        <Select label="Source" size="xs" data={sourceOptions} value={source} onChange={(v) => setSource(v ?? source)} allowDeselect={false} w={130} />
        <TextInput
          label="What happened"
          size="xs"
          placeholder="e.g. Support saw the first tickets about failed payments"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
          error={invalid && !text.trim() ? 'Say what happened' : undefined}
        />
        <Button type="submit" size="xs" loading={state.fetching}>
          Add
        </Button>
      </Group>
      {state.error ? (
        <Alert color="red" variant="light" role="alert" mt="xs" p="xs">
          {errorText(state.error)}
        </Alert>
      ) : null}
    </form>
  );
}

interface Parsed {
  line: number;
  occurredAt: string | null;
  name: string;
  text: string;
}

/** parseChat reads lines like "14:05 Grace: text", "[14:05] Grace: text" or "2026-03-01T14:05:00Z Grace: text". */
export function parseChat(input: string, tz: string, baseDay: string): Parsed[] {
  const [by, bm, bd] = baseDay.split('-').map(Number);
  let dayShift = 0;
  let lastMinutes = -1;
  const out: Parsed[] = [];
  input.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const iso = /^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(line);
    if (iso) {
      const [, y, mo, d, h, mi, s, zone, name, text] = iso;
      const at = zone
        ? new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`)
        : null;
      out.push({
        line: i + 1,
        occurredAt: at ? (Number.isNaN(at.getTime()) ? null : at.toISOString()) : fromZoned(+y, +mo, +d, +h, +mi, +(s ?? 0), tz),
        name: name.trim(),
        text: text.trim(),
      });
      return;
    }
    const hm = /^\[?(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s+([^:]{1,80}?):\s*(.+)$/.exec(line);
    if (hm) {
      const [, h, mi, s, name, text] = hm;
      const minutes = +h * 60 + +mi;
      if (lastMinutes >= 0 && minutes < lastMinutes) dayShift++;
      lastMinutes = minutes;
      const ok = +h < 24 && +mi < 60;
      out.push({
        line: i + 1,
        occurredAt: ok ? fromZoned(by, bm, bd + dayShift, +h, +mi, +(s ?? 0), tz) : null,
        name: name.trim(),
        text: text.trim(),
      });
      return;
    }
    out.push({ line: i + 1, occurredAt: null, name: '', text: line });
  });
  return out;
}

/** BulkPaste turns pasted chat lines into timeline events, after a preview. */
export function BulkPaste({ onDone }: { onDone: () => void }) {
  const { incident, refetch } = useBoard();
  const zones = useTimeZones();
  const [tz, setTz] = useState(browserTimeZone());
  const [source, setSource] = useState('SLACK');
  const [text, setText] = useState('');
  const [state, run] = useMutation(createEvents);
  const baseDay = toZonedInput(incident.startedAt, tz).slice(0, 10);
  const rows = useMemo(() => parseChat(text, tz, baseDay), [text, tz, baseDay]);
  const people = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of nodes(incident.participants)) m.set(p.user.name.toLowerCase(), p.user.id);
    return m;
  }, [incident.participants]);
  const good = rows.filter((r) => r.occurredAt);

  const save = async () => {
    const r = await run({
      incidentID: incident.id,
      events: good.map((row) => {
        const actorID = people.get(row.name.toLowerCase());
        return {
          occurredAt: row.occurredAt!,
          kind: 'COMMUNICATION' as EventKind,
          source: source as Channel,
          text: row.text,
          ...(actorID ? { actorID } : { actorName: row.name }),
        };
      }),
    });
    if (!r.error) {
      setText('');
      await refetch();
      onDone();
    }
  };

  return (
    <Stack gap="xs" className="bulk-paste">
      <Group gap="xs" align="flex-end">
        <Select label="Times are in" size="xs" data={zones} value={tz} onChange={(v) => setTz(v ?? tz)} searchable allowDeselect={false} w={200} />
        <Select label="Source" size="xs" data={sourceOptions} value={source} onChange={(v) => setSource(v ?? source)} allowDeselect={false} w={140} />
        <Text size="xs" c="dimmed">
          Lines with only a time are taken to be on {baseDay} (the day the incident started), moving to the next day when the clock wraps.
        </Text>
      </Group>
      <Textarea
        label="Chat lines"
        description="One message a line: “14:05 Grace O'Neill: tickets are piling up” or “2026-03-01T14:05:00Z Grace: …”"
        autosize
        minRows={4}
        maxRows={14}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {rows.length > 0 ? (
        <Table striped withTableBorder fz="xs" aria-label="Preview of the events to add">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>Time ({tz})</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Text</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.line} c={r.occurredAt ? undefined : 'dimmed'}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td>{r.occurredAt ? formatInZone(r.occurredAt, tz, true) : <Badge color="gray" size="xs">skipped: not understood</Badge>}</Table.Td>
                <Table.Td>
                  {r.name}{' '}
                  {r.name && people.has(r.name.toLowerCase()) ? (
                    <Badge size="xs" variant="light" color="teal">
                      participant
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{r.text}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {state.error ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {errorText(state.error)}
        </Alert>
      ) : null}
      <Group gap="xs">
        <Button size="xs" onClick={save} disabled={good.length === 0 || good.length > 500} loading={state.fetching}>
          Add {good.length} event{good.length === 1 ? '' : 's'}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
