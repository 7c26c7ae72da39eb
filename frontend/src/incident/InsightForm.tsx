import { useState } from 'react';
import { Alert, Button, Checkbox, Group, MultiSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import { formErrors } from '../lib/followup';
import { eventLabel, perspectiveLabel, questionLabel } from './evidence';
import { FactorPicker } from './FactorPicker';
import type { FactorItem } from './insightsQuery';
import { nodes, type Incident } from './query';

const createInsight = graphql(`
  mutation CreateInsight($input: CreateInsightInput!) {
    createInsight(input: $input) {
      id
    }
  }
`);

const fieldNames = ['statement', 'detail', 'evidenceEventIDs', 'evidencePerspectiveIDs', 'evidenceQuestionIDs', 'factorIDs'] as const;

/**
 * InsightForm records what the incident taught us, backed by evidence from
 * this incident's board: timeline events, perspectives and answered
 * questions, and the contributing factors it rests on.
 */
export function InsightForm({
  incident,
  factors,
  categoryCount,
  onSaved,
  onCancel,
}: {
  incident: Incident;
  factors: FactorItem[];
  /** How many taxonomy categories there are: none means an admin has to add some first. */
  categoryCount: number;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [statement, setStatement] = useState('');
  const [detail, setDetail] = useState('');
  const [publish, setPublish] = useState(false);
  const [eventIDs, setEventIDs] = useState<string[]>([]);
  const [perspectiveIDs, setPerspectiveIDs] = useState<string[]>([]);
  const [questionIDs, setQuestionIDs] = useState<string[]>([]);
  const [factorIDs, setFactorIDs] = useState<string[]>([]);
  const [state, run] = useMutation(createInsight);
  const errors = formErrors(state.error, fieldNames);

  const events = nodes(incident.timelineEvents).map((e) => ({ value: e.id, label: eventLabel(e) }));
  const perspectives = nodes(incident.perspectives).map((p) => ({ value: p.id, label: perspectiveLabel(p) }));
  const answered = nodes(incident.questions)
    .filter((q) => !!q.answer)
    .map((q) => ({ value: q.id, label: questionLabel(q) }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!statement.trim()) return;
    const r = await run({
      input: {
        incidentID: incident.id,
        statement: statement.trim(),
        detail: detail.trim() || undefined,
        status: publish ? 'PUBLISHED' : 'DRAFT',
        evidenceEventIDs: eventIDs.length ? eventIDs : undefined,
        evidencePerspectiveIDs: perspectiveIDs.length ? perspectiveIDs : undefined,
        evidenceQuestionIDs: questionIDs.length ? questionIDs : undefined,
        factorIDs: factorIDs.length ? factorIDs : undefined,
      },
    });
    if (!r.error) onSaved();
  };

  return (
    <form onSubmit={submit} aria-label="Add an insight">
      <Stack gap="sm">
        <TextInput
          label="Insight"
          description="What this incident taught us, in one sentence"
          placeholder="e.g. Certificates outside our automation expire without anyone noticing"
          required
          value={statement}
          onChange={(e) => setStatement(e.currentTarget.value)}
          error={errors.fields.statement}
          data-autofocus
        />
        <Textarea
          label="Detail"
          description="The reasoning behind it (Markdown)"
          autosize
          minRows={2}
          value={detail}
          onChange={(e) => setDetail(e.currentTarget.value)}
          error={errors.fields.detail}
        />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <MultiSelect
            label="Timeline events"
            placeholder={events.length ? 'Cite events' : 'No events yet'}
            data={events}
            value={eventIDs}
            onChange={setEventIDs}
            searchable
            clearable
            error={errors.fields.evidenceEventIDs}
          />
          <MultiSelect
            label="Perspectives"
            placeholder={perspectives.length ? 'Cite perspectives' : 'No perspectives yet'}
            data={perspectives}
            value={perspectiveIDs}
            onChange={setPerspectiveIDs}
            searchable
            clearable
            error={errors.fields.evidencePerspectiveIDs}
          />
          <MultiSelect
            label="Answered questions"
            placeholder={answered.length ? 'Cite answers' : 'No answered questions yet'}
            data={answered}
            value={questionIDs}
            onChange={setQuestionIDs}
            searchable
            clearable
            error={errors.fields.evidenceQuestionIDs}
          />
        </SimpleGrid>
        <FactorPicker
          incidentID={incident.id}
          factors={factors}
          categoryCount={categoryCount}
          value={factorIDs}
          onChange={setFactorIDs}
          error={errors.fields.factorIDs}
        />
        <Checkbox label="Publish it now (drafts are for the review to discuss)" checked={publish} onChange={(e) => setPublish(e.currentTarget.checked)} />
        {errors.other ? (
          <Alert color="red" variant="light" role="alert" p="xs" title={errors.code === 'FORBIDDEN' ? 'You may not do this' : 'Not saved'}>
            {errors.other}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={state.fetching} disabled={!statement.trim()}>
            Add insight
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
