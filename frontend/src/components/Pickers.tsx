import { useState } from 'react';
import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';

import { usePickerOptions, type PickerKind } from '../actions/directory';

type Named = { id: string; name: string };

const nothingFound: Record<PickerKind, string> = {
  services: 'No service by that name',
  teams: 'No team by that name',
  people: 'Nobody by that name',
};

/**
 * PickerSelect chooses one service, team or person, searching on the
 * server as the user types: a large organisation has more of them than one
 * page holds. The chosen value keeps its label whatever the search.
 */
export function PickerSelect({
  kind,
  value,
  onChange,
  known,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> & {
  kind: PickerKind;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Labels the caller already has, e.g. the saved value's. */
  known?: Named[];
}) {
  const [search, setSearch] = useState('');
  const selected = value ? [value] : [];
  const { options } = usePickerOptions(kind, search, selected, known);
  return (
    <Select
      nothingFoundMessage={nothingFound[kind]}
      {...props}
      searchable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(id)}
    />
  );
}

/** PickerMultiSelect chooses several services, teams or people, searching on the server as the user types. */
export function PickerMultiSelect({
  kind,
  value,
  onChange,
  known,
  ...props
}: Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> & {
  kind: PickerKind;
  value: string[];
  onChange: (ids: string[]) => void;
  known?: Named[];
}) {
  const [search, setSearch] = useState('');
  const { options } = usePickerOptions(kind, search, value, known);
  return (
    <MultiSelect
      nothingFoundMessage={nothingFound[kind]}
      {...props}
      searchable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={onChange}
    />
  );
}
