import { useCallback, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import { Markdown } from '../components/Markdown';
import { graphql } from '../gql';
import type { QuestionStatus } from '../gql/graphql';
import { formatDateTime, label, questionStatusColor, questionStatusLabel } from '../lib/format';
import { errorText, useBoard } from './board';
import { CommentToggle } from './CommentsSection';
import { ConflictMerge, SaveError, changedFields, useVersionedSave, type MergeField } from './ConflictMerge';
import { useCanWrite } from './EditAccess';
import { useFresh } from './live';
import { nodes, type Incident } from './query';
import { Empty, MorePages, Section } from './Section';

const createQuestion = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
    }
  }
`);

const updateQuestion = graphql(`
  mutation UpdateQuestion($id: ID!, $version: Int!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, version: $version, input: $input) {
      id
      version
      status
      answer
    }
  }
`);

type Q = NonNullable<NonNullable<NonNullable<Incident['questions']['edges']>[number]>['node']>;

const order: Record<string, number> = { OPEN: 0, ANSWERED: 1, RESOLVED: 2 };

function AskForm() {
  const { viewer } = useSession();
  const { incident, refetch } = useBoard();
  const [text, setText] = useState('');
  const [assignee, setAssignee] = useState<string | null>(null);
  const [state, run] = useMutation(createQuestion);
  const people = nodes(incident.participants).map((p) => ({ value: p.user.id, label: p.user.name }));
  const unique = [...new Map(people.map((p) => [p.value, p])).values()];
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const r = await run({ input: { incidentID: incident.id, text: text.trim(), askedByID: viewer.id, assigneeID: assignee ?? undefined } });
    if (!r.error) {
      setText('');
      setAssignee(null);
      await refetch();
    }
  };
  return (
    <form onSubmit={submit} aria-label="Ask a question">
      <Group gap="xs" align="flex-end">
        <TextInput
          label="Ask a question"
          size="xs"
          placeholder="What do we still not know?"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 240 }}
        />
        <Select label="Who could answer it? (optional)" size="xs" data={unique} value={assignee} onChange={setAssignee} clearable searchable w={220} />
        <Button type="submit" size="xs" loading={state.fetching} disabled={!text.trim()}>
          Ask
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

type QuestionValues = { answer: string; status: string };

/** The fields people change on someone's question; a conflict is merged over these. */
const questionFields: MergeField[] = [
  { key: 'answer', label: 'Answer', kind: 'markdown' },
  { key: 'status', label: 'Status', kind: 'select', options: Object.entries(questionStatusLabel).map(([value, l]) => ({ value, label: l })) },
];

/** questionInput is what changed from reference; an emptied answer is cleared. */
function questionInput(values: QuestionValues, reference: QuestionValues) {
  const input: { answer?: string; clearAnswer?: boolean; status?: QuestionStatus } = {};
  for (const key of changedFields(questionFields, values, reference)) {
    if (key === 'status') input.status = values.status as QuestionStatus;
    else if (values.answer.trim()) input.answer = values.answer.trim();
    else input.clearAnswer = true;
  }
  return input;
}

/**
 * QuestionActions: answer inline, resolve, reopen. Each saves on the
 * version the question had when the person began; if someone else saved
 * meanwhile, the merge dialog shows theirs and yours.
 */
function QuestionActions({ q }: { q: Q }) {
  const { refetch } = useBoard();
  const canWrite = useCanWrite();
  const [answering, setAnswering] = useState<{ base: QuestionValues; version: number } | null>(null);
  const [draft, setDraft] = useState('');
  const [, run] = useMutation(updateQuestion);
  const save = useCallback(
    (values: QuestionValues, version: number, reference: QuestionValues) => run({ id: q.id, version, input: questionInput(values, reference) }),
    [run, q.id],
  );
  const onSaved = useCallback(async () => {
    setAnswering(null);
    setDraft('');
    await refetch();
  }, [refetch]);
  const { submit, resolve, discard, merge, error, saving } = useVersionedSave<QuestionValues>({ fields: questionFields, save, onSaved });
  const now = (): QuestionValues => ({ answer: q.answer ?? '', status: q.status });
  const setStatus = (status: QuestionStatus) => {
    const base = now();
    void submit({ ...base, status }, q.version, base);
  };

  return (
    <Stack gap={4} mt="xs">
      {answering ? (
        <Stack gap={4}>
          <Textarea
            aria-label="Your answer"
            placeholder="What did you find out? (Markdown)"
            autosize
            minRows={2}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          <Group gap="xs">
            <Button
              size="xs"
              disabled={!draft.trim()}
              loading={saving && !merge}
              onClick={() => void submit({ ...answering.base, answer: draft }, answering.version, answering.base)}
            >
              Save answer
            </Button>
            <Button size="xs" variant="default" onClick={() => setAnswering(null)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap="md">
          {canWrite ? (
            <>
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => {
                  setDraft(q.answer ?? '');
                  setAnswering({ base: now(), version: q.version });
                }}
              >
                {q.answer ? 'Edit answer' : 'Answer'}
              </Anchor>
              {q.status !== 'RESOLVED' ? (
                <Anchor component="button" type="button" size="xs" onClick={() => setStatus('RESOLVED')}>
                  Mark resolved
                </Anchor>
              ) : (
                <Anchor component="button" type="button" size="xs" onClick={() => setStatus('OPEN')}>
                  Reopen
                </Anchor>
              )}
            </>
          ) : null}
          <CommentToggle target={{ questionID: q.id }} />
        </Group>
      )}
      {merge ? null : <SaveError error={error} />}
      <ConflictMerge
        what="question"
        fields={questionFields}
        state={merge}
        saving={saving}
        error={merge ? error : undefined}
        onResolve={resolve}
        onDiscard={discard}
      />
    </Stack>
  );
}

/** QuestionsSection lists what is still unknown first, then what was answered. */
export function QuestionsSection({ incident }: { incident: Incident }) {
  const { paging } = useBoard();
  const all = nodes(incident.questions);
  const fresh = useFresh();
  const questions = [...all].sort((a, b) => (order[a.status] ?? 9) - (order[b.status] ?? 9));
  const open = all.filter((q) => q.status === 'OPEN').length;
  const canWrite = useCanWrite();
  return (
    <Section
      id="questions"
      title="Open questions"
      description="Things we do not know yet, or gaps in the data, and what was found out."
      aside={
        <Badge color={open ? 'orange' : 'green'} variant="light" size="lg" radius="sm" data-testid="unanswered-count">
          {open} unanswered
        </Badge>
      }
    >
      {canWrite ? (
        <Paper bg="gray.0" p="sm" radius="md" mb="md">
          <AskForm />
        </Paper>
      ) : null}
      {questions.length === 0 ? (
        <Empty>No questions asked yet.</Empty>
      ) : (
        <Stack gap="sm">
          {questions.map((q) => (
            <Paper
              key={q.id}
              withBorder
              radius="md"
              p="md"
              data-testid="question"
              className={`question${q.status === 'OPEN' ? ' is-open' : ''}${fresh.has(q.id) ? ' is-fresh' : ''}`}
            >
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <div style={{ fontWeight: 600 }}>
                  <Markdown>{q.text}</Markdown>
                </div>
                <Badge color={questionStatusColor[q.status] ?? 'gray'} variant="light" radius="sm" style={{ flexShrink: 0 }}>
                  {label(questionStatusLabel, q.status)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                Asked by {q.askedBy?.name ?? 'someone not recorded'}
                {q.assignee ? ` · assigned to ${q.assignee.name}` : ''}
              </Text>
              {q.answer ? (
                <div className="answer">
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                    Answer
                    {q.answeredBy ? ` from ${q.answeredBy.name}` : ''}
                    {q.answeredAt ? `, ${formatDateTime(q.answeredAt)}` : ''}
                  </Text>
                  <Markdown>{q.answer}</Markdown>
                </div>
              ) : (
                <Text size="sm" c="dimmed" fs="italic" mt="xs">
                  No answer yet.
                </Text>
              )}
              <QuestionActions q={q} />
            </Paper>
          ))}
        </Stack>
      )}
      <MorePages paging={paging?.questions} shown={all.length} total={incident.questions.totalCount} what="questions" />
    </Section>
  );
}
