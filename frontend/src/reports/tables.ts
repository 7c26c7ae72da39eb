// Tables in a report's Markdown. The server writes GitHub-style pipe tables
// (leadership reports: figures per service, per month), which plain
// CommonMark, and so react-markdown without remark-gfm, shows as lines of
// pipes. splitTables cuts a document into Markdown parts and table parts,
// outside fenced code blocks, so the tables can be drawn as tables.

export type Align = 'left' | 'center' | 'right' | undefined;

export interface TablePart {
  kind: 'table';
  header: string[];
  align: Align[];
  rows: string[][];
}

export type Part = { kind: 'markdown'; text: string } | TablePart;

const fence = /^ {0,3}(`{3,}|~{3,})/;
const delimiterCell = /^\s*:?-{1,}:?\s*$/;

/** cells splits a table row on the pipes that are not escaped (\|), dropping the outer ones. */
export function cells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === '|') {
      cur += '\\|';
      i++;
    } else if (s[i] === '|') {
      out.push(cur.trim());
      cur = '';
    } else {
      cur += s[i];
    }
  }
  out.push(cur.trim());
  return out;
}

function delimiter(line: string): Align[] | null {
  if (!line.includes('-') || !line.includes('|')) return null;
  const parts = cells(line);
  if (!parts.every((p) => delimiterCell.test(p))) return null;
  return parts.map((p) => {
    const l = p.startsWith(':');
    const r = p.endsWith(':');
    return l && r ? 'center' : r ? 'right' : l ? 'left' : undefined;
  });
}

const isRow = (line: string | undefined) => line !== undefined && line.trim().startsWith('|');

/** splitTables cuts markdown into Markdown text and pipe tables, in order. */
export function splitTables(markdown: string): Part[] {
  const lines = markdown.split('\n');
  const parts: Part[] = [];
  let text: string[] = [];
  let inFence: string | null = null;
  const flush = () => {
    if (text.length) parts.push({ kind: 'markdown', text: text.join('\n') });
    text = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = fence.exec(line);
    if (inFence) {
      if (f && f[1][0] === inFence[0] && f[1].length >= inFence.length && line.trim() === f[1].trim()) inFence = null;
      text.push(line);
      continue;
    }
    if (f) {
      inFence = f[1];
      text.push(line);
      continue;
    }
    const align = isRow(line) ? delimiter(lines[i + 1] ?? '') : null;
    if (align) {
      const header = cells(line);
      const rows: string[][] = [];
      i += 2;
      while (isRow(lines[i])) rows.push(cells(lines[i++]));
      i--;
      flush();
      parts.push({ kind: 'table', header, align, rows });
      continue;
    }
    text.push(line);
  }
  flush();
  return parts;
}
