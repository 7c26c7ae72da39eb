import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useClient } from 'urql';

import { reportMarkdownQuery } from './query';

/** fileName makes a title safe as a file name on every desktop system. */
export function fileName(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${safe || 'report'}.md`;
}

/** download saves text as a file the browser offers to keep. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, or some browsers save nothing.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * ExportButtons: the document as Markdown (the server's export, with its
 * metadata: the draft's for the draft, a version's for a version) and
 * "Print / PDF", which the print stylesheet turns into a clean document.
 * nodeID is the report (its draft) or a ReportVersion.
 */
export function ExportButtons({ nodeID }: { nodeID: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onDownload = async () => {
    setBusy(true);
    setError(null);
    const r = await client.query(reportMarkdownQuery, { id: nodeID }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const node = r.data?.node;
    if (node && (node.__typename === 'Report' || node.__typename === 'ReportVersion')) {
      download(fileName(node.title), node.markdown);
    } else {
      setError(r.error?.message ?? 'The report could not be read.');
    }
  };

  return (
    <Group gap="xs" className="no-print">
      <Button variant="default" size="xs" loading={busy} onClick={() => void onDownload()}>
        Download Markdown
      </Button>
      <Button variant="default" size="xs" onClick={() => window.print()}>
        Print / PDF
      </Button>
      {error ? (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      ) : null}
    </Group>
  );
}
