import { useMemo, useState } from 'react';
import { Alert, Button, Group, MultiSelect, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';

import type { AnalysisFilter, ReportAudience, ReportTemplateChoicesQuery, Severity } from '../gql/graphql';
import { PickerMultiSelect } from '../components/Pickers';
import { errorText } from '../incident/board';
import { dayAfter, dayStart } from '../insights/params';
import { useFilterOptions } from '../insights/options';
import { formErrors } from '../lib/followup';
import { useWholeList } from '../lib/useWholeList';
import { audienceHelp, audienceLabel, incidentAudiences, reportPath } from './labels';
import { generateReportMutation, templateChoicesQuery } from './query';

const choicesOf = (d: ReportTemplateChoicesQuery) => d.reportTemplates;

/**
 * useTemplates lists the templates of one audience, as choices (the server
 * picks the first by name when none is chosen): all of them, however many
 * pages they take.
 */
function useTemplates(audience: ReportAudience) {
  const { nodes: templates } = useWholeList(templateChoicesQuery, choicesOf);
  return useMemo(
    () => templates.filter((t) => t.audience === audience).map((t) => ({ value: t.id, label: t.name, description: t.description })),
    [templates, audience],
  );
}

function TemplateSelect({ audience, value, onChange }: { audience: ReportAudience; value: string | null; onChange: (v: string | null) => void }) {
  const templates = useTemplates(audience);
  const chosen = templates.find((t) => t.value === value);
  return (
    <Select
      label="Template"
      placeholder={templates.length ? `Default: ${templates[0].label}` : 'The audience’s default template'}
      description={chosen?.description ?? undefined}
      data={templates}
      value={value}
      onChange={onChange}
      clearable
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/**
 * GenerateIncidentReport: pick an audience and a template, generate the
 * draft from the incident's data, and open it in the editor.
 */
export function GenerateIncidentReport({ incidentID, onCancel }: { incidentID: string; onCancel: () => void }) {
  const navigate = useNavigate();
  const [audience, setAudience] = useState<ReportAudience>('EXECUTIVE');
  const [templateID, setTemplateID] = useState<string | null>(null);
  const [state, run] = useMutation(generateReportMutation);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run({ input: { audience, incidentID, templateID } });
    if (r.data) void navigate(reportPath(r.data.generateReport.id));
  };

  return (
    <form onSubmit={submit} aria-label="Generate a report">
      <Stack gap="md">
        <Radio.Group
          label="Audience"
          value={audience}
          onChange={(v) => {
            setAudience(v as ReportAudience);
            setTemplateID(null);
          }}
        >
          <Stack gap={8} mt={6}>
            {incidentAudiences.map((a) => (
              <Radio key={a} value={a} label={audienceLabel[a]} description={audienceHelp[a]} />
            ))}
          </Stack>
        </Radio.Group>
        <TemplateSelect audience={audience} value={templateID} onChange={setTemplateID} />
        {state.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(state.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={state.fetching}>
            Generate draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * NewLeadershipReport: a cross-incident report over a period (the whole
 * days from and to, in UTC as the insights page counts them), optionally
 * narrowed like the insights page.
 */
export function NewLeadershipReport() {
  const navigate = useNavigate();
  const { options } = useFilterOptions();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [title, setTitle] = useState('');
  const [templateID, setTemplateID] = useState<string | null>(null);
  const [serviceIDs, setServiceIDs] = useState<string[]>([]);
  const [teamIDs, setTeamIDs] = useState<string[]>([]);
  const [severities, setSeverities] = useState<string[]>([]);
  const [state, run] = useMutation(generateReportMutation);
  const errors = formErrors(state.error, ['title', 'filter', 'from', 'to']);
  const backwards = !!from && !!to && from > to;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!from || !to || backwards) return;
    const filter: AnalysisFilter = { from: dayStart(from), to: dayAfter(to) };
    if (serviceIDs.length) filter.serviceIDs = serviceIDs;
    if (teamIDs.length) filter.teamIDs = teamIDs;
    if (severities.length) filter.severities = severities as Severity[];
    const r = await run({ input: { audience: 'LEADERSHIP', filter, templateID, title: title.trim() || null } });
    if (r.data) void navigate(reportPath(r.data.generateReport.id));
  };

  return (
    <form onSubmit={submit} aria-label="New leadership report">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {audienceHelp.LEADERSHIP}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <TextInput type="date" label="From" required value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.fields.from} />
          <TextInput
            type="date"
            label="To (inclusive)"
            required
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={backwards ? 'The period ends before it starts.' : errors.fields.to}
          />
          <TextInput label="Title" placeholder="By default from the period" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.fields.title} />
          <TemplateSelect audience="LEADERSHIP" value={templateID} onChange={setTemplateID} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <PickerMultiSelect kind="services" label="Services" placeholder="All" value={serviceIDs} onChange={setServiceIDs} clearable />
          <PickerMultiSelect kind="teams" label="Teams" placeholder="All" value={teamIDs} onChange={setTeamIDs} clearable />
          <MultiSelect label="Severities" placeholder="All" data={options.severities} value={severities} onChange={setSeverities} clearable />
        </SimpleGrid>
        {errors.other ? (
          <Alert color="red" variant="light" role="alert">
            {errors.other}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={state.fetching} disabled={!from || !to || backwards}>
            Generate leadership report
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
