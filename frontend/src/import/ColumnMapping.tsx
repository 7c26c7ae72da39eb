import { Select, SimpleGrid, Text } from '@mantine/core';

import { csvFields, ignoreColumn, missingFields } from './formats';

const fieldOptions = [{ value: ignoreColumn, label: 'Leave out' }, ...csvFields.map((f) => ({ value: f, label: f }))];

/** ColumnMapping says which Debrief field each column of a CSV file fills. */
export function ColumnMapping({
  file,
  mapping,
  onChange,
}: {
  file: string;
  mapping: Record<string, string>;
  onChange: (m: Record<string, string>) => void;
}) {
  const headers = Object.keys(mapping);
  const missing = missingFields(mapping);
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>
        <Text size="sm" fw={600}>
          Columns of {file}
        </Text>
      </legend>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
        {headers.map((h) => (
          <Select
            key={h}
            size="xs"
            label={`Column “${h}”`}
            data={fieldOptions}
            value={mapping[h]}
            onChange={(v) => onChange({ ...mapping, [h]: v ?? ignoreColumn })}
            allowDeselect={false}
          />
        ))}
      </SimpleGrid>
      {missing.length ? (
        <Text size="xs" c="red" mt={4} role="alert">
          Map a column to {missing.join(' and ')}: every incident needs {missing.length === 1 ? 'one' : 'them'}.
        </Text>
      ) : null}
    </fieldset>
  );
}
