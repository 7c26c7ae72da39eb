import { useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import { usePeople, type Person } from './directory';

/**
 * OwnerPicker chooses the person who will see an action through, searching
 * the directory by name as the user types. The chosen person stays in the
 * list whatever the search, so the field never shows an ID.
 */
export function OwnerPicker({
  value,
  current,
  onChange,
  error,
}: {
  value: string | null;
  /** The owner the action already has, to label it before any search. */
  current?: { id: string; name: string } | null;
  onChange: (id: string | null, person: Person | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Person | null>(null);
  const [chosenLabel, setChosenLabel] = useState<string | null>(null);
  // Once a person is chosen the box shows their label: that is no search.
  const { people } = usePeople(search === chosenLabel ? '' : search);
  const data = useMemo(() => {
    const byID = new Map<string, { value: string; label: string }>();
    const known = picked && picked.id === value ? picked : current && current.id === value ? { ...current, teams: [] } : null;
    if (known) byID.set(known.id, { value: known.id, label: known.name });
    for (const p of people) byID.set(p.id, { value: p.id, label: p.teams.length ? `${p.name} · ${p.teams.map((t) => t.name).join(', ')}` : p.name });
    return [...byID.values()];
  }, [people, picked, current, value]);

  return (
    <Select
      label="Owner"
      description="The one person who will see it through"
      placeholder="Search the directory"
      searchable
      clearable
      nothingFoundMessage="Nobody by that name"
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosenLabel(option?.label ?? null);
        const person = people.find((p) => p.id === id) ?? null;
        setPicked(person);
        onChange(id, person);
      }}
      error={error}
      style={{ flex: '1 1 240px' }}
    />
  );
}
