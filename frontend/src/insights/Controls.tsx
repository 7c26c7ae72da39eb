import { Button, Group, MultiSelect, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';

import { PickerMultiSelect } from '../components/Pickers';
import type { AnalysisDimension } from '../gql/graphql';
import { dimensionLabel, dimensions, isDimension, listFilters, serverSearched } from './dimensions';
import type { Option } from './options';
import type { InsightsState } from './params';
import type { ListFilterParam } from './dimensions';

const dimensionOptions = dimensions.map((d) => ({ value: d, label: dimensionLabel[d] }));

/** GroupByControls chooses one or two dimensions. */
function GroupByControls({ groupBy, onChange }: { groupBy: AnalysisDimension[]; onChange: (by: AnalysisDimension[]) => void }) {
  const [first, second] = groupBy;
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label="Group by"
        data={dimensionOptions}
        value={first ?? null}
        onChange={(v) => onChange(v && isDimension(v) ? [v, ...(second && second !== v ? [second] : [])] : [])}
        placeholder="No grouping"
        clearable
        w={220}
      />
      <Select
        label="Then by"
        data={dimensionOptions.filter((o) => o.value !== first)}
        value={second ?? null}
        onChange={(v) => first && onChange(v && isDimension(v) ? [first, v] : [first])}
        placeholder="Nothing"
        disabled={!first}
        clearable
        w={220}
      />
    </Group>
  );
}

/**
 * Controls: the dimensions, the time range and a filter on every list
 * dimension; every change goes to the address.
 */
export function Controls({
  state,
  options,
  onGroupBy,
  update,
  reset,
}: {
  state: InsightsState;
  options: Record<ListFilterParam, Option[]>;
  onGroupBy: (by: AnalysisDimension[]) => void;
  update: (changes: Record<string, string | null>) => void;
  reset: () => void;
}) {
  const badRange = !!state.from && !!state.to && state.from > state.to;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Grouping, range and filters">
      <Stack gap="sm">
        <Group gap="xl" align="flex-end" wrap="wrap">
          <GroupByControls groupBy={state.groupBy} onChange={onGroupBy} />
          <Group gap="md" align="flex-end">
            <TextInput
              type="date"
              label="Started from"
              value={state.from ?? ''}
              onChange={(e) => update({ from: e.currentTarget.value || null })}
            />
            <TextInput
              type="date"
              label="Started until (inclusive)"
              value={state.to ?? ''}
              onChange={(e) => update({ to: e.currentTarget.value || null })}
              error={badRange ? 'The range must end after it starts' : undefined}
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="interval-label">
              Trend by
            </Text>
            <SegmentedControl
              aria-labelledby="interval-label"
              value={state.interval}
              onChange={(v) => update({ interval: v === 'QUARTER' ? 'QUARTER' : null })}
              data={[
                { value: 'MONTH', label: 'Month' },
                { value: 'QUARTER', label: 'Quarter' },
              ]}
            />
          </Stack>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {listFilters.map((f) => {
            const kind = serverSearched[f.param];
            return kind ? (
              <PickerMultiSelect
                key={f.param}
                kind={kind}
                label={f.label}
                placeholder={state.lists[f.param].length ? undefined : 'All'}
                value={state.lists[f.param]}
                onChange={(v) => update({ [f.param]: v.join(',') || null, drill: null })}
                clearable
              />
            ) : (
              <MultiSelect
                key={f.param}
                label={f.label}
                placeholder={state.lists[f.param].length ? undefined : 'All'}
                data={options[f.param]}
                value={state.lists[f.param]}
                onChange={(v) => update({ [f.param]: v.join(',') || null, drill: null })}
                searchable
                clearable
              />
            );
          })}
        </SimpleGrid>
        <Group>
          <Button variant="default" size="xs" onClick={reset}>
            Reset to all incidents by service
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
