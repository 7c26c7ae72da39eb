import { useCallback, useState } from 'react';
import { Alert, Button, Group, Modal, SimpleGrid, Stack } from '@mantine/core';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import { PickerMultiSelect } from '../components/Pickers';
import { graphql } from '../gql';
import type { Severity, UpdateIncidentInput } from '../gql/graphql';
import { formErrors } from '../lib/followup';
import { mayEditIncident } from './incidentAccess';
import { useBoard } from './board';
import { ConflictMerge, FieldEditor, SaveError, changedFields, useVersionedSave, type MergeField } from './ConflictMerge';
import { listChanges, severityOptions } from './incidentFields';
import { nodes, type Incident } from './query';

const updateIncident = graphql(`
  mutation UpdateIncident($id: ID!, $version: Int!, $input: UpdateIncidentInput!) {
    updateIncident(id: $id, version: $version, input: $input) {
      id
      version
      title
      summary
      severity
      status
      customerImpact
      customersAffected
      startedAt
      detectedAt
      acknowledgedAt
      mitigatedAt
      resolvedAt
    }
  }
`);

type CoreValues = { title: string; severity: string; summary: string; customerImpact: string; customersAffected: string };

/** The incident's own fields the form edits, in its order; the merge dialog compares them. */
const coreFields: MergeField[] = [
  { key: 'title', label: 'Title', kind: 'text' },
  { key: 'severity', label: 'Severity', kind: 'select', options: severityOptions },
  { key: 'summary', label: 'Summary', kind: 'markdown' },
  { key: 'customerImpact', label: 'Customer impact', kind: 'markdown' },
  { key: 'customersAffected', label: 'Customers affected', kind: 'text' },
];

/** The inputs the server may name in an error, shown next to their fields. */
const knownInputs = [...coreFields.map((f) => f.key), 'serviceIDs', 'vendorIDs', 'tagIDs'];

type ListKey = 'services' | 'vendors' | 'tags';
type Lists = Record<ListKey, string[]>;

/** badCount says what is wrong with a typed number of customers, if anything ('' is "not known"). */
function badCount(v: string): string | null {
  return v.trim() === '' || /^\d+$/.test(v.trim()) ? null : 'A whole number, or leave it empty if not known.';
}

/** coreInput is what changed from reference, as the API takes it; emptied optional fields are cleared. */
function coreInput(values: CoreValues, reference: CoreValues): UpdateIncidentInput {
  const input: UpdateIncidentInput = {};
  for (const key of changedFields(coreFields, values, reference)) {
    const v = values[key as keyof CoreValues].trim();
    if (key === 'title') input.title = v;
    if (key === 'severity') input.severity = v as Severity;
    if (key === 'summary') Object.assign(input, v ? { summary: v } : { clearSummary: true });
    if (key === 'customerImpact') Object.assign(input, v ? { customerImpact: v } : { clearCustomerImpact: true });
    if (key === 'customersAffected') Object.assign(input, v ? { customersAffected: Number(v) } : { clearCustomersAffected: true });
  }
  return input;
}

/** listInput adds and removes what the person added and removed since the form opened. */
function listInput(before: Lists, after: Lists): UpdateIncidentInput {
  const input: UpdateIncidentInput = {};
  const s = listChanges(before.services, after.services);
  const v = listChanges(before.vendors, after.vendors);
  const t = listChanges(before.tags, after.tags);
  if (s.add.length) input.addServiceIDs = s.add;
  if (s.remove.length) input.removeServiceIDs = s.remove;
  if (v.add.length) input.addVendorIDs = v.add;
  if (v.remove.length) input.removeVendorIDs = v.remove;
  if (t.add.length) input.addTagIDs = t.add;
  if (t.remove.length) input.removeTagIDs = t.remove;
  return input;
}

/** EditIncident is the board's "Edit" button and its form, for those who may change the incident. */
export function EditIncident({ incident }: { incident: Incident }) {
  const { viewer } = useSession();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  if (!mayEditIncident(viewer.role, viewer.id, incident)) return null;
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)}>
        Edit
      </Button>
      {open ? <EditIncidentForm incident={incident} onDone={close} /> : null}
    </>
  );
}

/**
 * EditIncidentForm edits the incident's title, severity, summary, customer
 * impact, services, vendors and tags in a dialog, saving on the version the
 * board showed when editing began; if someone saved in between, the merge
 * dialog takes its place. Services, vendors and tags are saved as what was
 * added and removed, so they never need merging.
 */
function EditIncidentForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const { refetch } = useBoard();
  const [base] = useState<CoreValues>(() => ({
    title: incident.title,
    severity: incident.severity,
    summary: incident.summary ?? '',
    customerImpact: incident.customerImpact ?? '',
    customersAffected: incident.customersAffected == null ? '' : String(incident.customersAffected),
  }));
  const [baseVersion] = useState(incident.version);
  const [known] = useState(() => ({
    services: nodes(incident.services),
    vendors: nodes(incident.vendors),
    tags: nodes(incident.tags),
  }));
  const [baseLists] = useState<Lists>(() => ({
    services: known.services.map((s) => s.id),
    vendors: known.vendors.map((v) => v.id),
    tags: known.tags.map((t) => t.id),
  }));
  const [values, setValues] = useState(base);
  const [lists, setLists] = useState(baseLists);
  const [checked, setChecked] = useState(false);
  const [, run] = useMutation(updateIncident);

  const save = useCallback(
    (v: CoreValues, version: number, reference: CoreValues) =>
      run({ id: incident.id, version, input: { ...coreInput(v, reference), ...listInput(baseLists, lists) } }),
    [run, incident.id, baseLists, lists],
  );
  const otherChanges = useCallback(() => Object.keys(listInput(baseLists, lists)).length > 0, [baseLists, lists]);
  const onSaved = useCallback(async () => {
    await refetch();
    onDone();
  }, [refetch, onDone]);
  const { submit, resolve, discard, merge, error, saving } = useVersionedSave<CoreValues>({ fields: coreFields, save, onSaved, otherChanges });
  const errors = formErrors(error, knownInputs);
  const hasFieldErrors = Object.keys(errors.fields).length > 0;

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!values.title.trim() || badCount(values.customersAffected)) return;
    void submit(values, baseVersion, base);
  };
  const field = (key: keyof CoreValues) => coreFields.find((f) => f.key === key)!;
  const set = (key: keyof CoreValues) => (v: string | boolean | null) => setValues({ ...values, [key]: typeof v === 'string' ? v : '' });
  const listPicker = (key: ListKey, label: string, errorKey: string) => (
    <PickerMultiSelect
      kind={key}
      label={label}
      value={lists[key]}
      onChange={(ids) => setLists({ ...lists, [key]: ids })}
      known={known[key]}
      comboboxProps={{ withinPortal: true }}
      error={errors.fields[errorKey]}
    />
  );

  return (
    <>
      <Modal opened={!merge} onClose={onDone} title="Edit incident" size="lg">
        <form onSubmit={onSubmit} aria-label="Edit incident" noValidate>
          <Stack gap="sm">
            <FieldEditor
              field={field('title')}
              label="Title"
              value={values.title}
              onChange={set('title')}
              error={checked && !values.title.trim() ? 'Give the incident a title.' : errors.fields.title}
            />
            <FieldEditor field={field('severity')} label="Severity" value={values.severity} onChange={set('severity')} error={errors.fields.severity} />
            <FieldEditor field={field('summary')} label="Summary" value={values.summary} onChange={set('summary')} error={errors.fields.summary} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <FieldEditor
                field={field('customerImpact')}
                label="Customer impact"
                description="What customers experienced, in words"
                value={values.customerImpact}
                onChange={set('customerImpact')}
                error={errors.fields.customerImpact}
              />
              <FieldEditor
                field={field('customersAffected')}
                label="Customers affected"
                description="An estimate; empty if not known"
                value={values.customersAffected}
                onChange={set('customersAffected')}
                error={(checked && badCount(values.customersAffected)) || errors.fields.customersAffected}
              />
            </SimpleGrid>
            {listPicker('services', 'Services', 'serviceIDs')}
            {listPicker('vendors', 'Vendors', 'vendorIDs')}
            {listPicker('tags', 'Tags', 'tagIDs')}
            {hasFieldErrors ? (
              errors.other ? (
                <Alert color="red" variant="light" role="alert" p="xs">
                  {errors.other}
                </Alert>
              ) : null
            ) : (
              <SaveError error={error} />
            )}
            <Group justify="flex-end">
              <Button variant="default" type="button" onClick={onDone}>
                Cancel
              </Button>
              <Button type="submit" loading={saving}>
                Save incident
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConflictMerge what="incident" fields={coreFields} state={merge} saving={saving} error={error} onResolve={resolve} onDiscard={discard} />
    </>
  );
}
