import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from 'urql';

import { PickerSelect } from '../components/Pickers';
import { graphql } from '../gql';
import type { AnnotationScope, CreateAnnotationInput } from '../gql/graphql';
import { scopeLabel } from './AnnotationList';

const createAnnotationMutation = graphql(`
  mutation CreateAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`);

/** What a new note can be about here: the defaults the form starts from. */
export interface AnnotationTarget {
  scopes: AnnotationScope[];
  figure?: string;
  incidentID?: string;
  services?: { id: string; name: string }[];
  /** The first and last day (YYYY-MM-DD) a PERIOD note starts with. */
  period?: { from: string; to: string };
}

const today = () => new Date().toISOString().slice(0, 10);

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/**
 * AnnotationForm adds a context note (analysts and admins): on a figure, a
 * period, a service or an incident, as the target allows.
 */
export function AnnotationForm({ target, onDone }: { target: AnnotationTarget; onDone: () => void }) {
  const [scope, setScope] = useState<AnnotationScope>(target.scopes[0]);
  const [body, setBody] = useState('');
  const [serviceID, setServiceID] = useState<string | null>(target.services?.[0]?.id ?? null);
  const [from, setFrom] = useState(target.period?.from ?? today());
  const [to, setTo] = useState(target.period?.to ?? today());
  const [result, create] = useMutation(createAnnotationMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const input: CreateAnnotationInput = { body: body.trim(), scope };
    if (scope === 'FIGURE') input.figure = target.figure;
    if (scope === 'INCIDENT') input.incidentID = target.incidentID;
    if (scope === 'SERVICE') {
      if (!serviceID) return setProblem('Choose the service the note is about.');
      input.serviceID = serviceID;
    }
    if (scope === 'PERIOD') {
      if (from > to) return setProblem('The period must end after it starts.');
      input.periodStart = `${from}T00:00:00Z`;
      input.periodEnd = nextDay(to);
    }
    const res = await create({ input }, { additionalTypenames: ['Annotation', 'AnnotationConnection', 'IncidentAnalysis'] });
    if (res.error) setProblem(res.error.graphQLErrors[0]?.message ?? res.error.message);
    else onDone();
  };

  return (
    <form onSubmit={onSubmit} aria-label="Add a context note">
      <Stack gap="xs">
        {target.scopes.length > 1 ? (
          <Select
            label="About"
            data={target.scopes.map((s) => ({ value: s, label: s === 'FIGURE' ? 'This figure' : scopeLabel[s] }))}
            value={scope}
            onChange={(v) => v && setScope(v as AnnotationScope)}
            allowDeselect={false}
            size="xs"
          />
        ) : null}
        {scope === 'SERVICE' ? (
          <PickerSelect kind="services" label="Service" known={target.services} value={serviceID} onChange={setServiceID} size="xs" />
        ) : null}
        {scope === 'PERIOD' ? (
          <Group grow gap="xs">
            <TextInput type="date" label="From" size="xs" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
            <TextInput type="date" label="Until (inclusive)" size="xs" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          </Group>
        ) : null}
        <Textarea
          label="Note"
          description="Context a reader needs beside the figure: a reorganisation, a new alerting policy, a migration…"
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={2}
          required
          size="xs"
        />
        {problem ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {problem}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={result.fetching} disabled={!body.trim()}>
            Add note
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
