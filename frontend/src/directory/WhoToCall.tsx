import { useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Alert, Anchor, Badge, Button, Group, Kbd, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';

import { errorText } from '../incident/board';
import { graphql } from '../gql';
import type { WhoToCallQuery } from '../gql/graphql';
import { label, safeHref, serviceKindLabel } from '../lib/format';
import { ContactLinks, LocalTime } from './contact';

const whoToCallQuery = graphql(`
  query WhoToCall($q: String!) {
    whoToCall(query: $q, first: 10) {
      query
      services {
        id
        name
        kind
        runbookURL
        ownerTeam {
          id
          name
          chatChannel
          escalation
        }
      }
      people {
        localTime
        utcOffset
        user {
          id
          name
          title
          email
          phone
          chatHandle
          timeZone
        }
        reasons {
          reason
          matched
          service {
            id
            name
          }
          team {
            id
            name
          }
        }
      }
    }
  }
`);

type Match = WhoToCallQuery['whoToCall']['people'][number];
type Reason = Match['reasons'][number];
type ServiceHit = WhoToCallQuery['whoToCall']['services'][number];

/** reasonText puts why someone came up in words, e.g. "Escalation contact for payments-gateway". */
export function reasonText(r: Reason): string {
  switch (r.reason) {
    case 'ESCALATION_CONTACT':
      return `Escalation contact for ${r.service?.name ?? r.matched}`;
    case 'SERVICE_OWNER':
      return r.team ? `Owns ${r.service?.name ?? r.matched} (${r.team.name})` : `Owns ${r.service?.name ?? r.matched}`;
    case 'EXPERTISE':
      return `Expertise: ${r.matched}`;
    case 'TEAM':
      return `Member of ${r.team?.name ?? r.matched}`;
    case 'NAME':
      return `Name matches “${r.matched}”`;
    default:
      return r.matched;
  }
}

const reasonColor: Record<string, string> = {
  ESCALATION_CONTACT: 'red',
  SERVICE_OWNER: 'indigo',
  EXPERTISE: 'teal',
  TEAM: 'grape',
  NAME: 'gray',
};

/**
 * The shortcut is "?" (Shift+/ on most layouts). Browsers bind nothing to a
 * bare "?", while "/" and "'" start Firefox's quick find and Ctrl/Cmd+K
 * focuses the browser's own search; the header search box binds no key at
 * all. It is ignored while typing in a field, so "?" can still be typed.
 */
export const whoToCallShortcut = 'Shift+?';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** One row the arrow keys move through: a person, or a service. */
type Row = { kind: 'person'; match: Match } | { kind: 'service'; service: ServiceHit };

/** WhoToCallState is the dialog's state, shared by the header button and the phone menu. */
export type WhoToCallState = {
  opened: boolean;
  text: string;
  setText: (text: string) => void;
  open: () => void;
  close: () => void;
};

/**
 * useWhoToCall holds whether the "who do I call?" dialog is open and binds
 * the shortcut that opens it from any page. It lives above the header so that
 * the phone menu can open the dialog too, while there is one dialog and one
 * shortcut.
 */
export function useWhoToCall(): WhoToCallState {
  const [opened, setOpened] = useState(false);
  // The search text lives here rather than in the search box, so that what
  // is typed between the shortcut and the box taking the focus is kept.
  const [text, setText] = useState('');

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typingIn(e.target)) return;
      e.preventDefault();
      setText('');
      setOpened(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!opened) return;
    // Letters typed while the focus is still on its way to the search box
    // (the dialog focuses it once it is on screen) go into the search.
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typingIn(e.target)) return;
      e.preventDefault();
      setText((t) => t + e.key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened]);

  const open = useCallback(() => {
    setText('');
    setOpened(true);
  }, []);
  const close = useCallback(() => setOpened(false), []);
  return { opened, text, setText, open, close };
}

/**
 * WhoToCallButton is the header's way into the "who do I call?" dialog. On a
 * phone the header has no room for it, and the menu behind the burger offers
 * the dialog instead.
 */
export function WhoToCallButton({ who }: { who: WhoToCallState }) {
  return (
    <Button
      size="xs"
      variant="white"
      color="indigo"
      onClick={who.open}
      aria-keyshortcuts={whoToCallShortcut}
      aria-label="Who do I call?"
      title="Who do I call? (press ?)"
      rightSection={<Kbd size="xs">?</Kbd>}
      visibleFrom="sm"
    >
      {/* A glyph rather than words: the header is full at laptop widths. */}
      <span aria-hidden="true">☎</span>
    </Button>
  );
}

/**
 * WhoToCallDialog is the "who do I call?" dialog: typing a service, a skill,
 * a team or a name lists people to call (best first, with why, their local
 * time and how to reach them) and the matching services.
 */
export function WhoToCallDialog({ who }: { who: WhoToCallState }) {
  // No opening animation: the search box must have the focus at once,
  // or the first letters typed right after the shortcut are lost.
  return (
    <Modal opened={who.opened} onClose={who.close} title="Who do I call?" size="lg" yOffset="8vh" transitionProps={{ duration: 0 }}>
      {who.opened ? <WhoToCallSearch text={who.text} setText={who.setText} onDone={who.close} /> : null}
    </Modal>
  );
}

function WhoToCallSearch({ text, setText, onDone }: { text: string; setText: (text: string) => void; onDone: () => void }) {
  const navigate = useNavigate();
  const listID = useId();
  const [q] = useDebouncedValue(text.trim(), 200);
  const [result] = useQuery({ query: whoToCallQuery, variables: { q }, pause: q === '' });
  // Only the answer to what is typed now: an older answer would move the
  // highlighted row under the reader's Enter.
  const answer = result.data?.whoToCall.query === q && q !== '' ? result.data.whoToCall : null;
  const rows: Row[] = useMemo(
    () => [
      ...(answer?.people ?? []).map((match) => ({ kind: 'person' as const, match })),
      ...(answer?.services ?? []).map((service) => ({ kind: 'service' as const, service })),
    ],
    [answer],
  );
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [answer]);

  const open = (row: Row | undefined) => {
    if (!row) return;
    onDone();
    if (row.kind === 'service') navigate(`/services/${encodeURIComponent(row.service.id)}`);
    else navigate(`/directory?q=${encodeURIComponent(row.match.user.name)}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (rows.length === 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % rows.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + rows.length) % rows.length);
    } else if (e.key === 'Home') {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      setActive(rows.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(rows[active]);
    }
  };

  useEffect(() => {
    document.getElementById(`${listID}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listID]);

  const people = answer?.people ?? [];
  const services = answer?.services ?? [];

  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        role="combobox"
        aria-label="Service, skill, team or name"
        aria-expanded={rows.length > 0}
        aria-controls={listID}
        aria-autocomplete="list"
        aria-activedescendant={rows.length > 0 ? `${listID}-${active}` : undefined}
        placeholder="A service, a skill, a team or a name: payments-gateway, postgres, Platform…"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        rightSection={result.fetching ? <Loader size="xs" /> : null}
      />
      <Text size="xs" c="dimmed">
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to move, <Kbd size="xs">Enter</Kbd> to open, <Kbd size="xs">Esc</Kbd> to close.
      </Text>
      {result.error ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {errorText(result.error)}
        </Alert>
      ) : null}
      {answer && rows.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic" role="status">
          Nobody found for “{q}”. Try a service name, a skill such as postgres, or a team.
        </Text>
      ) : null}
      <div id={listID} role="listbox" aria-label="People and services to call" style={{ maxHeight: '60vh', overflowY: 'auto' }}>
        {people.length > 0 ? (
          <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4} role="presentation">
            People to call
          </Text>
        ) : null}
        {people.map((m, i) => (
          <RowShell key={m.user.id} id={`${listID}-${i}`} active={active === i} onHover={() => setActive(i)} onOpen={() => open(rows[i])} testid="who-person">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {m.user.name}
                  {m.user.title ? (
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      · {m.user.title}
                    </Text>
                  ) : null}
                </Text>
                <Group gap={4} mt={2}>
                  {m.reasons.map((r, k) => (
                    <Badge key={k} size="xs" radius="sm" tt="none" variant="light" color={reasonColor[r.reason] ?? 'gray'}>
                      {reasonText(r)}
                    </Badge>
                  ))}
                </Group>
              </div>
              <LocalTime time={m.localTime} offset={m.utcOffset} zone={m.user.timeZone} />
            </Group>
            <ContactLinks phone={m.user.phone} chatHandle={m.user.chatHandle} email={m.user.email} />
          </RowShell>
        ))}
        {services.length > 0 ? (
          <Text size="xs" tt="uppercase" fw={700} c="dimmed" mt="sm" mb={4} role="presentation">
            Services
          </Text>
        ) : null}
        {services.map((s, j) => {
          const i = people.length + j;
          const runbook = safeHref(s.runbookURL);
          return (
            <RowShell key={s.id} id={`${listID}-${i}`} active={active === i} onHover={() => setActive(i)} onOpen={() => open(rows[i])} testid="who-service">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text fw={600} size="sm">
                  {s.name}{' '}
                  <Text span size="xs" c="dimmed" fw={400}>
                    {label(serviceKindLabel, s.kind)}
                  </Text>
                </Text>
                {runbook ? (
                  <Anchor size="xs" href={runbook} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>
                    Runbook
                  </Anchor>
                ) : (
                  <Text size="xs" c="dimmed">
                    No runbook
                  </Text>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {s.ownerTeam ? `Owned by ${s.ownerTeam.name}` : 'No owning team'}
                {s.ownerTeam?.chatChannel ? ` · ${s.ownerTeam.chatChannel}` : ''}
                {s.ownerTeam?.escalation ? ` · Out of hours: ${s.ownerTeam.escalation}` : ''}
              </Text>
            </RowShell>
          );
        })}
      </div>
    </Stack>
  );
}

function RowShell({
  id,
  active,
  onHover,
  onOpen,
  testid,
  children,
}: {
  id: string;
  active: boolean;
  onHover: () => void;
  onOpen: () => void;
  testid: string;
  children: React.ReactNode;
}) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      data-testid={testid}
      onMouseMove={onHover}
      onClick={(e) => {
        // A click on a tel:/mailto: link calls or writes; anywhere else opens the row.
        if ((e.target as HTMLElement).closest('a')) return;
        onOpen();
      }}
      style={{
        padding: '8px 10px',
        borderRadius: 6,
        cursor: 'pointer',
        background: active ? 'var(--mantine-color-indigo-0)' : undefined,
        outline: active ? '1px solid var(--mantine-color-indigo-3)' : undefined,
        marginBottom: 4,
      }}
    >
      <Stack gap={4}>{children}</Stack>
    </div>
  );
}
