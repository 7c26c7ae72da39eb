import { useEffect, useState } from 'react';
import { Alert, Button, FileInput, Group, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';

import { useSession } from '../auth/viewer';
import { ColumnMapping } from '../import/ColumnMapping';
import { csvHeader, formatOptions, guessField, isCSV, mappingParam, missingFields } from '../import/formats';
import { ImportResultView } from '../import/ImportResultView';
import { uploadImport, type ImportProgress, type ImportResult } from '../import/upload';
import { canAnalyse } from '../lib/roles';
import { useDocumentTitle } from '../lib/useDocumentTitle';

type Mappings = Record<string, Record<string, string>>;

/** useCSVMappings reads the header of each CSV file and starts its mapping from the column names. */
function useCSVMappings(files: File[], format: string) {
  const [mappings, setMappings] = useState<Mappings>({});
  useEffect(() => {
    let cancelled = false;
    Promise.all(
      files.filter((f) => isCSV(f, format)).map(async (f) => [f.name, Object.fromEntries((await csvHeader(f)).map((h) => [h, guessField(h)]))] as const),
    ).then((entries) => !cancelled && setMappings(Object.fromEntries(entries)));
    return () => {
      cancelled = true;
    };
  }, [files, format]);
  return [mappings, setMappings] as const;
}

/** ImportPage: analysts and admins upload incidents from other tools, following the import's progress. */
export function ImportPage() {
  useDocumentTitle('Import incidents');
  const { viewer } = useSession();
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState('');
  const [mappings, setMappings] = useCSVMappings(files, format);
  const [progress, setProgress] = useState<(ImportProgress & { index: number }) | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  if (!canAnalyse(viewer.role)) {
    return (
      <Stack>
        <Title order={1}>Import incidents</Title>
        <Alert color="gray" variant="light" title="Analysts and admins import">
          Ask an analyst or an admin to import incidents for you.
        </Alert>
      </Stack>
    );
  }

  const onImport = async () => {
    setRunning(true);
    setResult(null);
    setFailure(null);
    const total: ImportResult = { created: 0, skipped: 0, errors: [] };
    try {
      // One request per file, so each CSV file carries its own column mapping.
      for (const [index, file] of files.entries()) {
        setProgress({ file: file.name, done: 0, total: 0, index });
        const map = mappings[file.name] ? mappingParam(mappings[file.name]) : '';
        const r = await uploadImport(file, { format, map }, (p) => setProgress({ ...p, index }));
        total.created += r.created;
        total.skipped += r.skipped;
        total.errors.push(...r.errors);
      }
      setResult(total);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      if (total.created || total.skipped || total.errors.length) setResult(total);
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };

  // A CSV file without a column for each required field would only be refused.
  const unmapped = Object.entries(mappings)
    .filter(([, m]) => missingFields(m).length > 0)
    .map(([name]) => name);

  const share = progress ? (progress.total ? progress.done / progress.total : 0) : 0;
  const overall = progress ? ((progress.index + share) / files.length) * 100 : 0;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Import incidents</Title>
        <Text c="dimmed" size="sm">
          Bring incidents from other tools: Debrief’s JSON export, CSV (one incident a row), Markdown postmortems with YAML front matter, or a
          status page’s incident history. Importing the same file again skips what is already here.
        </Text>
      </div>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Files to import">
        <Stack gap="sm">
          <FileInput
            label="Files"
            placeholder="Choose files"
            multiple
            clearable
            accept=".json,.csv,.md,.markdown,application/json,text/csv,text/markdown"
            value={files}
            onChange={(f) => {
              setFiles(f);
              setResult(null);
              setFailure(null);
            }}
          />
          <Select label="Format" data={formatOptions} value={format} onChange={(v) => setFormat(v ?? '')} allowDeselect={false} w="100%" maw={360} />
          {Object.entries(mappings).map(([name, mapping]) => (
            <ColumnMapping key={name} file={name} mapping={mapping} onChange={(m) => setMappings({ ...mappings, [name]: m })} />
          ))}
          <Group gap="sm">
            <Button
              onClick={onImport}
              loading={running}
              disabled={files.length === 0 || unmapped.length > 0}
              aria-describedby={unmapped.length ? 'import-blocked' : undefined}
            >
              Import
            </Button>
            {unmapped.length ? (
              <Text size="sm" c="dimmed" id="import-blocked">
                Map the required columns of {unmapped.join(', ')} first.
              </Text>
            ) : null}
          </Group>
          {progress ? (
            <Stack gap={4}>
              <Progress value={overall} aria-label="Import progress" animated />
              <Text size="xs" c="dimmed" aria-live="polite">
                {progress.file}: {progress.total ? `${progress.done} of ${progress.total} incidents` : 'reading…'} (file {progress.index + 1} of{' '}
                {files.length})
              </Text>
            </Stack>
          ) : null}
        </Stack>
      </Paper>
      {failure ? (
        <Alert color="red" variant="light" title="The import did not finish" role="alert">
          {failure}
        </Alert>
      ) : null}
      {result ? <ImportResultView result={result} /> : null}
    </Stack>
  );
}
