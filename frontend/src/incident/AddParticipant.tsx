import { useMemo, useState } from 'react';
import { Alert, Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { graphql } from '../gql';
import type { Channel, ParticipantRole } from '../gql/graphql';
import { channelLabel, departmentLabel, label, participantRoleLabel } from '../lib/format';
import { canWrite } from '../lib/roles';
import { timeZoneOptions } from '../lib/tz';
import { conflict, errorText, useBoard } from './board';
import { nodes } from './query';

const directoryQuery = graphql(`
  query ParticipantDirectory($q: String) {
    users(first: 20, where: { nameContainsFold: $q }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          title
          department
          timeZone
        }
      }
    }
  }
`);

const createParticipant = graphql(`
  mutation CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      id
    }
  }
`);

const roleOptions = Object.entries(participantRoleLabel).map(([value, label]) => ({ value, label }));
const channelOptions = Object.entries(channelLabel).map(([value, label]) => ({ value, label }));

/** AddParticipant picks a person from the directory and records the part they played. */
export function AddParticipant() {
  const { viewer } = useSession();
  const { incident, refetch } = useBoard();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [userID, setUserID] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>('RESPONDER');
  const [location, setLocation] = useState('');
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const [channels, setChannels] = useState<string[]>([]);
  const [picked, setPicked] = useState<{ id: string; name: string; timeZone: string } | null>(null);

  const [directory] = useQuery({ query: directoryQuery, variables: { q }, pause: !canWrite(viewer.role) });
  const [state, run] = useMutation(createParticipant);

  const taken = useMemo(() => new Set(nodes(incident.participants).map((p) => p.user.id)), [incident.participants]);
  const people = nodes(directory.data?.users).filter((u) => !taken.has(u.id));
  const options = people.map((u) => ({
    value: u.id,
    label: u.name,
    hint: [u.title, label(departmentLabel, u.department)].filter(Boolean).join(' · '),
  }));
  // Keep the chosen person in the list while the search moves on.
  if (picked && !options.some((o) => o.value === picked.id)) options.unshift({ value: picked.id, label: picked.name, hint: '' });

  const zones = useMemo(() => timeZoneOptions([picked?.timeZone]), [picked?.timeZone]);

  if (!canWrite(viewer.role)) return null;

  const choose = (id: string | null) => {
    setUserID(id);
    const person = people.find((u) => u.id === id) ?? (picked?.id === id ? picked : null);
    setPicked(person ? { id: person.id, name: person.name, timeZone: person.timeZone } : null);
    setTimeZone(person?.timeZone || null);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!userID || !role) return;
    const r = await run({
      input: {
        incidentID: incident.id,
        userID,
        role: role as ParticipantRole,
        location: location.trim() || undefined,
        timeZone: timeZone || undefined,
        channels: channels as Channel[],
      },
    });
    if (!r.error) {
      setUserID(null);
      setPicked(null);
      setSearch('');
      setLocation('');
      setTimeZone(null);
      setChannels([]);
      setRole('RESPONDER');
      await refetch();
    } else if (conflict(r.error)) {
      await refetch();
    }
  };

  return (
    <form onSubmit={submit} aria-label="Add a participant" className="add-participant">
      <Group gap="xs" align="flex-end" wrap="wrap" mt="md">
        <Select
          label="Person"
          size="xs"
          placeholder="Search the directory"
          data={options}
          value={userID}
          onChange={choose}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={directory.fetching ? 'Searching…' : 'Nobody by that name who is not already taking part'}
          renderOption={({ option }) => {
            const hint = options.find((o) => o.value === option.value)?.hint;
            return (
              <div>
                <div>{option.label}</div>
                {hint ? <div style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>{hint}</div> : null}
              </div>
            );
          }}
          clearable
          w={220}
        />
        <Select
          label="Part they played"
          size="xs"
          data={roleOptions}
          value={role}
          onChange={setRole}
          allowDeselect={false}
          w={180}
        />
        <TextInput
          label="Where they were"
          size="xs"
          placeholder="e.g. Berlin office, on a train"
          value={location}
          onChange={(e) => setLocation(e.currentTarget.value)}
          w={200}
        />
        <Select label="Time zone" size="xs" data={zones} value={timeZone} onChange={setTimeZone} searchable clearable w={190} />
        <MultiSelect
          label="Channels used"
          size="xs"
          data={channelOptions}
          value={channels}
          onChange={setChannels}
          placeholder={channels.length ? undefined : 'Slack, Zoom…'}
          w={240}
        />
        <Button type="submit" size="xs" loading={state.fetching} disabled={!userID || !role}>
          Add participant
        </Button>
      </Group>
      {state.error ? (
        <Alert color={conflict(state.error) ? 'orange' : 'red'} variant="light" role="alert" mt="xs" p="xs">
          {errorText(state.error)}
        </Alert>
      ) : null}
    </form>
  );
}
