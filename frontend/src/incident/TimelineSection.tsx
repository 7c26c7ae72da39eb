import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { Markdown } from '../components/Markdown';
import { CommentToggle } from './CommentsSection';
import { useCanWrite, useEditable } from './EditAccess';
import { DeleteAction } from './DeleteAction';
import { EditTimelineEvent, useDeleteTimelineEvent } from './EditTimelineEvent';
import { History } from './History';
import { BulkPaste, QuickEntry, kindOptions, sourceOptions } from './TimelineEntry';
import { channelLabel, dayKey, eventKindLabel, formatDateTime, formatTime, label, milestoneLabel, safeHref } from '../lib/format';
import { useFresh } from './live';
import { nodes, type Incident } from './query';
import { useBoard } from './board';
import { Empty, MorePages, Section } from './Section';

type TimelineEvent = NonNullable<NonNullable<NonNullable<Incident['timelineEvents']['edges']>[number]>['node']>;

/**
 * TimelineItem is one event: what happened and where it came from, with
 * its comments, its history (loaded when opened) and, for whoever may
 * change it, an edit form in its place.
 */
function TimelineItem({ e, fresh, canEdit }: { e: TimelineEvent; fresh: boolean; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const remove = useDeleteTimelineEvent();
  const who = e.actor?.name ?? e.actorName;
  const href = safeHref(e.evidenceURL);
  const sourceHref = e.sourceRef && /^https?:\/\//i.test(e.sourceRef) ? safeHref(e.sourceRef) : undefined;
  const classes = ['timeline-event'];
  if (e.milestone) classes.push('is-milestone');
  if (e.keyMoment) classes.push('is-key');
  if (fresh) classes.push('is-fresh');
  return (
    <li className={classes.join(' ')} data-testid="timeline-event" data-event-id={e.id}>
      <time className="timeline-time" dateTime={e.occurredAt} title={formatDateTime(e.occurredAt)}>
        {formatTime(e.occurredAt)}
      </time>
      <span className="timeline-marker" aria-hidden="true" />
      <div className="timeline-body">
        <Group gap={6} mb={4}>
          {e.milestone ? (
            <Badge color="indigo" variant="filled" size="sm" radius="sm">
              Milestone: {label(milestoneLabel, e.milestone)}
            </Badge>
          ) : null}
          {e.keyMoment ? (
            <Badge color="yellow" variant="filled" size="sm" radius="sm" c="dark.8">
              ★ Key moment
            </Badge>
          ) : null}
          {e.milestone && e.kind === 'MILESTONE' ? null : (
            <Badge color="gray" variant="light" size="sm" radius="sm">
              {label(eventKindLabel, e.kind)}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            via {label(channelLabel, e.source)}
            {who ? ` · ${who}` : ''}
          </Text>
        </Group>
        {editing ? (
          <EditTimelineEvent event={e} onDone={() => setEditing(false)} />
        ) : (
          <>
            <Markdown>{e.text}</Markdown>
            {href || e.sourceRef ? (
              <Group gap="md" mt={4}>
                {href ? (
                  <Anchor href={href} size="xs" target="_blank" rel="noopener noreferrer">
                    Evidence ↗
                  </Anchor>
                ) : null}
                {sourceHref ? (
                  <Anchor href={sourceHref} size="xs" c="dimmed" target="_blank" rel="noopener noreferrer" title={e.sourceRef ?? undefined}>
                    Original in {label(channelLabel, e.source)} ↗
                  </Anchor>
                ) : e.sourceRef ? (
                  <Text size="xs" c="dimmed">
                    Source: {e.sourceRef}
                  </Text>
                ) : null}
              </Group>
            ) : null}
          </>
        )}
        <Group gap="md" mt={4}>
          {canEdit && !editing ? (
            <Anchor component="button" type="button" size="xs" onClick={() => setEditing(true)}>
              Edit event
            </Anchor>
          ) : null}
          {canEdit && !editing ? (
            <DeleteAction label="Delete event" question="Delete this event from the timeline for everyone?" onDelete={() => remove(e)} />
          ) : null}
          <Anchor component="button" type="button" size="xs" onClick={() => setHistory(!history)} aria-expanded={history}>
            {history ? 'Hide history' : 'History'}
          </Anchor>
        </Group>
        {history ? <History entityID={e.id} version={e.version} what="event" /> : null}
        <CommentToggle target={{ timelineEventID: e.id }} />
      </div>
    </li>
  );
}

/**
 * TimelineSection lists what happened in order, grouped by day. Milestone
 * events (started, detected, …) and key moments stand out, and every event
 * says where it came from (Slack, a page, a deploy…).
 */
export function TimelineSection({ incident }: { incident: Incident }) {
  const { paging } = useBoard();
  const [show, setShow] = useState<'all' | 'key'>('all');
  const all = nodes(incident.timelineEvents);
  const fresh = useFresh();
  const canEdit = useEditable();
  const canWrite = useCanWrite();
  const [kind, setKind] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [person, setPerson] = useState<string | null>(null);
  const [pasting, setPasting] = useState(false);
  const whoOf = (e: (typeof all)[number]) => e.actor?.name ?? e.actorName ?? '';
  const people = [...new Set(all.map(whoOf).filter(Boolean))].sort();
  const events = all.filter(
    (e) =>
      (show !== 'key' || e.keyMoment || e.milestone) &&
      (!kind || e.kind === kind) &&
      (!source || e.source === source) &&
      (!person || whoOf(e) === person),
  );
  const filtered = show === 'key' || kind || source || person;

  const days: { day: string; events: typeof events }[] = [];
  for (const e of events) {
    const day = dayKey(e.occurredAt);
    if (days.length === 0 || days[days.length - 1].day !== day) days.push({ day, events: [] });
    days[days.length - 1].events.push(e);
  }

  return (
    <Section
      id="timeline"
      title="Timeline"
      description="What happened, in order. Times are in your time zone."
      aside={
        all.length > 0 ? (
          <SegmentedControl
            size="xs"
            value={show}
            onChange={(v) => setShow(v as 'all' | 'key')}
            data={[
              { value: 'all', label: `All events (${all.length})` },
              { value: 'key', label: 'Key moments' },
            ]}
            aria-label="Which events to show"
          />
        ) : null
      }
    >
      <Stack gap="sm" mb="md">
        {canWrite ? (
          <Paper bg="gray.0" p="sm" radius="md">
            <QuickEntry />
            <Group justify="flex-end" mt={4}>
              <Button variant="subtle" size="compact-xs" onClick={() => setPasting(!pasting)} aria-expanded={pasting}>
                {pasting ? 'Close chat paste' : 'Paste chat lines…'}
              </Button>
            </Group>
            {pasting ? <BulkPaste onDone={() => setPasting(false)} /> : null}
          </Paper>
        ) : null}
        {all.length > 0 ? (
          <Group gap="xs" role="group" aria-label="Filter the timeline">
            <Select size="xs" placeholder="Any kind" aria-label="Filter by kind" data={kindOptions} value={kind} onChange={setKind} clearable w={170} />
            <Select size="xs" placeholder="Any source" aria-label="Filter by source" data={sourceOptions} value={source} onChange={setSource} clearable w={150} />
            <Select size="xs" placeholder="Anyone" aria-label="Filter by person" data={people} value={person} onChange={setPerson} clearable searchable w={190} />
            {filtered ? (
              <Text size="xs" c="dimmed">
                Showing {events.length} of {all.length}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
      {events.length === 0 ? (
        <Empty>{all.length === 0 ? 'No events on the timeline yet.' : 'No events match.'}</Empty>
      ) : (
        <div className="timeline">
          {days.map((d) => (
            <div key={d.day} className="timeline-day">
              <Text size="sm" fw={700} className="timeline-day-label">
                {d.day}
              </Text>
              <ol className="timeline-list">
                {d.events.map((e) => (
                  <TimelineItem key={e.id} e={e} fresh={fresh.has(e.id)} canEdit={!e.milestone && canEdit(e.id)} />
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
      <MorePages paging={paging?.timelineEvents} shown={all.length} total={incident.timelineEvents.totalCount} what="events" />
    </Section>
  );
}
