import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Text } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';

import { Loading } from '../components/Loading';
import { chartLanguage, parseChart } from './chartSpec';
import { splitTables, type TablePart } from './tables';

// A report's Markdown: the same safe rendering as components/Markdown (no
// raw HTML, no script URLs, no images), plus charts. A fenced block with
// the info string `debrief-chart` becomes the insights page's chart for the
// JSON in it. Links inside the app (/incidents/…) stay in the tab; other
// links open a new one. Other pages keep components/Markdown unchanged.

// The charting library is large: loaded only when a report has a chart.
const ChartBlock = lazy(() => import('./ChartBlock'));

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

/** chartSource is the JSON of a `debrief-chart` block, when the <pre> is one. */
function chartSource(pre: HastNode | undefined): string | null {
  const code = pre?.children?.find((c) => c.type === 'element' && c.tagName === 'code');
  const classes = code?.properties?.className;
  if (!code || !Array.isArray(classes) || !classes.includes(`language-${chartLanguage}`)) return null;
  return (code.children ?? []).map((c) => c.value ?? '').join('');
}

function Chart({ source }: { source: string }) {
  const parsed = parseChart(source);
  if (!parsed.ok) return <ChartError error={parsed.error} source={source} />;
  return (
    <Suspense fallback={<Loading what="the chart" />}>
      <ChartBlock spec={parsed.spec} />
    </Suspense>
  );
}

/** ChartError stands in for a chart whose JSON could not be used: visible, never a crash. */
function ChartError({ error, source }: { error: string; source: string }) {
  return (
    <Alert color="orange" variant="light" title="This chart cannot be shown" my="md" data-testid="report-chart-error">
      <Text size="sm">{error}</Text>
      <Text component="pre" size="xs" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {source}
      </Text>
    </Alert>
  );
}

const components: Components = {
  a: ({ href, children }) => {
    if (!href) return <span>{children}</span>;
    if (href.startsWith('/') && !href.startsWith('//')) return <Link to={href}>{children}</Link>;
    return (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    );
  },
  img: ({ alt }) => <span>{alt ?? ''}</span>,
  // The page's title is its only <h1>: the document's headings sit one level below it.
  h1: ({ children }) => <h2>{children}</h2>,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
  h4: ({ children }) => <h5>{children}</h5>,
  h5: ({ children }) => <h6>{children}</h6>,
  pre: ({ node, children }) => {
    const source = chartSource(node as HastNode | undefined);
    if (source !== null) return <Chart source={source} />;
    return <pre>{children as ReactNode}</pre>;
  },
};

/** Cell renders one table cell's inline Markdown (links, emphasis, code) without a paragraph around it. */
function Cell({ text }: { text: string }) {
  return (
    <ReactMarkdown skipHtml components={components} disallowedElements={['p']} unwrapDisallowed>
      {text}
    </ReactMarkdown>
  );
}

function PipeTable({ table }: { table: TablePart }) {
  return (
    <div className="report-table">
      <table>
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <th key={i} scope="col" style={{ textAlign: table.align[i] }}>
                <Cell text={h} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.header.map((_, i) => (
                <td key={i} style={{ textAlign: table.align[i] }}>
                  <Cell text={row[i] ?? ''} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** ReportMarkdown renders a report's document: safe Markdown with pipe tables and live charts. */
export function ReportMarkdown({ children }: { children: string }) {
  const parts = splitTables(children);
  return (
    <div className="markdown markdown-md report-document" data-testid="report-document">
      {parts.map((p, i) =>
        p.kind === 'table' ? (
          <PipeTable key={i} table={p} />
        ) : (
          <ReactMarkdown key={i} skipHtml components={components}>
            {p.text}
          </ReactMarkdown>
        ),
      )}
    </div>
  );
}
