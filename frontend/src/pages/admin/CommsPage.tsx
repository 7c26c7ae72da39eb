import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Code, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from 'urql';

import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';
import type { CommsAdminQuery, CommsAudience, CommsTemplatesQuery } from '../../gql/graphql';
import { errorText } from '../../incident/board';
import { nodes } from '../../incident/query';
import { MorePages } from '../../incident/Section';
import { conflictOf } from '../../lib/conflict';
import { label, plural } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWholeList } from '../../lib/useWholeList';
import { audienceHelp, audienceLabel, audiences, placeholders } from '../../response/labels';

const commsQuery = graphql(`
  query CommsAdmin {
    commsGuidelines(first: 10) {
      edges {
        node {
          id
          version
          audience
          body
          updateEveryMinutes
        }
      }
    }
  }
`);

// A page of the templates: the first without $after, then the rest one page
// at a time (see useWholeList).
const templatesQuery = graphql(`
  query CommsTemplates($after: Cursor) {
    messageTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          audience
          name
          body
        }
      }
    }
  }
`);

const setGuideline = graphql(`
  mutation SetCommsGuideline($audience: CommsAudience!, $body: String!, $updateEveryMinutes: Int, $version: Int) {
    setCommsGuideline(audience: $audience, body: $body, updateEveryMinutes: $updateEveryMinutes, version: $version) {
      id
      version
    }
  }
`);

const createTemplate = graphql(`
  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      id
    }
  }
`);

const updateTemplate = graphql(`
  mutation UpdateMessageTemplate($id: ID!, $version: Int!, $input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

type Guideline = NonNullable<NonNullable<NonNullable<CommsAdminQuery['commsGuidelines']['edges']>[number]>['node']>;
type Template = NonNullable<NonNullable<NonNullable<CommsTemplatesQuery['messageTemplates']['edges']>[number]>['node']>;

const templatesOf = (d: CommsTemplatesQuery) => d.messageTemplates;

const staleNote = 'Someone else saved this while you were editing. The page now shows their version; make your change again.';

/** CommsPage: how to talk to each audience during an incident, and the messages responders start from. */
export function CommsPage() {
  useDocumentTitle('Communications');
  const context = useMemo(() => ({ additionalTypenames: ['CommsGuideline', 'MessageTemplate'] }), []);
  const [result, reexecute] = useQuery({ query: commsQuery, context });
  const { result: templatesResult, reload: reloadTemplates, nodes: templates, total, paging } = useWholeList(templatesQuery, templatesOf, context);
  const reload = () => {
    reexecute({ requestPolicy: 'network-only' });
    reloadTemplates();
  };
  const guidelines = nodes(result.data?.commsGuidelines);
  const [editingID, setEditing] = useState<string | null>(null);
  // Looked up on every render, so a reload after a CONFLICT brings the current version.
  const editing = templates.find((t) => t.id === editingID) ?? null;

  const error = (!result.data && result.error) || (!templatesResult.data && templatesResult.error);
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (!result.data || !templatesResult.data) return <Loading what="the communication guidelines" />;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Incident communications</Title>
        <Text c="dimmed" size="sm">
          What to tell each audience during an incident, how often, and the message templates responders fill in from the incident.
        </Text>
      </div>
      <section aria-labelledby="guidelines-heading">
        <Title order={2} size="h3" id="guidelines-heading" mb="xs">
          Guidelines
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {audiences.map((a) => (
            <GuidelineForm
              key={a}
              audience={a}
              guideline={guidelines.find((g) => g.audience === a)}
              onSaved={reload}
            />
          ))}
        </SimpleGrid>
      </section>
      <section aria-labelledby="templates-heading">
        <Title order={2} size="h3" id="templates-heading" mb="xs">
          Message templates
        </Title>
        <Placeholders />
        {templates.length === 0 ? (
          <Text c="dimmed" fs="italic" size="sm" my="sm">
            No templates yet.
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" mt="sm" data-testid="template-count">
              {plural(total, 'template')}
            </Text>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" aria-label="Message templates" my="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Audience</Table.Th>
                    <Table.Th>Message</Table.Th>
                    <Table.Th>Change</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {templates.map((t) => (
                    <Table.Tr key={t.id}>
                      <Table.Th scope="row">{t.name}</Table.Th>
                      <Table.Td>{label(audienceLabel, t.audience)}</Table.Td>
                      <Table.Td>
                        <Text size="xs" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
                          {t.body}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(t.id)} aria-label={`Edit ${t.name}`}>
                          Edit
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        <MorePages paging={paging} shown={templates.length} total={total} what="templates" />
        <Paper withBorder radius="md" p="md">
          <Text fw={600} mb="xs">
            {editing ? `Edit “${editing.name}”` : 'New template'}
          </Text>
          <TemplateForm
            key={editing ? editing.id : 'new'}
            template={editing ?? undefined}
            onSaved={() => {
              setEditing(null);
              reload();
            }}
            onReload={reload}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        </Paper>
      </section>
    </Stack>
  );
}

function Placeholders() {
  return (
    <Paper bg="gray.0" p="sm" radius="sm" aria-label="Placeholders">
      <Text size="sm" fw={600} mb={4}>
        Placeholders, filled in from the incident when a responder picks the template
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4}>
        {placeholders.map((p) => (
          <Text key={p.name} size="xs">
            <Code>{p.name}</Code> {p.help}
          </Text>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function GuidelineForm({ audience, guideline, onSaved }: { audience: string; guideline?: Guideline; onSaved: () => void }) {
  const [body, setBody] = useState(guideline?.body ?? '');
  const [every, setEvery] = useState<string | number>(guideline?.updateEveryMinutes ?? '');
  const [state, run] = useMutation(setGuideline);
  const [note, setNote] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const r = await run({
      audience: audience as CommsAudience,
      body,
      updateEveryMinutes: typeof every === 'number' ? every : null,
      version: guideline?.version ?? null,
    });
    if (conflictOf(r.error)) {
      setNote(staleNote);
      onSaved();
      return;
    }
    if (!r.error) {
      setNote('Saved.');
      onSaved();
    }
  };
  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} aria-label={`Guidelines for ${label(audienceLabel, audience)}`}>
      <Text fw={600}>{label(audienceLabel, audience)}</Text>
      <Text size="xs" c="dimmed" mb="xs">
        {audienceHelp[audience]}
      </Text>
      <Stack gap="xs">
        <Textarea label="Guidelines (Markdown)" autosize minRows={4} value={body} onChange={(e) => setBody(e.currentTarget.value)} required />
        <NumberInput label="Update every (minutes)" min={1} max={1440} value={every} onChange={setEvery} w={200} />
        {note ? (
          <Alert color={note === staleNote ? 'orange' : 'green'} variant="light" role="status" p="xs">
            {note}
          </Alert>
        ) : state.error ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errorText(state.error)}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" size="xs" loading={state.fetching} disabled={!body.trim()}>
            Save guidelines
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function TemplateForm({
  template,
  onSaved,
  onReload,
  onCancel,
}: {
  template?: Template;
  onSaved: () => void;
  onReload: () => void;
  onCancel?: () => void;
}) {
  const [name, setName] = useState(template?.name ?? '');
  const [audience, setAudience] = useState<string>(template?.audience ?? 'INTERNAL');
  const [body, setBody] = useState(template?.body ?? '');
  const [created, runCreate] = useMutation(createTemplate);
  const [updated, runUpdate] = useMutation(updateTemplate);
  const [note, setNote] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const input = { name: name.trim(), audience: audience as CommsAudience, body };
    if (!template) {
      const r = await runCreate({ input });
      if (!r.error) {
        setName('');
        setBody('');
        onSaved();
      }
      return;
    }
    const r = await runUpdate({ id: template.id, version: template.version, input });
    if (conflictOf(r.error)) {
      setNote(staleNote);
      onReload();
      return;
    }
    if (!r.error) onSaved();
  };
  const error = template ? updated.error : created.error;
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} w={320} />
          <SegmentedControl value={audience} onChange={setAudience} data={audiences.map((a) => ({ value: a, label: label(audienceLabel, a) }))} aria-label="Audience" />
        </Group>
        <Textarea
          label="Message"
          description="Use the placeholders above, e.g. We are investigating {{title}}; next update {{next_update}}."
          autosize
          minRows={4}
          required
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        {note ? (
          <Alert color="orange" variant="light" role="alert" p="xs">
            {note}
          </Alert>
        ) : error ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {errorText(error)}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={created.fetching || updated.fetching} disabled={!name.trim() || !body.trim()}>
            {template ? 'Save template' : 'Add template'}
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
