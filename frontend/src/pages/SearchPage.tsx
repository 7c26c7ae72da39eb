import { useEffect, useState } from 'react';
import { Button, Chip, Group, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import type { SearchKind } from '../gql/graphql';
import { plural } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { kindLabel, searchQuery } from '../search/query';
import { SearchHitItem } from '../search/SearchHitItem';

const pageSize = 20;

/** One page of hits; the next page appends below it. */
function HitsPage({ q, kinds, after, onMore }: { q: string; kinds: SearchKind[]; after: string | null; onMore: (cursor: string) => void }) {
  const [result, reexecute] = useQuery({
    query: searchQuery,
    variables: { query: q, kinds: kinds.length ? kinds : null, first: pageSize, after },
  });
  const conn = result.data?.search;
  if (result.error && !conn) return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!conn) return <Loading what="the results" />;
  return (
    <Stack gap="sm">
      {after ? null : (
        <Text size="sm" role="status" data-testid="search-count">
          {conn.totalCount ? `${plural(conn.totalCount, 'match', 'matches')} for “${q}”` : `Nothing matches “${q}”.`}
        </Text>
      )}
      <Stack component="ol" gap="xs" p={0} m={0} aria-label="Search results">
        {conn.edges.map((e) => (
          <SearchHitItem key={e.cursor} hit={e.node} />
        ))}
      </Stack>
      {conn.pageInfo.hasNextPage && conn.pageInfo.endCursor ? (
        <Button variant="default" size="xs" onClick={() => onMore(conn.pageInfo.endCursor!)} style={{ alignSelf: 'flex-start' }}>
          More results
        </Button>
      ) : null}
    </Stack>
  );
}

/** SearchPage: full-text search over incidents and what was learned from them (?q=…). */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const kinds = (params.get('kinds') ?? '').split(',').filter((k) => k in kindLabel) as SearchKind[];
  const [pages, setPages] = useState<(string | null)[]>([null]);
  useDocumentTitle(q ? `Search: ${q}` : 'Search');
  useEffect(() => setPages([null]), [q, kinds.join(',')]);

  return (
    <Stack gap="md">
      <Title order={1}>Search</Title>
      <Chip.Group
        multiple
        value={kinds}
        onChange={(v) => {
          const next = new URLSearchParams(params);
          if (v.length) next.set('kinds', v.join(','));
          else next.delete('kinds');
          setParams(next, { replace: true });
        }}
      >
        <Group gap="xs" role="group" aria-label="Only these kinds">
          {Object.entries(kindLabel).map(([value, label]) => (
            <Chip key={value} value={value} size="xs">
              {label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {!q ? (
        <Text c="dimmed">Type words in the search box above: “quoted phrases”, or, and -excluded words work.</Text>
      ) : (
        pages.map((after, i) => (
          <HitsPage key={after ?? 'first'} q={q} kinds={kinds} after={after} onMore={(c) => i === pages.length - 1 && setPages([...pages, c])} />
        ))
      )}
    </Stack>
  );
}
