import { useEffect, useRef } from 'react';
import { Alert, Loader, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import { channelLabel, departmentLabel, eventKindLabel, formatDateTime, label, questionStatusLabel } from '../lib/format';
import { errorText } from './board';

// One record's history, newest first: who changed which fields, from what
// to what. It is asked for only when someone opens it, so a board of a
// hundred events costs no hundred queries.

const entityHistory = graphql(`
  query EntityHistory($id: ID!) {
    activities(first: 20, where: { entityID: $id }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      edges {
        node {
          id
          action
          summary
          createdAt
          actor {
            id
            name
          }
          changes {
            field
            old
            new
          }
        }
      }
    }
  }
`);

/** The history records ent's field names; these are the words the forms use. */
const fieldLabel: Record<string, string> = {
  text: 'Text',
  occurred_at: 'Time',
  kind: 'Kind',
  source: 'Source',
  source_ref: 'Source reference',
  actor_id: 'Who (person)',
  actor_name: 'Who (name)',
  evidence_url: 'Evidence link',
  key_moment: 'Key moment',
  department: 'Department',
  author_id: 'Author',
  what_they_saw: 'What they saw',
  surprises: 'What surprised them',
  what_helped: 'What helped',
  what_hurt: 'What got in the way',
  impact_observed: 'Impact they observed',
  body: 'Comment',
  answer: 'Answer',
  status: 'Status',
};

const valueLabels: Record<string, Record<string, string>> = {
  kind: eventKindLabel,
  source: channelLabel,
  department: departmentLabel,
  status: questionStatusLabel,
};

function fieldName(field: string): string {
  return fieldLabel[field] ?? field.charAt(0).toUpperCase() + field.slice(1).replace(/_/g, ' ');
}

function valueText(field: string, v: string | null | undefined): string {
  if (v == null || v === '') return '—';
  if (valueLabels[field]) return label(valueLabels[field], v);
  if (field.endsWith('_at')) return formatDateTime(v);
  if (v === 'true') return 'Yes';
  if (v === 'false') return 'No';
  return v;
}

/**
 * History lists the changes to one record (by its ID). version is the
 * record's version on the board: when it moves (a live update), the history
 * is asked for again.
 */
export function History({ entityID, version, what }: { entityID: string; version?: number; what: string }) {
  const [result, reexecute] = useQuery({ query: entityHistory, variables: { id: entityID }, requestPolicy: 'network-only' });
  const seen = useRef(version);
  useEffect(() => {
    if (version === seen.current) return;
    seen.current = version;
    reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);

  const conn = result.data?.activities;
  const items = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section className="entity-history" aria-label={`History of this ${what}`} data-testid="history">
      {result.error ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {errorText(result.error)}
        </Alert>
      ) : !conn ? (
        <Loader size="xs" aria-label="Loading the history" />
      ) : items.length === 0 ? (
        <Text size="xs" c="dimmed" fs="italic">
          No changes recorded.
        </Text>
      ) : (
        <ol className="activity-list">
          {items.map((a) => (
            <li key={a.id} data-testid="history-entry">
              <Text size="xs">
                <Text span fw={600} size="xs">
                  {a.actor?.name ?? 'Debrief'}
                </Text>{' '}
                {a.action === 'CREATED' ? 'created it' : a.action === 'DELETED' ? 'deleted it' : 'changed it'} ·{' '}
                <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
              </Text>
              {a.action === 'UPDATED' && a.changes && a.changes.length > 0 ? (
                <Table fz="xs" withTableBorder verticalSpacing={2} mt={2} mb={6} aria-label={`Changed by ${a.actor?.name ?? 'Debrief'}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Field</Table.Th>
                      <Table.Th>Before</Table.Th>
                      <Table.Th>After</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {a.changes.map((c) => (
                      <Table.Tr key={c.field}>
                        <Table.Td>{fieldName(c.field)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{valueText(c.field, c.old)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{valueText(c.field, c.new)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {conn && conn.totalCount > items.length ? (
        <Text size="xs" c="dimmed">
          The {items.length} most recent of {conn.totalCount} changes.
        </Text>
      ) : null}
    </section>
  );
}
