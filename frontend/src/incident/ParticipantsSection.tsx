import { useCallback } from 'react';
import { Badge, Group, Table, Text } from '@mantine/core';
import { useMutation, type CombinedError } from 'urql';

import { useSession } from '../auth/viewer';
import { graphql } from '../gql';
import { mayEdit } from '../lib/conflict';
import { channelLabel, departmentLabel, label, participantRoleLabel } from '../lib/format';
import { AddParticipant } from './AddParticipant';
import { useFresh } from './live';
import { nodes, type Incident } from './query';
import { useBoard } from './board';
import { DeleteAction } from './DeleteAction';
import { Empty, MorePages, Section } from './Section';

const deleteParticipant = graphql(`
  mutation DeleteParticipant($id: ID!) {
    deleteParticipant(id: $id)
  }
`);

/** useDeleteParticipant takes someone off the incident and refreshes the board. */
function useDeleteParticipant(): (id: string) => Promise<CombinedError | undefined> {
  const { refetch } = useBoard();
  const [, run] = useMutation(deleteParticipant);
  return useCallback(
    async (id) => {
      const r = await run({ id });
      if (!r.error) await refetch();
      return r.error;
    },
    [run, refetch],
  );
}

export function ParticipantsSection({ incident }: { incident: Incident }) {
  const { paging } = useBoard();
  const people = nodes(incident.participants);
  const fresh = useFresh();
  const { viewer } = useSession();
  const remove = useDeleteParticipant();
  return (
    <Section id="participants" title="Participants" description="Who took part, in what role, from where, and how they were reached.">
      {people.length === 0 ? (
        <Empty>Nobody is recorded as taking part yet.</Empty>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Location</Table.Th>
                <Table.Th>Time zone</Table.Th>
                <Table.Th>Channels</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => (
                <Table.Tr key={p.id} className={fresh.has(p.id) ? 'is-fresh' : undefined}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {p.user.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[p.user.title, label(departmentLabel, p.user.department)].filter(Boolean).join(' · ')}
                    </Text>
                    {/* Members take off whom they added, analysts and admins anyone, as with editing. */}
                    {mayEdit(viewer.role, viewer.id, p.createdByID) ? (
                      <DeleteAction label="Remove" question={`Take ${p.user.name} off this incident?`} onDelete={() => remove(p.id)} />
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label(participantRoleLabel, p.role)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={p.location ? undefined : 'dimmed'}>
                      {p.location || 'Not recorded'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={p.timeZone ? undefined : 'dimmed'}>
                      {p.timeZone || 'Not recorded'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {p.channels && p.channels.length > 0 ? (
                      <Group gap={4}>
                        {p.channels.map((c) => (
                          <Badge key={c} variant="light" color="blue" size="sm" radius="sm">
                            {label(channelLabel, c)}
                          </Badge>
                        ))}
                      </Group>
                    ) : (
                      <Text size="sm" c="dimmed">
                        None recorded
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MorePages paging={paging?.participants} shown={people.length} total={incident.participants.totalCount} what="participants" />
      <AddParticipant />
    </Section>
  );
}
