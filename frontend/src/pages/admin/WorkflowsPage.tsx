import { useMemo, useState, type FormEvent } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, MultiSelect, Paper, Select, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, type CombinedError } from 'urql';

import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Markdown } from '../../components/Markdown';
import { graphql } from '../../gql';
import type { ParticipantRole, Severity, WorkflowsAdminQuery } from '../../gql/graphql';
import { errorText } from '../../incident/board';
import { MorePages } from '../../incident/Section';
import { conflictOf } from '../../lib/conflict';
import { label, participantRoleLabel, plural, severityShort } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWholeList } from '../../lib/useWholeList';

// A page of the workflows: the first without $after, then the rest one page
// at a time (see useWholeList).
const workflowsQuery = graphql(`
  query WorkflowsAdmin($after: Cursor) {
    workflowTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          name
          description
          severities
          incidentTypes
          orderedSteps {
            id
            position
            title
            guidance
            role
          }
        }
      }
    }
  }
`);

const createTemplate = graphql(`
  mutation CreateWorkflowTemplate($input: CreateWorkflowTemplateInput!) {
    createWorkflowTemplate(input: $input) {
      id
    }
  }
`);

const updateTemplate = graphql(`
  mutation UpdateWorkflowTemplate($id: ID!, $version: Int!, $input: UpdateWorkflowTemplateInput!) {
    updateWorkflowTemplate(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

const createStep = graphql(`
  mutation CreateWorkflowStep($input: CreateWorkflowStepInput!) {
    createWorkflowStep(input: $input) {
      id
    }
  }
`);

const updateStep = graphql(`
  mutation UpdateWorkflowStep($id: ID!, $input: UpdateWorkflowStepInput!) {
    updateWorkflowStep(id: $id, input: $input) {
      id
      position
    }
  }
`);

const deleteStep = graphql(`
  mutation DeleteWorkflowStep($id: ID!) {
    deleteWorkflowStep(id: $id)
  }
`);

type Workflow = NonNullable<NonNullable<NonNullable<WorkflowsAdminQuery['workflowTemplates']['edges']>[number]>['node']>;
type Step = Workflow['orderedSteps'][number];

const workflowsOf = (d: WorkflowsAdminQuery) => d.workflowTemplates;

const severityOptions = ['SEV1', 'SEV2', 'SEV3', 'SEV4'].map((s) => ({ value: s, label: label(severityShort, s) }));
const roleOptions = Object.keys(participantRoleLabel).map((r) => ({ value: r, label: participantRoleLabel[r] }));

/** WorkflowsPage: the coordination workflows responders attach to incidents as checklists. */
export function WorkflowsPage() {
  useDocumentTitle('Workflows');
  const context = useMemo(() => ({ additionalTypenames: ['WorkflowTemplate', 'WorkflowStep'] }), []);
  const { result, reload, nodes: workflows, total, paging } = useWholeList(workflowsQuery, workflowsOf, context);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Coordination workflows</Title>
        <Text c="dimmed" size="sm">
          Checklists of what to do in an incident, step by step, with who usually does each. A workflow is suggested for incidents of its
          severities and types (tags); empty means any. Attaching one copies its steps, so changes here leave past incidents alone.
        </Text>
      </div>
      <Paper withBorder radius="md" p="md">
        <Text fw={600} mb="xs">
          New workflow
        </Text>
        <TemplateForm onSaved={reload} />
      </Paper>
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={reload} />
      ) : !result.data ? (
        <Loading what="the workflows" />
      ) : workflows.length === 0 ? (
        <Text c="dimmed" fs="italic">
          No workflows yet.
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="workflow-count">
            {plural(total, 'workflow')}
          </Text>
          {workflows.map((w) => (
            <WorkflowCard key={w.id} workflow={w} onChanged={reload} />
          ))}
          <MorePages paging={paging} shown={workflows.length} total={total} what="workflows" />
        </>
      )}
    </Stack>
  );
}

/** TemplateForm creates a workflow, or edits one when given it. */
function TemplateForm({ workflow, onSaved, onCancel }: { workflow?: Workflow; onSaved: () => void; onCancel?: () => void }) {
  const [name, setName] = useState(workflow?.name ?? '');
  const [description, setDescription] = useState(workflow?.description ?? '');
  const [severities, setSeverities] = useState<string[]>(workflow?.severities ?? []);
  const [types, setTypes] = useState<string[]>(workflow?.incidentTypes ?? []);
  const [created, runCreate] = useMutation(createTemplate);
  const [updated, runUpdate] = useMutation(updateTemplate);
  const [conflictNote, setConflictNote] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setConflictNote(null);
    if (!workflow) {
      const r = await runCreate({
        input: {
          name: name.trim(),
          description: description.trim() || undefined,
          severities: severities as Severity[],
          incidentTypes: types,
        },
      });
      if (!r.error) {
        setName('');
        setDescription('');
        setSeverities([]);
        setTypes([]);
        onSaved();
      }
      return;
    }
    const r = await runUpdate({
      id: workflow.id,
      version: workflow.version,
      input: {
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : { clearDescription: true }),
        ...(severities.length ? { severities: severities as Severity[] } : { clearSeverities: true }),
        ...(types.length ? { incidentTypes: types } : { clearIncidentTypes: true }),
      },
    });
    if (conflictOf(r.error)) {
      setConflictNote('Someone else changed this workflow while you were editing. The page now shows their version; make your change again.');
      onSaved();
      return;
    }
    if (!r.error) onSaved();
  };
  const error: CombinedError | undefined = workflow ? updated.error : created.error;

  return (
    <form onSubmit={submit} aria-label={workflow ? `Edit ${workflow.name}` : 'New workflow'}>
      <Stack gap="xs">
        <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} maw={420} />
        <Textarea label="Description" description="When to use it and what it is for" autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <Group grow align="flex-start">
          <MultiSelect label="Severities" placeholder="Any" data={severityOptions} value={severities} onChange={setSeverities} clearable />
          <TagsInput label="Incident types (tags)" placeholder="Any; e.g. security, data-loss" value={types} onChange={setTypes} clearable />
        </Group>
        {conflictNote ? (
          <Alert color="orange" variant="light" role="alert" p="xs">
            {conflictNote}
          </Alert>
        ) : error ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errorText(error)}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={created.fetching || updated.fetching} disabled={!name.trim()}>
            {workflow ? 'Save workflow' : 'Add workflow'}
          </Button>
          {onCancel ? (
            <Button size="xs" variant="subtle" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

function WorkflowCard({ workflow, onChanged }: { workflow: Workflow; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const steps = useMemo(() => [...workflow.orderedSteps].sort((a, b) => a.position - b.position), [workflow.orderedSteps]);
  const [moved, runMove] = useMutation(updateStep);

  // Moving a step sets both its place and its neighbour's: that is right
  // whether the server shifts the others up on its own or takes positions as given.
  const move = async (i: number, by: -1 | 1) => {
    const a = steps[i];
    const b = steps[i + by];
    if (!a || !b) return;
    const r = await runMove({ id: a.id, input: { position: b.position } });
    if (!r.error) await runMove({ id: b.id, input: { position: a.position } });
    onChanged();
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={`Workflow: ${workflow.name}`} data-testid="workflow">
      {editing ? (
        <TemplateForm
          workflow={workflow}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={700}>{workflow.name}</Text>
            {workflow.description ? (
              <Text size="sm" c="dimmed">
                {workflow.description}
              </Text>
            ) : null}
            <Group gap={4} mt={4}>
              {(workflow.severities ?? []).length === 0 ? (
                <Badge size="xs" variant="outline" color="gray">
                  Any severity
                </Badge>
              ) : (
                (workflow.severities ?? []).map((s) => (
                  <Badge key={s} size="xs" variant="light" color="red">
                    {label(severityShort, s)}
                  </Badge>
                ))
              )}
              {(workflow.incidentTypes ?? []).length === 0 ? (
                <Badge size="xs" variant="outline" color="gray">
                  Any type
                </Badge>
              ) : (
                (workflow.incidentTypes ?? []).map((t) => (
                  <Badge key={t} size="xs" variant="light" color="grape" tt="none">
                    {t}
                  </Badge>
                ))
              )}
            </Group>
          </div>
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            Edit details
          </Button>
        </Group>
      )}
      <Text size="sm" fw={600} mt="md" mb={4}>
        Steps ({plural(steps.length, 'step')})
      </Text>
      {moved.error ? (
        <Alert color="red" variant="light" role="alert" p="xs" mb="xs">
          {errorText(moved.error)}
        </Alert>
      ) : null}
      <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {steps.map((s, i) => (
          <StepRow
            key={s.id}
            step={s}
            index={i}
            first={i === 0}
            last={i === steps.length - 1}
            busy={moved.fetching}
            onMove={(by) => move(i, by)}
            onChanged={onChanged}
          />
        ))}
      </Stack>
      <NewStep templateID={workflow.id} onAdded={onChanged} />
    </Paper>
  );
}

function StepRow({
  step,
  index,
  first,
  last,
  busy,
  onMove,
  onChanged,
}: {
  step: Step;
  index: number;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleted, runDelete] = useMutation(deleteStep);

  if (editing) {
    return (
      <li>
        <StepForm
          step={step}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li data-testid="workflow-step">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text size="sm" fw={500}>
              {index + 1}. {step.title}
            </Text>
            {step.role ? (
              <Badge size="xs" variant="light" color="gray" tt="none">
                {label(participantRoleLabel, step.role)}
              </Badge>
            ) : null}
          </Group>
          {step.guidance ? <Markdown>{step.guidance}</Markdown> : null}
        </div>
        <Group gap={4} wrap="nowrap">
          <ActionIcon size="sm" variant="subtle" disabled={first || busy} onClick={() => onMove(-1)} aria-label={`Move “${step.title}” up`}>
            ↑
          </ActionIcon>
          <ActionIcon size="sm" variant="subtle" disabled={last || busy} onClick={() => onMove(1)} aria-label={`Move “${step.title}” down`}>
            ↓
          </ActionIcon>
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
            Edit
          </Button>
          {confirming ? (
            <>
              <Button
                size="compact-xs"
                color="red"
                loading={deleted.fetching}
                onClick={async () => {
                  const r = await runDelete({ id: step.id });
                  if (!r.error) onChanged();
                }}
              >
                Delete step
              </Button>
              <Button size="compact-xs" variant="subtle" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </>
          ) : (
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
              Delete…
            </Button>
          )}
        </Group>
      </Group>
      {deleted.error ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {errorText(deleted.error)}
        </Alert>
      ) : null}
    </li>
  );
}

function StepForm({ step, onSaved, onCancel }: { step: Step; onSaved: () => void; onCancel: () => void }) {
  const [title, setTitle] = useState(step.title);
  const [guidance, setGuidance] = useState(step.guidance ?? '');
  const [role, setRole] = useState<string | null>(step.role ?? null);
  const [state, run] = useMutation(updateStep);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run({
      id: step.id,
      input: {
        title: title.trim(),
        ...(guidance.trim() ? { guidance: guidance.trim() } : { clearGuidance: true }),
        ...(role ? { role: role as ParticipantRole } : { clearRole: true }),
      },
    });
    if (!r.error) onSaved();
  };
  return (
    <form onSubmit={submit} aria-label={`Edit step ${step.title}`}>
      <StepFields title={title} setTitle={setTitle} guidance={guidance} setGuidance={setGuidance} role={role} setRole={setRole} />
      {state.error ? (
        <Alert color="red" variant="light" role="alert" p="xs" mt={4}>
          {errorText(state.error)}
        </Alert>
      ) : null}
      <Group gap="xs" mt={4}>
        <Button type="submit" size="xs" loading={state.fetching} disabled={!title.trim()}>
          Save step
        </Button>
        <Button size="xs" variant="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}

function StepFields({
  title,
  setTitle,
  guidance,
  setGuidance,
  role,
  setRole,
}: {
  title: string;
  setTitle: (v: string) => void;
  guidance: string;
  setGuidance: (v: string) => void;
  role: string | null;
  setRole: (v: string | null) => void;
}) {
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" grow>
        <TextInput label="Step" size="xs" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Select label="Usually done by" size="xs" data={roleOptions} value={role} onChange={setRole} clearable placeholder="Anyone" />
      </Group>
      <Textarea label="Guidance (Markdown)" size="xs" autosize minRows={1} value={guidance} onChange={(e) => setGuidance(e.currentTarget.value)} />
    </Stack>
  );
}

function NewStep({ templateID, onAdded }: { templateID: string; onAdded: () => void }) {
  const [title, setTitle] = useState('');
  const [guidance, setGuidance] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [state, run] = useMutation(createStep);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run({
      input: { templateID, title: title.trim(), guidance: guidance.trim() || undefined, role: (role as ParticipantRole | null) ?? undefined },
    });
    if (!r.error) {
      setTitle('');
      setGuidance('');
      setRole(null);
      onAdded();
    }
  };
  return (
    <form onSubmit={submit} aria-label="Add a step">
      <Paper bg="gray.0" p="xs" mt="sm" radius="sm">
        <StepFields title={title} setTitle={setTitle} guidance={guidance} setGuidance={setGuidance} role={role} setRole={setRole} />
        {state.error ? (
          <Alert color="red" variant="light" role="alert" p="xs" mt={4}>
            {errorText(state.error)}
          </Alert>
        ) : null}
        <Button type="submit" size="xs" mt={6} loading={state.fetching} disabled={!title.trim()}>
          Add step
        </Button>
      </Paper>
    </form>
  );
}
