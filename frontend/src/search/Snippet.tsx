import { Fragment } from 'react';
import { Mark, Text } from '@mantine/core';

/**
 * splitSnippet cuts a snippet at the API's match markers: the text between
 * « and » matched the search. The result is plain text pieces, never HTML.
 */
export function splitSnippet(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), match: false });
    parts.push({ text: m[1], match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last).replace(/[«»]/g, ''), match: false });
  return parts;
}

/** Snippet shows a search excerpt with the matching words highlighted. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <Text size="sm" data-testid="snippet">
      {splitSnippet(snippet).map((p, i) => (
        <Fragment key={i}>{p.match ? <Mark color="yellow">{p.text}</Mark> : p.text}</Fragment>
      ))}
    </Text>
  );
}
