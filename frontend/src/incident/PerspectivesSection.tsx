import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import { Markdown } from '../components/Markdown';
import { graphql } from '../gql';
import type { Department } from '../gql/graphql';
import { departmentLabel, label } from '../lib/format';
import { errorText, reviewDepartments, useBoard } from './board';
import { CommentToggle } from './CommentsSection';
import { useCanWrite, useEditable } from './EditAccess';
import { EditPerspective } from './EditPerspective';
import { History } from './History';
import { useFresh } from './live';
import { nodes, type Incident } from './query';
import { Empty, MorePages, Section } from './Section';

const fields = [
  { key: 'whatTheySaw', label: 'What they saw' },
  { key: 'impactObserved', label: 'Impact they observed' },
  { key: 'surprises', label: 'What surprised them' },
  { key: 'whatHelped', label: 'What helped' },
  { key: 'whatHurt', label: 'What got in the way' },
] as const;

const createPerspective = graphql(`
  mutation CreatePerspective($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
    }
  }
`);

/** missingDepartments: from the server's board when it has it, else from the loaded perspectives. */
function missingDepartments(incident: Incident): string[] {
  if (incident.board?.missingVoices) return incident.board.missingVoices.departments;
  const heard = new Set(nodes(incident.perspectives).map((p) => p.department));
  return reviewDepartments.filter((d) => !heard.has(d));
}

/** MissingVoices says which parts of the company the review has not heard from yet. */
export function MissingVoices({ incident }: { incident: Incident }) {
  const missing = missingDepartments(incident);
  const people = incident.board?.missingVoices.participants ?? [];
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg={missing.length ? 'yellow.0' : 'teal.0'}
      data-testid="missing-voices"
      data-missing={missing.join(' ')}
      aria-label="Missing voices"
      role="group"
    >
      {missing.length === 0 ? (
        <Text size="sm" fw={600}>
          Every department has shared its perspective.
        </Text>
      ) : (
        <Group gap={6}>
          <Text size="sm" fw={600}>
            Not heard from yet:
          </Text>
          {missing.map((d) => (
            <Badge key={d} color="yellow" variant="light" radius="sm" c="dark.7" data-department={d}>
              {label(departmentLabel, d)}
            </Badge>
          ))}
        </Group>
      )}
      {people.length > 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          Participants who have not contributed yet: {people.map((p) => p.name).join(', ')}
        </Text>
      ) : null}
    </Paper>
  );
}

/** PerspectiveForm is the guided "Add your perspective" form. */
function PerspectiveForm({ onDone }: { onDone: () => void }) {
  const { viewer } = useSession();
  const { incident, refetch } = useBoard();
  const [department, setDepartment] = useState<string>(viewer.department ?? 'OTHER');
  const [values, setValues] = useState({ whatTheySaw: '', surprises: '', whatHelped: '', whatHurt: '', impactObserved: '' });
  const [state, run] = useMutation(createPerspective);
  const [missingSaw, setMissingSaw] = useState(false);
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLTextAreaElement>) => setValues({ ...values, [k]: e.currentTarget.value });
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!values.whatTheySaw.trim()) {
      setMissingSaw(true);
      return;
    }
    const r = await run({
      input: {
        incidentID: incident.id,
        authorID: viewer.id,
        department: department as Department,
        whatTheySaw: values.whatTheySaw.trim(),
        surprises: opt(values.surprises),
        whatHelped: opt(values.whatHelped),
        whatHurt: opt(values.whatHurt),
        impactObserved: opt(values.impactObserved),
      },
    });
    if (!r.error) {
      await refetch();
      onDone();
    }
  };

  return (
    <form onSubmit={submit} aria-label="Your perspective">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Tell it as you lived it — there are no wrong answers, and you do not need to know the technical details. You can use
          Markdown (**bold**, lists, links).
        </Text>
        <Select
          label="Your department"
          description="Which part of the company you speak for."
          data={Object.entries(departmentLabel).map(([value, l]) => ({ value, label: l }))}
          value={department}
          onChange={(v) => setDepartment(v ?? department)}
          allowDeselect={false}
        />
        <Textarea
          label="What did you see?"
          description="What you noticed, heard from customers or colleagues, and when."
          required
          autosize
          minRows={3}
          value={values.whatTheySaw}
          onChange={(e) => {
            setMissingSaw(false);
            set('whatTheySaw')(e);
          }}
          error={missingSaw ? 'Please tell us what you saw.' : undefined}
          data-autofocus
        />
        <Textarea label="What surprised you?" description="Anything you did not expect, or that worked differently than you thought." autosize minRows={2} value={values.surprises} onChange={set('surprises')} />
        <Textarea label="What helped?" description="People, tools or information that made things easier." autosize minRows={2} value={values.whatHelped} onChange={set('whatHelped')} />
        <Textarea label="What got in the way?" description="What slowed you down, confused you or was missing." autosize minRows={2} value={values.whatHurt} onChange={set('whatHurt')} />
        <Textarea
          label="What impact did you see on customers or the business?"
          description="Complaints, tickets, lost sales, press, anything you noticed."
          autosize
          minRows={2}
          value={values.impactObserved}
          onChange={set('impactObserved')}
        />
        {state.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(state.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} type="button">
            Cancel
          </Button>
          <Button type="submit" loading={state.fetching}>
            Share perspective
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type PerspectiveNode = NonNullable<NonNullable<NonNullable<Incident['perspectives']['edges']>[number]>['node']>;

/** PerspectiveCard is one person's account, with its history (loaded when opened) and, for whoever may, an edit dialog. */
function PerspectiveCard({ p, fresh, wide, canEdit }: { p: PerspectiveNode; fresh: boolean; wide: boolean; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  return (
    <Card withBorder radius="md" padding="md" className={fresh ? 'is-fresh' : undefined} data-testid="perspective" data-perspective-id={p.id}>
      <Text fw={600} size="sm">
        {p.author.name}
      </Text>
      {p.author.title ? (
        <Text size="xs" c="dimmed" mb="xs">
          {p.author.title}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: wide ? 2 : 1 }} spacing="md" verticalSpacing="xs" mt="xs">
        {fields.map((f) =>
          p[f.key] ? (
            <div key={f.key}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                {f.label}
              </Text>
              <Markdown>{p[f.key]}</Markdown>
            </div>
          ) : null,
        )}
      </SimpleGrid>
      <Group gap="md" mt="xs">
        {canEdit ? (
          <Anchor component="button" type="button" size="xs" onClick={() => setEditing(true)}>
            Edit perspective
          </Anchor>
        ) : null}
        <Anchor component="button" type="button" size="xs" onClick={() => setHistory(!history)} aria-expanded={history}>
          {history ? 'Hide history' : 'History'}
        </Anchor>
      </Group>
      {editing ? <EditPerspective perspective={p} onDone={() => setEditing(false)} /> : null}
      {history ? <History entityID={p.id} version={p.version} what="perspective" /> : null}
      <CommentToggle target={{ perspectiveID: p.id }} />
    </Card>
  );
}

/** PerspectivesSection shows each person's account, grouped by department. */
export function PerspectivesSection({ incident }: { incident: Incident }) {
  const { paging } = useBoard();
  const all = nodes(incident.perspectives);
  const fresh = useFresh();
  const canEdit = useEditable();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  const groups = new Map<string, typeof all>();
  for (const p of all) {
    const list = groups.get(p.department) ?? [];
    list.push(p);
    groups.set(p.department, list);
  }
  return (
    <Section
      id="perspectives"
      title="Perspectives"
      description="How the incident looked from each part of the company, in people's own words."
      aside={
        canWrite ? (
          <Button onClick={() => setOpen(true)} size="sm">
            Add your perspective
          </Button>
        ) : (
          // Viewers read only; their view still counts when someone records it.
          <Text size="xs" c="dimmed" maw={260} ta="right" data-testid="perspective-read-only">
            You have read-only access. To share your view, ask the facilitator or an analyst to record it.
          </Text>
        )
      }
    >
      <Modal opened={open} onClose={() => setOpen(false)} title="Add your perspective" size="lg">
        {open ? <PerspectiveForm onDone={() => setOpen(false)} /> : null}
      </Modal>
      <Stack gap="md">
        <MissingVoices incident={incident} />
        {all.length === 0 ? (
          <Empty>No perspectives written yet.</Empty>
        ) : (
          <Stack gap="lg">
            {[...groups.entries()].map(([department, list]) => (
              <section key={department} aria-labelledby={`perspectives-${department}`} data-testid="perspective-group" data-department={department}>
                <Title order={3} size="h5" id={`perspectives-${department}`} mb="xs">
                  {label(departmentLabel, department)}{' '}
                  <Text span c="dimmed" size="sm" fw={400}>
                    ({list.length})
                  </Text>
                </Title>
                <SimpleGrid cols={{ base: 1, md: list.length === 1 ? 1 : 2 }} spacing="md">
                  {list.map((p) => (
                    <PerspectiveCard key={p.id} p={p} fresh={fresh.has(p.id)} wide={list.length === 1} canEdit={canEdit(p.id)} />
                  ))}
                </SimpleGrid>
              </section>
            ))}
          </Stack>
        )}
      </Stack>
      <MorePages paging={paging?.perspectives} shown={all.length} total={incident.perspectives.totalCount} what="perspectives" />
    </Section>
  );
}
