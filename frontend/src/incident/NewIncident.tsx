import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import { PickerMultiSelect } from '../components/Pickers';
import { graphql } from '../gql';
import type { Severity } from '../gql/graphql';
import { formErrors } from '../lib/followup';
import { canWrite } from '../lib/roles';
import { FieldEditor } from './ConflictMerge';
import { severityOptions } from './incidentFields';

const createIncident = graphql(`
  mutation CreateIncident($input: CreateIncidentInput!) {
    createIncident(input: $input) {
      id
    }
  }
`);

/** The inputs the server may name in an error, shown next to their fields. */
const newIncidentFields = ['title', 'severity', 'startedAt', 'summary', 'serviceIDs', 'tagIDs'] as const;

const startedField = { key: 'startedAt', label: 'Started', kind: 'datetime' } as const;

/** thisMinute is now, without seconds: what a person would type for "just now". */
function thisMinute(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return d.toISOString();
}

/** NewIncident is the "New incident" button and its form, for those who may open incidents. */
export function NewIncident() {
  const { viewer } = useSession();
  const [open, setOpen] = useState(false);
  // Members, analysts and admins open incidents; viewers only read.
  if (!canWrite(viewer.role)) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>New incident</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="New incident" size="lg">
        <NewIncidentForm onCancel={() => setOpen(false)} />
      </Modal>
    </>
  );
}

/**
 * NewIncidentForm asks for what is known when an incident starts: a title,
 * how bad it is and since when, and optionally a summary, the services hit
 * and tags. Everything else is added on the incident's board, which opens
 * once it is saved.
 */
function NewIncidentForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const [state, run] = useMutation(createIncident);
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<string | null>(null);
  const [startedAt, setStartedAt] = useState(thisMinute);
  const [summary, setSummary] = useState('');
  const [serviceIDs, setServiceIDs] = useState<string[]>([]);
  const [tagIDs, setTagIDs] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const errors = formErrors(state.error, newIncidentFields);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!title.trim() || !severity) return;
    const r = await run({
      input: {
        title: title.trim(),
        severity: severity as Severity,
        startedAt,
        summary: summary.trim() || null,
        serviceIDs,
        tagIDs,
      },
    });
    if (r.data) navigate(`/incidents/${encodeURIComponent(r.data.createIncident.id)}`);
  };

  return (
    <form onSubmit={submit} aria-label="New incident" noValidate>
      <Stack gap="sm">
        <TextInput
          label="Title"
          description="What is going wrong, in a few words"
          required
          data-autofocus
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={checked && !title.trim() ? 'Give the incident a title.' : errors.fields.title}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Severity"
            required
            placeholder="How bad is it?"
            data={severityOptions}
            value={severity}
            onChange={setSeverity}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={checked && !severity ? 'Choose a severity.' : errors.fields.severity}
          />
          <FieldEditor
            field={startedField}
            label="Started"
            value={startedAt}
            onChange={(v) => setStartedAt(typeof v === 'string' && v ? v : startedAt)}
            error={errors.fields.startedAt}
          />
        </SimpleGrid>
        <Textarea
          label="Summary"
          description="Optional; Markdown"
          autosize
          minRows={2}
          maxRows={10}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={errors.fields.summary}
        />
        <PickerMultiSelect
          kind="services"
          label="Services"
          placeholder="Services affected"
          value={serviceIDs}
          onChange={setServiceIDs}
          comboboxProps={{ withinPortal: true }}
          error={errors.fields.serviceIDs}
        />
        <PickerMultiSelect
          kind="tags"
          label="Tags"
          placeholder="Tags"
          value={tagIDs}
          onChange={setTagIDs}
          comboboxProps={{ withinPortal: true }}
          error={errors.fields.tagIDs}
        />
        {errors.other ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errors.other}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={state.fetching}>
            Open incident
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
