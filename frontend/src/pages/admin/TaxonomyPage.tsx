import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from 'urql';

import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';
import type { TaxonomyQuery } from '../../gql/graphql';
import { MorePages } from '../../incident/Section';
import { plural } from '../../lib/format';
import { formErrors } from '../../lib/followup';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWholeList } from '../../lib/useWholeList';
import { MergeForm } from './MergeForm';

// A page of the categories: the first without $after, then the rest one
// page at a time (see useWholeList).
const taxonomyQuery = graphql(`
  query Taxonomy($after: Cursor) {
    factorCategories(first: 100, after: $after, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          factors(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`);

const createCategory = graphql(`
  mutation CreateFactorCategory($input: CreateFactorCategoryInput!) {
    createFactorCategory(input: $input) {
      id
      name
      description
    }
  }
`);

const updateCategory = graphql(`
  mutation UpdateFactorCategory($id: ID!, $input: UpdateFactorCategoryInput!) {
    updateFactorCategory(id: $id, input: $input) {
      id
      name
      description
    }
  }
`);

const mergeCategories = graphql(`
  mutation MergeFactorCategories($sourceID: ID!, $targetID: ID!) {
    mergeFactorCategories(sourceID: $sourceID, targetID: $targetID) {
      id
      name
      factors(first: 0) {
        totalCount
      }
    }
  }
`);

type Category = NonNullable<NonNullable<NonNullable<TaxonomyQuery['factorCategories']['edges']>[number]>['node']>;

const categoriesOf = (d: TaxonomyQuery) => d.factorCategories;

/** TaxonomyPage: the categories contributing factors are filed under, kept few and distinct. */
export function TaxonomyPage() {
  useDocumentTitle('Taxonomy');
  const context = useMemo(() => ({ additionalTypenames: ['FactorCategory'] }), []);
  const { result, reload, nodes: categories, total, paging } = useWholeList(taxonomyQuery, categoriesOf, context);
  const [merging, setMerging] = useState<Category | null>(null);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Contributing-factor taxonomy</Title>
        <Text c="dimmed" size="sm">
          The categories analysts file contributing factors under, so patterns show across incidents. Merge near-duplicates rather than letting them pile up.
        </Text>
      </div>
      <NewCategory onCreated={reload} />
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={reload} />
      ) : !result.data ? (
        <Loading what="the taxonomy" />
      ) : categories.length === 0 ? (
        <Text c="dimmed" fs="italic">
          No categories yet.
        </Text>
      ) : (
        <div>
          <Text size="sm" c="dimmed" data-testid="category-count">
            {plural(total, 'category', 'categories')}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" aria-label="Categories">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Category</Table.Th>
                  <Table.Th>Description</Table.Th>
                  <Table.Th ta="right">Factors</Table.Th>
                  <Table.Th>Change</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {categories.map((c) => (
                  <CategoryRow key={c.id} category={c} onMerge={() => setMerging(c)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <MorePages paging={paging} shown={categories.length} total={total} what="categories" />
        </div>
      )}
      <Modal opened={!!merging} onClose={() => setMerging(null)} title={merging ? `Merge “${merging.name}” into another category` : ''}>
        {merging ? (
          <MergeCategory
            source={merging}
            categories={categories}
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

function NewCategory({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [state, run] = useMutation(createCategory);
  const errors = formErrors(state.error, ['name', 'description']);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    const r = await run({ input: { name: name.trim(), description: description.trim() || undefined } });
    if (!r.error) {
      setName('');
      setDescription('');
      onCreated();
    }
  };
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} aria-label="New category">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label="New category" placeholder="e.g. Change management" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.fields.name} style={{ flex: '1 1 220px' }} />
          <TextInput
            label="Description"
            placeholder="What belongs here"
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.fields.description}
            style={{ flex: '3 1 320px' }}
          />
          <Button type="submit" mt={25} loading={state.fetching} disabled={!name.trim()}>
            Add category
          </Button>
        </Group>
        {errors.other ? (
          <Alert color="red" variant="light" role="alert" mt="xs" p="xs">
            {errors.other}
          </Alert>
        ) : null}
      </form>
    </Paper>
  );
}

function CategoryRow({ category, onMerge }: { category: Category; onMerge: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(category.name);
  const [description, setDescription] = useState(category.description ?? '');
  const [state, run] = useMutation(updateCategory);
  const errors = formErrors(state.error, ['name', 'description']);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const input: { name?: string; description?: string; clearDescription?: boolean } = {};
    if (name.trim() !== category.name) input.name = name.trim();
    if (description.trim() !== (category.description ?? '')) {
      if (description.trim()) input.description = description.trim();
      else input.clearDescription = true;
    }
    if (Object.keys(input).length) {
      const r = await run({ id: category.id, input });
      if (r.error) return;
    }
    setEditing(false);
  };
  if (editing) {
    return (
      <Table.Tr>
        <Table.Td colSpan={4}>
          <form onSubmit={save} aria-label={`Edit category ${category.name}`}>
            <Stack gap="xs">
              <Group align="flex-start" gap="sm" grow>
                <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.fields.name} />
                <Textarea label="Description" autosize minRows={1} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.fields.description} />
              </Group>
              {errors.other ? (
                <Alert color="red" variant="light" role="alert" p="xs">
                  {errors.other}
                </Alert>
              ) : null}
              <Group gap="xs">
                <Button type="submit" size="xs" loading={state.fetching} disabled={!name.trim()}>
                  Save
                </Button>
                <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </form>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr data-testid="category-row">
      <Table.Td fw={600}>{category.name}</Table.Td>
      <Table.Td>
        <Text size="sm" c={category.description ? undefined : 'dimmed'}>
          {category.description || 'No description'}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{category.factors.totalCount}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              setName(category.name);
              setDescription(category.description ?? '');
              setEditing(true);
            }}
            aria-label={`Edit ${category.name}`}
          >
            Edit
          </Button>
          <Button size="compact-xs" variant="subtle" color="orange" onClick={onMerge} aria-label={`Merge ${category.name} into another category`}>
            Merge into…
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function MergeCategory({ source, categories, onDone, onCancel }: { source: Category; categories: Category[]; onDone: () => void; onCancel: () => void }) {
  const [state, run] = useMutation(mergeCategories);
  return (
    <MergeForm
      picker={(value, onChange) => (
        <Select
          label="Merge into"
          placeholder="Pick the category to keep"
          data={categories.filter((c) => c.id !== source.id).map((c) => ({ value: c.id, label: c.name }))}
          value={value}
          onChange={onChange}
          searchable
          data-autofocus
        />
      )}
      nameOf={(id) => categories.find((c) => c.id === id)?.name}
      consequences={(target) => (
        <>
          {plural(source.factors.totalCount, 'contributing factor')} filed under “{source.name}” will move to “{target}”, and “{source.name}” will be
          removed. No factor loses its link to its incident or insights.
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
