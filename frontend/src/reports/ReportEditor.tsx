import { useCallback, useState } from 'react';
import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from 'urql';

import { ConflictMerge, SaveError, changedFields, useVersionedSave, type MergeField } from '../incident/ConflictMerge';
import { errorText } from '../incident/board';
import { conflictOf } from '../lib/conflict';
import { formErrors } from '../lib/followup';
import type { ReportData } from './query';
import { publishReportMutation, regenerateReportMutation, updateReportMutation } from './query';
import { ReportMarkdown } from './ReportMarkdown';

type DraftValues = { title: string; body: string };

const draftFields: MergeField[] = [
  { key: 'title', label: 'Title', kind: 'text' },
  { key: 'body', label: 'Body', kind: 'markdown' },
];

/**
 * ReportEditor edits the draft (analysts and admins): the title and the
 * Markdown body beside a live preview (tabs on a narrow screen), save with
 * the version it started from (a CONFLICT opens the merge dialog), generate
 * again from the data, and publish. The page remounts it (key = version)
 * after every change, so it always starts from what the server holds.
 */
export function ReportEditor({
  report,
  onChanged,
  onPublished,
}: {
  report: ReportData;
  onChanged: () => Promise<unknown>;
  onPublished: (version: number) => void;
}) {
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [base] = useState<DraftValues>({ title: report.title, body: report.body });
  const [baseVersion] = useState(report.version);
  const [values, setValues] = useState<DraftValues>(base);
  const [tab, setTab] = useState<string | null>('write');
  const [confirmRegenerate, setConfirmRegenerate] = useState(false);

  const [, runUpdate] = useMutation(updateReportMutation);
  const [regenerateState, runRegenerate] = useMutation(regenerateReportMutation);
  const [publishState, runPublish] = useMutation(publishReportMutation);

  const save = useCallback(
    (v: DraftValues, version: number, reference: DraftValues) => {
      const changed = changedFields(draftFields, v, reference);
      return runUpdate({
        id: report.id,
        version,
        input: { ...(changed.includes('title') ? { title: v.title.trim() } : {}), ...(changed.includes('body') ? { body: v.body } : {}) },
      });
    },
    [runUpdate, report.id],
  );
  const { submit, resolve, discard, merge, error, saving } = useVersionedSave<DraftValues>({ fields: draftFields, save, onSaved: onChanged });
  const fieldErrors = formErrors(error, ['title', 'body']);
  // A CONFLICT the server sent without the record: no merge possible, so
  // the choice is to reload (losing the edits) or save over the other change.
  const bareConflict = !merge && error ? conflictOf(error) : null;
  const dirty = changedFields(draftFields, values, base).length > 0;

  const onRegenerate = async () => {
    setConfirmRegenerate(false);
    const r = await runRegenerate({ id: report.id, version: baseVersion });
    if (!r.error) await onChanged();
  };
  const onPublish = async () => {
    const r = await runPublish({ id: report.id, version: baseVersion });
    if (!r.error && r.data) {
      onPublished(r.data.publishReport.publishedVersion);
      await onChanged();
    }
  };

  const editor = (
    <Textarea
      label="Body (Markdown)"
      description="Charts: a fenced block with the info string debrief-chart and a JSON body."
      className="report-editor-textarea"
      autosize
      minRows={18}
      maxRows={40}
      value={values.body}
      onChange={(e) => setValues({ ...values, body: e.currentTarget.value })}
      error={fieldErrors.fields.body}
    />
  );
  const preview = (
    <Paper withBorder radius="md" p="md" className="report-preview" aria-label="Preview" data-testid="report-preview">
      {values.body.trim() ? (
        <ReportMarkdown>{values.body}</ReportMarkdown>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          Nothing to preview.
        </Text>
      )}
    </Paper>
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="draft-heading" className="report-editor">
      <form
        aria-label="Edit the draft"
        onSubmit={(e) => {
          e.preventDefault();
          if (values.title.trim()) void submit(values, baseVersion, base);
        }}
      >
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={2} size="h3" id="draft-heading">
                Draft
              </Title>
              <Text size="xs" c="dimmed">
                Only analysts and admins see the draft. Readers see what you publish.
              </Text>
            </div>
            <Group gap="xs">
              <Button variant="default" onClick={() => setConfirmRegenerate(true)} loading={regenerateState.fetching}>
                Regenerate from data
              </Button>
              <Button type="submit" variant="light" loading={saving} disabled={!dirty}>
                Save draft
              </Button>
              <Button
                color="green"
                onClick={() => void onPublish()}
                loading={publishState.fetching}
                disabled={dirty}
                title={dirty ? 'Save your changes first: what is published is the saved draft.' : undefined}
              >
                Publish
              </Button>
            </Group>
          </Group>
          {dirty ? (
            <Text size="xs" c="orange.8" role="status">
              Unsaved changes. Save before publishing.
            </Text>
          ) : null}
          <TextInput
            label="Title"
            required
            value={values.title}
            onChange={(e) => setValues({ ...values, title: e.currentTarget.value })}
            error={fieldErrors.fields.title}
          />
          {wide ? (
            <SimpleGrid cols={2} spacing="md">
              {editor}
              <div>
                <Text size="sm" fw={500} mb={4}>
                  Preview
                </Text>
                {preview}
              </div>
            </SimpleGrid>
          ) : (
            <Tabs value={tab} onChange={setTab}>
              <Tabs.List>
                <Tabs.Tab value="write">Write</Tabs.Tab>
                <Tabs.Tab value="preview">Preview</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="write" pt="sm">
                {editor}
              </Tabs.Panel>
              <Tabs.Panel value="preview" pt="sm">
                {preview}
              </Tabs.Panel>
            </Tabs>
          )}
          {bareConflict ? (
            <Alert color="orange" variant="light" role="alert" title="Changed by someone else">
              <Stack gap="xs">
                <Text size="sm">Someone saved this draft while you were editing it (it is now at version {bareConflict.currentVersion}).</Text>
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => void discard()}>
                    Reload theirs (discard mine)
                  </Button>
                  <Button size="xs" onClick={() => void submit(values, bareConflict.currentVersion, base)}>
                    Keep mine (save over theirs)
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : fieldErrors.fields.title || fieldErrors.fields.body ? null : (
            <SaveError error={error} />
          )}
          {regenerateState.error ? <ActionError what="regenerate" error={regenerateState.error} onReload={onChanged} /> : null}
          {publishState.error ? <ActionError what="publish" error={publishState.error} onReload={onChanged} /> : null}
        </Stack>
      </form>
      <ConflictMerge
        what="report draft"
        fields={draftFields}
        state={merge}
        saving={saving}
        error={error}
        onResolve={(v) => resolve(v as DraftValues)}
        onDiscard={discard}
      />
      <Modal opened={confirmRegenerate} onClose={() => setConfirmRegenerate(false)} title="Regenerate the draft from the data?">
        <Stack gap="md">
          <Text size="sm">
            This replaces the draft’s title and body with new ones generated from the incident’s data as it is now.
            {dirty ? ' Your unsaved changes are lost.' : ' Edits saved in the draft are lost.'} Published versions stay as they are.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmRegenerate(false)}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void onRegenerate()}>
              Replace the draft
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

/** ActionError says why regenerating or publishing failed; a lost race offers a reload. */
function ActionError({ what, error, onReload }: { what: string; error: Parameters<typeof errorText>[0]; onReload: () => Promise<unknown> }) {
  const conflict = conflictOf(error);
  return (
    <Alert color={conflict ? 'orange' : 'red'} variant="light" role="alert" title={conflict ? 'Changed by someone else' : `Could not ${what}`}>
      <Stack gap="xs">
        <Text size="sm">
          {conflict ? `Someone changed the draft since you opened it. Reload to see their changes, then ${what} again.` : errorText(error)}
        </Text>
        {conflict ? (
          <Group>
            <Button size="xs" variant="default" onClick={() => void onReload()}>
              Reload
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
