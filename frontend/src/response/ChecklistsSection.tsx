import { useCallback, useMemo, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { Markdown } from '../components/Markdown';
import { graphql } from '../gql';
import type { IncidentResponseQuery } from '../gql/graphql';
import { errorText, useBoard } from '../incident/board';
import { Empty, Section } from '../incident/Section';
import { useBoardSync } from '../incident/useBoardSync';
import { conflictOf } from '../lib/conflict';
import { label, participantRoleLabel, plural, severityShort } from '../lib/format';
import { canWrite as roleCanWrite } from '../lib/roles';
import { browserTimeZone, formatInZone } from '../lib/tz';

/** What the incident page's response area reads besides the page's own query. */
export const incidentResponseQuery = graphql(`
  query IncidentResponse($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        suggestedWorkflows {
          id
          name
          description
          severities
          incidentTypes
          orderedSteps {
            id
          }
        }
        checklists {
          id
          name
          createdAt
          doneCount
          steps {
            id
            version
            position
            title
            guidance
            role
            doneAt
            note
            doneBy {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const attachWorkflow = graphql(`
  mutation AttachWorkflow($incidentID: ID!, $templateID: ID!) {
    attachWorkflow(incidentID: $incidentID, templateID: $templateID) {
      id
    }
  }
`);

const setItemDone = graphql(`
  mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!, $note: String) {
    setChecklistItemDone(id: $id, version: $version, done: $done, note: $note) {
      id
      version
      doneAt
      note
      doneBy {
        id
        name
      }
    }
  }
`);

type IncidentNode = Extract<NonNullable<IncidentResponseQuery['node']>, { __typename: 'Incident' }>;
type Checklist = NonNullable<IncidentNode['checklists']>[number];
type Step = Checklist['steps'][number];

/**
 * ChecklistsSection: the coordination workflows attached to the incident,
 * ticked off step by step, and the workflows suggested for it.
 */
export function ChecklistsSection() {
  const { viewer } = useSession();
  const { incident, refetch } = useBoard();
  const [result, reexecute] = useQuery({ query: incidentResponseQuery, variables: { id: incident.id } });
  const reload = useCallback((opts: { requestPolicy: 'network-only' }) => reexecute(opts), [reexecute]);
  useBoardSync(reload);
  const node = result.data?.node;
  const data = node?.__typename === 'Incident' ? (node as IncidentNode) : null;
  const canWrite = roleCanWrite(viewer.role);
  const [attach, runAttach] = useMutation(attachWorkflow);

  // Writes reload the whole board: its history and this section follow (useBoardSync).
  const onAttach = async (templateID: string) => {
    const r = await runAttach({ incidentID: incident.id, templateID });
    if (!r.error) await refetch();
  };

  return (
    <Section
      id="checklists"
      title="Checklists"
      description="Coordination workflows for this incident: who does what, ticked off as it is done."
    >
      <Stack gap="md">
        {result.error && !data ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(result.error)}
          </Alert>
        ) : !data ? (
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        ) : (
          <>
            {data.suggestedWorkflows.length > 0 ? (
              <Paper bg="indigo.0" p="sm" radius="md" aria-label="Suggested workflows" component="section">
                <Text size="sm" fw={600} mb={6}>
                  Suggested for this incident
                </Text>
                <Stack gap={6}>
                  {data.suggestedWorkflows.map((w) => (
                    <Group key={w.id} justify="space-between" wrap="nowrap" data-testid="suggested-workflow">
                      <div style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600}>
                          {w.name}{' '}
                          <Text span size="xs" c="dimmed" fw={400}>
                            {plural(w.orderedSteps.length, 'step')}
                            {w.severities?.length ? ` · ${w.severities.map((s) => label(severityShort, s)).join(', ')}` : ''}
                            {w.incidentTypes?.length ? ` · ${w.incidentTypes.join(', ')}` : ''}
                          </Text>
                        </Text>
                        {w.description ? (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {w.description}
                          </Text>
                        ) : null}
                      </div>
                      {canWrite ? (
                        <Button size="xs" variant="light" onClick={() => onAttach(w.id)} loading={attach.fetching} aria-label={`Attach ${w.name}`}>
                          Attach
                        </Button>
                      ) : null}
                    </Group>
                  ))}
                </Stack>
                {attach.error ? (
                  <Alert color="red" variant="light" role="alert" mt="xs" p="xs">
                    {errorText(attach.error)}
                  </Alert>
                ) : null}
              </Paper>
            ) : null}
            {(data.checklists ?? []).length === 0 ? (
              <Empty>No checklist attached yet.</Empty>
            ) : (
              (data.checklists ?? []).map((c) => <ChecklistCard key={c.id} checklist={c} canWrite={canWrite} />)
            )}
          </>
        )}
      </Stack>
    </Section>
  );
}

function ChecklistCard({ checklist, canWrite }: { checklist: Checklist; canWrite: boolean }) {
  const steps = useMemo(() => [...checklist.steps].sort((a, b) => a.position - b.position), [checklist.steps]);
  const total = steps.length;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={`Checklist: ${checklist.name}`} data-testid="checklist">
      <Group justify="space-between" mb="xs">
        <Text fw={700}>{checklist.name}</Text>
        <Text size="sm" c="dimmed" data-testid="checklist-progress">
          {checklist.doneCount}/{total} done
        </Text>
      </Group>
      <Progress value={total ? (100 * checklist.doneCount) / total : 0} size="sm" mb="sm" aria-label={`${checklist.doneCount} of ${total} steps done`} />
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {steps.map((s) => (
          <StepRow key={s.id} step={s} canWrite={canWrite} />
        ))}
      </Stack>
    </Paper>
  );
}

function StepRow({ step, canWrite }: { step: Step; canWrite: boolean }) {
  const { refetch } = useBoard();
  const [note, setNote] = useState('');
  const [state, run] = useMutation(setItemDone);
  const [conflictMessage, setConflictMessage] = useState<string | null>(null);
  // The box follows the click at once; the server's answer (or the reload
  // after a refusal) then decides what it shows.
  const [pending, setPending] = useState<boolean | null>(null);
  const done = !!step.doneAt;

  const toggle = async (next: boolean) => {
    setConflictMessage(null);
    setPending(next);
    try {
      const r = await run({ id: step.id, version: step.version, done: next, note: next && note.trim() ? note.trim() : null });
      if (conflictOf(r.error)) {
        // Someone ticked or unticked it first: show what they did instead of overwriting it.
        setConflictMessage('Someone else changed this step just before you; it now shows their change. Tick it again if it still needs changing.');
        await refetch();
        return;
      }
      if (!r.error) {
        setNote('');
        await refetch();
      }
    } finally {
      setPending(null);
    }
  };

  return (
    <li data-testid="checklist-step">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Checkbox
          checked={pending ?? done}
          disabled={!canWrite || state.fetching}
          onChange={(e) => toggle(e.currentTarget.checked)}
          aria-label={step.title}
          mt={2}
        />
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6}>
            <Text size="sm" fw={500} td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
              {step.position + 1}. {step.title}
            </Text>
            {step.role ? (
              <Badge size="xs" variant="light" color="gray" tt="none">
                {label(participantRoleLabel, step.role)}
              </Badge>
            ) : null}
          </Group>
          {step.guidance && !done ? <Markdown>{step.guidance}</Markdown> : null}
          {done && step.doneAt ? (
            <Text size="xs" c="teal.8" data-testid="step-done-by">
              Done by {step.doneBy?.name ?? 'someone'} at {formatInZone(step.doneAt, browserTimeZone())}
              {step.note ? ` — ${step.note}` : ''}
            </Text>
          ) : canWrite ? (
            <TextInput
              size="xs"
              mt={4}
              maw={360}
              placeholder="Note when done (optional), e.g. status page posted"
              aria-label={`Note for “${step.title}”`}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
          ) : null}
          {conflictMessage ? (
            <Alert color="orange" variant="light" role="alert" mt={4} p="xs">
              {conflictMessage}
            </Alert>
          ) : state.error && !conflictOf(state.error) ? (
            <Alert color="red" variant="light" role="alert" mt={4} p="xs">
              {errorText(state.error)}
            </Alert>
          ) : null}
        </div>
      </Group>
    </li>
  );
}
