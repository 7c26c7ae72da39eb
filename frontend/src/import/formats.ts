/** The formats the importer reads; "" lets the server tell from the file. */
export const formatOptions = [
  { value: '', label: 'Detect from the file' },
  { value: 'debrief', label: 'Debrief JSON export' },
  { value: 'csv', label: 'CSV (one incident a row)' },
  { value: 'markdown', label: 'Markdown postmortem with YAML front matter' },
  { value: 'statuspage', label: 'Status page JSON' },
];

/** The fields a CSV column can fill (docs/import-export.md); title and startedAt are required. */
export const csvFields = [
  'key',
  'title',
  'summary',
  'severity',
  'status',
  'startedAt',
  'detectedAt',
  'acknowledgedAt',
  'mitigatedAt',
  'resolvedAt',
  'customerImpact',
  'sourceUrl',
  'services',
  'vendors',
  'tags',
];

export const ignoreColumn = 'ignore';

/** The fields every incident needs; the server refuses a CSV file without a column for each. */
export const requiredCSVFields = ['title', 'startedAt'];

/** missingFields lists the required fields no column of mapping fills. */
export function missingFields(mapping: Record<string, string>): string[] {
  const used = Object.values(mapping);
  return requiredCSVFields.filter((f) => !used.includes(f));
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_-]/g, '');

/** guessField matches a CSV header to a field by name, as the server does without a mapping. */
export function guessField(header: string): string {
  return csvFields.find((f) => norm(f) === norm(header)) ?? ignoreColumn;
}

/** isCSV: the file will be read as CSV. */
export const isCSV = (file: File, format: string) => format === 'csv' || (format === '' && /\.csv$/i.test(file.name));

/** csvHeader reads the header row of a CSV file (quoted headers included). */
export async function csvHeader(file: File): Promise<string[]> {
  const text = (await file.slice(0, 64 * 1024).text()).replace(/^\uFEFF/, '');
  const headers: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      headers.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') break;
    else cell += c;
  }
  headers.push(cell.trim());
  return headers.filter((h, i) => h || i < headers.length - 1);
}

/** mappingParam writes the column mapping as the endpoint takes it: "title=Headline,ignore=Notes". */
export function mappingParam(mapping: Record<string, string>): string {
  return Object.entries(mapping)
    .map(([header, field]) => `${field}=${header}`)
    .join(',');
}
