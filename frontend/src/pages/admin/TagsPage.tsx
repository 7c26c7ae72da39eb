import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';

import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PickerSelect } from '../../components/Pickers';
import { graphql } from '../../gql';
import type { AdminTagsQuery } from '../../gql/graphql';
import { MorePages } from '../../incident/Section';
import { plural } from '../../lib/format';
import { formErrors } from '../../lib/followup';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWholeList } from '../../lib/useWholeList';
import { MergeForm } from './MergeForm';

// A page of the tags with how many incidents carry each: the counts come
// in one batch with the page (see TestTagListCountsIncidentsInAFixedNumberOfStatements).
const tagsQuery = graphql(`
  query AdminTags($after: Cursor) {
    tags(first: 100, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          incidents(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`);

const renameTag = graphql(`
  mutation RenameTag($id: ID!, $input: UpdateTagInput!) {
    updateTag(id: $id, input: $input) {
      id
      name
    }
  }
`);

const mergeTags = graphql(`
  mutation MergeTags($sourceID: ID!, $targetID: ID!) {
    mergeTags(sourceID: $sourceID, targetID: $targetID) {
      id
      name
      incidents(first: 0) {
        totalCount
      }
    }
  }
`);

const deleteTag = graphql(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id)
  }
`);

type Tag = NonNullable<NonNullable<NonNullable<AdminTagsQuery['tags']['edges']>[number]>['node']>;

const tagsOf = (d: AdminTagsQuery) => d.tags;

/**
 * TagsPage: the tags incidents carry, kept free of duplicates. The insights
 * group incidents by tag, so "database" beside "db" splits one cluster in
 * two; merging moves the incidents to the tag kept.
 */
export function TagsPage() {
  useDocumentTitle('Tags');
  const context = useMemo(() => ({ additionalTypenames: ['Tag', 'Incident'] }), []);
  const { result, reload, nodes: tags, total, paging } = useWholeList(tagsQuery, tagsOf, context);
  const [merging, setMerging] = useState<Tag | null>(null);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Tags</Title>
        <Text c="dimmed" size="sm">
          The insights group incidents by tag, so two spellings of one tag split what belongs together. Merge duplicates into the tag to keep; delete tags
          nothing uses.
        </Text>
      </div>
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={reload} />
      ) : !result.data ? (
        <Loading what="the tags" />
      ) : tags.length === 0 ? (
        <Text c="dimmed" fs="italic">
          No tags yet. They are added on incidents.
        </Text>
      ) : (
        <div>
          <Text size="sm" c="dimmed" data-testid="tag-count">
            {plural(total, 'tag')}
          </Text>
          <Table verticalSpacing="sm" aria-label="Tags">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tag</Table.Th>
                <Table.Th ta="right">Incidents</Table.Th>
                <Table.Th>Change</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tags.map((t) => (
                <TagRow key={t.id} tag={t} onMerge={() => setMerging(t)} onDeleted={reload} />
              ))}
            </Table.Tbody>
          </Table>
          <MorePages paging={paging} shown={tags.length} total={total} what="tags" />
        </div>
      )}
      <Modal opened={!!merging} onClose={() => setMerging(null)} title={merging ? `Merge “${merging.name}” into another tag` : ''}>
        {merging ? (
          <MergeTag
            source={merging}
            tags={tags}
            onDone={() => {
              setMerging(null);
              reload();
            }}
            onCancel={() => setMerging(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function TagRow({ tag, onMerge, onDeleted }: { tag: Tag; onMerge: () => void; onDeleted: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(tag.name);
  const [renameState, rename] = useMutation(renameTag);
  const [deleteState, remove] = useMutation(deleteTag);
  const renameErrors = formErrors(renameState.error, ['name']);
  const deleteErrors = formErrors(deleteState.error);
  const used = tag.incidents.totalCount;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (name.trim() !== tag.name) {
      const r = await rename({ id: tag.id, input: { name: name.trim() } });
      if (r.error) return;
    }
    setEditing(false);
  };
  const del = async () => {
    const r = await remove({ id: tag.id });
    if (!r.error) onDeleted();
  };

  if (editing) {
    return (
      <Table.Tr>
        <Table.Td colSpan={3}>
          <form onSubmit={save} aria-label={`Rename tag ${tag.name}`}>
            <Group align="flex-start" gap="sm">
              <TextInput
                aria-label="Name"
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={renameErrors.fields.name}
                description="Lower-case letters, digits, '.', '_' and '-'"
                style={{ flex: '1 1 220px' }}
                data-autofocus
              />
              <Button type="submit" size="xs" mt={4} loading={renameState.fetching} disabled={!name.trim()}>
                Save
              </Button>
              <Button size="xs" mt={4} variant="default" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </Group>
            {renameErrors.other ? (
              <Alert color="red" variant="light" role="alert" mt="xs" p="xs">
                {renameErrors.other}
              </Alert>
            ) : null}
          </form>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr data-testid="tag-row">
      <Table.Td fw={600}>
        {tag.name}
        {deleteErrors.other ? (
          <Alert color="red" variant="light" role="alert" mt="xs" p="xs" fw={400}>
            {deleteErrors.other}
          </Alert>
        ) : null}
      </Table.Td>
      <Table.Td ta="right">{used}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              setName(tag.name);
              setEditing(true);
            }}
            aria-label={`Rename ${tag.name}`}
          >
            Rename
          </Button>
          <Button size="compact-xs" variant="subtle" color="orange" onClick={onMerge} aria-label={`Merge ${tag.name} into another tag`}>
            Merge into…
          </Button>
          {used === 0 ? (
            <Button size="compact-xs" variant="subtle" color="red" onClick={del} loading={deleteState.fetching} aria-label={`Delete ${tag.name}`}>
              Delete
            </Button>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function MergeTag({ source, tags, onDone, onCancel }: { source: Tag; tags: Tag[]; onDone: () => void; onCancel: () => void }) {
  const [state, run] = useMutation(mergeTags);
  return (
    <MergeForm
      ariaLabel={`Merge tag ${source.name}`}
      picker={(value, onChange) => (
        <PickerSelect kind="tags" label="Merge into" placeholder="Pick the tag to keep" value={value} onChange={onChange} known={tags} data-autofocus />
      )}
      nameOf={(id) => tags.find((t) => t.id === id)?.name}
      consequences={(target) => (
        <>
          {plural(source.incidents.totalCount, 'incident')} tagged “{source.name}” will be tagged “{target}” instead (once, if they already are), reports and
          workflows that name “{source.name}” will name “{target}”, and “{source.name}” will be removed.
        </>
      )}
      merge={(targetID) => run({ sourceID: source.id, targetID })}
      fetching={state.fetching}
      error={state.error}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
