import { useState } from 'react';
import { MultiSelect, Select, Text, type ComboboxData, type MultiSelectProps, type SelectProps } from '@mantine/core';

import { usePickerOptions, type PickerKind, type PickerOption } from '../actions/directory';

type Named = { id: string; name: string };

const nothingFound: Record<PickerKind, string> = {
  services: 'No service by that name',
  teams: 'No team by that name',
  people: 'Nobody by that name',
  tags: 'No tag by that name',
  categories: 'No category by that name',
  vendors: 'No vendor by that name',
};

/**
 * withMoreHint ends the options with a note when the server has more
 * matches than the picker shows (it shows the best pickerMatches): without
 * it a user looking for the 31st would think it is not there. The note is
 * the label of an empty group, so it is read out with the list but is no
 * option: it cannot be picked, with the mouse or the keyboard. (Mantine
 * hides a group without options; hintStyles shows it.)
 */
function withMoreHint(options: PickerOption[], shown: number, total: number): ComboboxData {
  if (total <= shown) return options;
  const hint = (
    <Text component="span" size="xs" c="dimmed" data-testid="picker-more">
      {shown} of {total} shown — type to narrow
    </Text>
  );
  return [...options, { group: hint, items: [] }];
}

/** Shows the hint's group, which Mantine's stylesheet hides for having no options. */
const hintStyles = { group: { display: 'block' }, groupLabel: { display: 'flex' } };

/**
 * PickerSelect chooses one service, team, person, tag, factor category or
 * vendor, searching on the server as the user types: a large organisation
 * has more of them than one page holds. The chosen value keeps its label whatever the search.
 */
export function PickerSelect({
  kind,
  value,
  onChange,
  known,
  ...props
}: Omit<SelectProps, 'styles' | 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> & {
  kind: PickerKind;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Labels the caller already has, e.g. the saved value's. */
  known?: Named[];
}) {
  const [search, setSearch] = useState('');
  const selected = value ? [value] : [];
  const { options, shown, total } = usePickerOptions(kind, search, selected, known);
  return (
    <Select
      nothingFoundMessage={nothingFound[kind]}
      {...props}
      styles={hintStyles}
      searchable
      data={withMoreHint(options, shown, total)}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(id)}
    />
  );
}

/** PickerMultiSelect chooses several of a kind (see PickerSelect), searching on the server as the user types. */
export function PickerMultiSelect({
  kind,
  value,
  onChange,
  known,
  ...props
}: Omit<MultiSelectProps, 'styles' | 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> & {
  kind: PickerKind;
  value: string[];
  onChange: (ids: string[]) => void;
  known?: Named[];
}) {
  const [search, setSearch] = useState('');
  const { options, shown, total } = usePickerOptions(kind, search, value, known);
  return (
    <MultiSelect
      nothingFoundMessage={nothingFound[kind]}
      {...props}
      styles={hintStyles}
      searchable
      data={withMoreHint(options, shown, total)}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={onChange}
    />
  );
}
