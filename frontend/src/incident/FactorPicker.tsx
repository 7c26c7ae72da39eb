import { useMemo, useState } from 'react';
import { Alert, Button, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from 'urql';

import { graphql } from '../gql';
import { formErrors } from '../lib/followup';
import { PickerSelect } from '../components/Pickers';
import type { FactorItem } from './insightsQuery';

const createContributingFactor = graphql(`
  mutation CreateContributingFactor($input: CreateContributingFactorInput!) {
    createContributingFactor(input: $input) {
      id
      description
      category {
        id
        name
      }
    }
  }
`);

/**
 * FactorPicker picks the contributing factors an insight rests on, grouped
 * by taxonomy category, and names a new one of this incident on the spot.
 */
export function FactorPicker({
  incidentID,
  factors,
  categoryCount,
  value,
  onChange,
  error,
}: {
  incidentID: string;
  factors: FactorItem[];
  categoryCount: number;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  // Factors added here, until the section's query brings them back.
  const [added, setAdded] = useState<FactorItem[]>([]);
  const [description, setDescription] = useState('');
  const [categoryID, setCategoryID] = useState<string | null>(null);
  const [state, run] = useMutation(createContributingFactor);
  const errors = formErrors(state.error, ['description', 'categoryID']);

  const data = useMemo(() => {
    const all = new Map<string, FactorItem>();
    for (const f of [...factors, ...added]) all.set(f.id, f);
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const f of all.values()) {
      const items = groups.get(f.category.name) ?? [];
      items.push({ value: f.id, label: `${f.category.name}: ${f.description}` });
      groups.set(f.category.name, items);
    }
    return [...groups.entries()].map(([group, items]) => ({ group, items }));
  }, [factors, added]);

  const add = async () => {
    if (!description.trim() || !categoryID) return;
    const r = await run({ input: { incidentID, categoryID, description: description.trim() } });
    const f = r.data?.createContributingFactor;
    if (f) {
      setAdded((a) => [...a, f]);
      onChange([...value, f.id]);
      setDescription('');
    }
  };

  return (
    <Stack gap={6}>
      <MultiSelect
        label="Contributing factors"
        description="What made this more likely or worse, each with its category"
        placeholder={data.length ? 'Pick factors' : 'None named on this incident yet: add one below'}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        clearable
        error={error}
      />
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          size="xs"
          label="New contributing factor"
          placeholder="e.g. Certificates outside automation expire silently"
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.fields.description}
          style={{ flex: '2 1 240px' }}
        />
        <PickerSelect
          kind="categories"
          size="xs"
          label="Category"
          placeholder={categoryCount ? 'Pick a category' : 'No categories yet'}
          value={categoryID}
          onChange={setCategoryID}
          error={errors.fields.categoryID}
          style={{ flex: '1 1 180px' }}
        />
        <Button size="xs" variant="light" onClick={() => void add()} loading={state.fetching} disabled={!description.trim() || !categoryID}>
          Add factor
        </Button>
      </Group>
      {categoryCount === 0 ? (
        <Text size="xs" c="dimmed">
          An admin adds categories under Admin → Taxonomy.
        </Text>
      ) : null}
      {errors.other ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {errors.other}
        </Alert>
      ) : null}
    </Stack>
  );
}
