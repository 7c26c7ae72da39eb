import { useMemo, useRef, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, NavLink as MantineNavLink, Paper, ScrollArea, Select, Stack, Switch, Text, TextInput, Textarea, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery } from 'urql';

import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import type { ReportAudience, ReportTemplatesAdminQuery } from '../../gql/graphql';
import { MorePages } from '../../incident/Section';
import { conflictOf } from '../../lib/conflict';
import { formErrors } from '../../lib/followup';
import { plural } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWholeList } from '../../lib/useWholeList';
import { allAudiences, audienceHelp, audienceLabel } from '../../reports/labels';
import {
  createReportTemplateMutation,
  reportPlaceholdersQuery,
  reportTemplatesAdminQuery,
  updateReportTemplateMutation,
  type Placeholder,
  type ReportTemplateData,
} from '../../reports/query';

type Values = {
  audience: ReportAudience;
  name: string;
  description: string;
  body: string;
  internalDetails: boolean;
  technicalDetail: boolean;
};

const fieldNames = ['audience', 'name', 'description', 'body', 'internalDetails', 'technicalDetail'] as const;

const blank = (audience: ReportAudience): Values => ({
  audience,
  name: '',
  description: '',
  body: '',
  internalDetails: audience !== 'CUSTOMER',
  technicalDetail: audience === 'ENGINEERING' || audience === 'TEAM',
});

const valuesOf = (t: ReportTemplateData): Values => ({
  audience: t.audience,
  name: t.name,
  description: t.description ?? '',
  body: t.body,
  internalDetails: t.internalDetails,
  technicalDetail: t.technicalDetail,
});

/** allowed says why a placeholder cannot be used with these settings, or null when it can. */
function refusal(p: Placeholder, v: Values): string | null {
  if (p.crossIncident !== (v.audience === 'LEADERSHIP')) return p.crossIncident ? 'Only in leadership templates' : 'Only in incident templates';
  if (p.internal && !v.internalDetails) return 'Needs “May name people and systems”';
  if (p.technical && !v.technicalDetail) return 'Needs “Technical detail”';
  return null;
}

const templatesOf = (d: ReportTemplatesAdminQuery) => d.reportTemplates;

/** ReportTemplatesPage: the templates each audience's reports start from (admins). */
export function ReportTemplatesPage() {
  useDocumentTitle('Report templates');
  const context = useMemo(() => ({ additionalTypenames: ['ReportTemplate'] }), []);
  const [placeholders, reexecutePlaceholders] = useQuery({ query: reportPlaceholdersQuery });
  const { result: templatesResult, reload, nodes: templates, total, paging } = useWholeList(reportTemplatesAdminQuery, templatesOf, context);
  const error = (!placeholders.data && placeholders.error) || (!templatesResult.data && templatesResult.error);
  const retry = () => {
    reexecutePlaceholders({ requestPolicy: 'network-only' });
    reload();
  };
  // The template being edited by ID, or a new one for an audience.
  const [selected, setSelected] = useState<{ id: string } | { audience: ReportAudience } | null>(null);
  const current = selected && 'id' in selected ? templates.find((t) => t.id === selected.id) : undefined;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Report templates</Title>
        <Text c="dimmed" size="sm">
          Each audience’s reports start from a template: its sections, how much technical detail, and what is left out. Placeholders such as{' '}
          <code>{'{{top_insight}}'}</code> are filled from the incident’s data when a draft is generated.
        </Text>
      </div>
      {error ? (
        <ErrorNotice error={error} onRetry={retry} />
      ) : !placeholders.data || !templatesResult.data ? (
        <Loading what="the templates" />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <nav aria-label="Templates by audience">
              <Stack gap="md">
                <Text size="sm" c="dimmed" data-testid="report-template-count">
                  {plural(total, 'template')}
                </Text>
                {allAudiences.map((a) => {
                  const list = templates.filter((t) => t.audience === a);
                  return (
                    <div key={a}>
                      <Group justify="space-between" gap={4}>
                        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                          {audienceLabel[a]}
                        </Text>
                        <Button size="compact-xs" variant="subtle" onClick={() => setSelected({ audience: a })} aria-label={`New ${audienceLabel[a]} template`}>
                          New
                        </Button>
                      </Group>
                      {list.length === 0 ? (
                        <Text size="xs" c="dimmed" fs="italic">
                          None
                        </Text>
                      ) : (
                        list.map((t) => (
                          <MantineNavLink
                            key={t.id}
                            component="button"
                            label={t.name}
                            active={current?.id === t.id}
                            onClick={() => setSelected({ id: t.id })}
                            data-testid="template-link"
                          />
                        ))
                      )}
                    </div>
                  );
                })}
                <MorePages paging={paging} shown={templates.length} total={total} what="templates" />
              </Stack>
            </nav>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            {current ? (
              <TemplateEditor key={`${current.id}-${current.version}`} template={current} placeholders={placeholders.data.reportPlaceholders} onSaved={reload} />
            ) : selected && 'audience' in selected ? (
              <TemplateEditor
                key={`new-${selected.audience}`}
                audience={selected.audience}
                placeholders={placeholders.data.reportPlaceholders}
                onSaved={(id) => {
                  reload();
                  if (id) setSelected({ id });
                }}
              />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text c="dimmed">Choose a template to edit, or “New” beside an audience to add one.</Text>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function TemplateEditor({
  template,
  audience,
  placeholders,
  onSaved,
}: {
  template?: ReportTemplateData;
  audience?: ReportAudience;
  placeholders: Placeholder[];
  onSaved: (id?: string) => void;
}) {
  const start = template ? valuesOf(template) : blank(audience ?? 'EXECUTIVE');
  const [values, setValues] = useState<Values>(start);
  const [version, setVersion] = useState(template?.version ?? 0);
  const [saved, setSaved] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [createState, runCreate] = useMutation(createReportTemplateMutation);
  const [updateState, runUpdate] = useMutation(updateReportTemplateMutation);
  const error = template ? updateState.error : createState.error;
  const errors = formErrors(error, fieldNames);
  const conflict = conflictOf(error);
  const set = (change: Partial<Values>) => {
    setSaved(false);
    setValues({ ...values, ...change });
  };

  const save = async (atVersion = version) => {
    const input = {
      audience: values.audience,
      name: values.name.trim(),
      body: values.body,
      internalDetails: values.internalDetails,
      technicalDetail: values.technicalDetail,
    };
    if (template) {
      const description = values.description.trim();
      const r = await runUpdate({
        id: template.id,
        version: atVersion,
        input: description ? { ...input, description } : { ...input, clearDescription: true },
      });
      if (r.data) {
        setVersion(r.data.updateReportTemplate.version);
        setSaved(true);
        onSaved();
      }
    } else {
      const r = await runCreate({ input: { ...input, description: values.description.trim() || null } });
      if (r.data) onSaved(r.data.createReportTemplate.id);
    }
  };

  // Click a placeholder to put it where the cursor is in the body.
  const insert = (name: string) => {
    const token = `{{${name}}}`;
    const el = bodyRef.current;
    const at = el ? el.selectionStart : values.body.length;
    const end = el ? el.selectionEnd : at;
    set({ body: values.body.slice(0, at) + token + values.body.slice(end) });
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      el.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const usable = placeholders.filter((p) => p.crossIncident === (values.audience === 'LEADERSHIP'));

  return (
    <form
      aria-label={template ? `Edit template ${template.name}` : 'New template'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {template ? template.name : 'New template'}
              </Title>
              <Select
                label="Audience"
                data={allAudiences.map((a) => ({ value: a, label: audienceLabel[a] }))}
                value={values.audience}
                onChange={(v) => v && set({ audience: v as ReportAudience })}
                allowDeselect={false}
                description={audienceHelp[values.audience]}
                error={errors.fields.audience}
              />
              <TextInput label="Name" required value={values.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors.fields.name} />
              <TextInput label="Description" value={values.description} onChange={(e) => set({ description: e.currentTarget.value })} error={errors.fields.description} />
              <Group gap="xl">
                <Switch
                  label="May name people and systems"
                  description="Off for readers outside the company: placeholders that name people, teams, services or systems are refused."
                  checked={values.internalDetails}
                  onChange={(e) => set({ internalDetails: e.currentTarget.checked })}
                  error={errors.fields.internalDetails}
                  maw={320}
                />
                <Switch
                  label="Technical detail"
                  description="Timeline, contributing factors and other engineering detail."
                  checked={values.technicalDetail}
                  onChange={(e) => set({ technicalDetail: e.currentTarget.checked })}
                  error={errors.fields.technicalDetail}
                  maw={320}
                />
              </Group>
              <Textarea
                ref={bodyRef}
                label="Body (Markdown with placeholders)"
                required
                autosize
                minRows={16}
                maxRows={40}
                className="report-editor-textarea"
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                value={values.body}
                onChange={(e) => set({ body: e.currentTarget.value })}
                error={errors.fields.body}
              />
              {conflict ? (
                <Alert color="orange" variant="light" role="alert" title="Changed by someone else">
                  <Stack gap="xs">
                    <Text size="sm">Another admin saved this template while you were editing it.</Text>
                    <Group gap="xs">
                      <Button size="xs" variant="default" onClick={() => onSaved()}>
                        Reload theirs (discard mine)
                      </Button>
                      <Button size="xs" onClick={() => void save(conflict.currentVersion)}>
                        Keep mine (save over theirs)
                      </Button>
                    </Group>
                  </Stack>
                </Alert>
              ) : errors.other ? (
                <Alert color="red" variant="light" role="alert">
                  {errors.other}
                </Alert>
              ) : null}
              <Group>
                <Button type="submit" loading={createState.fetching || updateState.fetching} disabled={!values.name.trim() || !values.body.trim()}>
                  {template ? 'Save template' : 'Create template'}
                </Button>
                {saved ? (
                  <Text size="sm" c="green.8" role="status">
                    Saved.
                  </Text>
                ) : null}
              </Group>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder radius="md" p="md" component="aside" aria-labelledby="placeholders-heading">
            <Title order={3} size="h5" id="placeholders-heading">
              Placeholders
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              Click one to insert it at the cursor.
            </Text>
            <ScrollArea.Autosize mah={640}>
              <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Placeholders">
                {usable.map((p) => {
                  const why = refusal(p, values);
                  return (
                    <li key={p.name}>
                      <Tooltip label={why ?? 'Insert'} withinPortal>
                        <UnstyledButton
                          onClick={() => insert(p.name)}
                          aria-label={`Insert {{${p.name}}}${why ? ` (${why})` : ''}`}
                          style={{ display: 'block', width: '100%', opacity: why ? 0.55 : 1 }}
                          data-testid="placeholder"
                        >
                          <Group gap={4}>
                            <Text size="sm" ff="monospace" fw={600}>
                              {`{{${p.name}}}`}
                            </Text>
                            {p.internal ? (
                              <Badge size="xs" variant="light" color="grape">
                                internal
                              </Badge>
                            ) : null}
                            {p.technical ? (
                              <Badge size="xs" variant="light" color="cyan">
                                technical
                              </Badge>
                            ) : null}
                          </Group>
                          <Text size="xs" c="dimmed">
                            {p.description}
                          </Text>
                        </UnstyledButton>
                      </Tooltip>
                    </li>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
      </Grid>
    </form>
  );
}
