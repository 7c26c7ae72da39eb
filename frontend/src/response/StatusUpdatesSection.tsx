import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useClient, useMutation, useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { Markdown } from '../components/Markdown';
import { graphql } from '../gql';
import type { Channel, CommsAudience, MessageTemplateChoicesQuery } from '../gql/graphql';
import { errorText, useBoard } from '../incident/board';
import { nodes } from '../incident/query';
import { Empty, MorePages, Section } from '../incident/Section';
import { useBoardSync } from '../incident/useBoardSync';
import { channelLabel, formatDateTime, label } from '../lib/format';
import { canWrite } from '../lib/roles';
import { browserTimeZone, fromZonedInput, toZonedInput } from '../lib/tz';
import { usePagedConnection } from '../lib/usePagedConnection';
import { useWholeList } from '../lib/useWholeList';
import { audienceHelp, audienceLabel, audiences } from './labels';

export const statusUpdateRow = graphql(`
  fragment StatusUpdateRow on StatusUpdate {
    id
    audience
    channel
    recipients
    body
    sentAt
    createdBy {
      id
      name
    }
  }
`);

// The log reads its first page with the rest of the section and the pages
// after it one at a time (see usePagedConnection), in the same order: a
// cursor is only good for the order it was made in.
const statusUpdatesQuery = graphql(`
  query IncidentStatusUpdates($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        statusUpdates(first: 100, orderBy: { field: SENT_AT, direction: DESC }) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...StatusUpdateRow
            }
          }
        }
      }
    }
  }
`);

const statusUpdatesPageQuery = graphql(`
  query IncidentStatusUpdatesPage($id: ID!, $after: Cursor!) {
    node(id: $id) {
      __typename
      id
      ... on Incident {
        statusUpdates(first: 100, after: $after, orderBy: { field: SENT_AT, direction: DESC }) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...StatusUpdateRow
            }
          }
        }
      }
    }
  }
`);

/** The guidelines the form offers: one an audience, so one page holds them. */
export const commsAidsQuery = graphql(`
  query CommsAids {
    commsGuidelines(first: 10) {
      edges {
        node {
          id
          version
          audience
          body
          updateEveryMinutes
        }
      }
    }
  }
`);

/** A page of the message templates the form offers (see useWholeList). */
const templateChoicesQuery = graphql(`
  query MessageTemplateChoices($after: Cursor) {
    messageTemplates(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          audience
          name
          body
        }
      }
    }
  }
`);

const renderMessageQuery = graphql(`
  query RenderMessage($templateID: ID!, $incidentID: ID!) {
    renderMessage(templateID: $templateID, incidentID: $incidentID) {
      body
      missing
    }
  }
`);

const createStatusUpdate = graphql(`
  mutation CreateStatusUpdate($input: CreateStatusUpdateInput!) {
    createStatusUpdate(input: $input) {
      id
      timelineEventID
    }
  }
`);

/** The channels an update usually goes out on, most likely first. */
const channels: Channel[] = ['STATUS_PAGE', 'EMAIL', 'SLACK', 'ZOOM', 'PHONE', 'PAGER', 'DEBRIEF', 'OTHER'];

/**
 * StatusUpdatesSection: the log of what was said about the incident, to
 * whom and when, and a form that helps write the next update from the
 * audience's guidelines and a message template.
 */
export function StatusUpdatesSection() {
  const { viewer } = useSession();
  const { incident } = useBoard();
  const [result, reexecute] = useQuery({ query: statusUpdatesQuery, variables: { id: incident.id } });
  const reload = useCallback((opts: { requestPolicy: 'network-only' }) => reexecute(opts), [reexecute]);
  useBoardSync(reload);
  const node = result.data?.node;
  const conn = node?.__typename === 'Incident' ? node.statusUpdates : null;
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string) => {
      const r = await client.query(statusUpdatesPageQuery, { id: incident.id, after }, { requestPolicy: 'network-only' }).toPromise();
      const more = r.data?.node;
      return { error: r.error, page: more?.__typename === 'Incident' ? more.statusUpdates : undefined };
    },
    [client, incident.id],
  );
  // Every update, not just the first page: a long incident logs many. The
  // board's reloads (useBoardSync) reload the first page, and with it the rest.
  const { edges, ...paging } = usePagedConnection(conn ?? undefined, fetchPage);
  const updates = nodes({ edges });

  return (
    <Section id="status-updates" title="Status updates" description="What was said about this incident, to whom, where and when. Each one is on the timeline too.">
      <Stack gap="md">
        {canWrite(viewer.role) ? <StatusUpdateForm /> : null}
        {result.error && !conn ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(result.error)}
          </Alert>
        ) : !conn ? (
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        ) : updates.length === 0 ? (
          <Empty>No status update logged yet.</Empty>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing="xs" aria-label="Status updates sent" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Sent</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Message</Table.Th>
                  <Table.Th>By</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {updates.map((u) => (
                  <Table.Tr key={u.id} data-testid="status-update">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatDateTime(u.sentAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge size="xs" variant="light" color={u.audience === 'CUSTOMERS' ? 'orange' : 'indigo'}>
                          {label(audienceLabel, u.audience)}
                        </Badge>
                        <Badge size="xs" variant="outline" color="gray">
                          {label(channelLabel, u.channel)}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {u.recipients}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {u.body}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{u.createdBy?.name ?? '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <MorePages paging={paging} shown={updates.length} total={conn.totalCount} what="status updates" />
          </Table.ScrollContainer>
        )}
      </Stack>
    </Section>
  );
}

const templateChoicesOf = (d: MessageTemplateChoicesQuery) => d.messageTemplates;

function StatusUpdateForm() {
  const { incident, refetch } = useBoard();
  const client = useClient();
  const tz = browserTimeZone();
  const [aids] = useQuery({ query: commsAidsQuery });
  const [audience, setAudience] = useState<CommsAudience>('INTERNAL');
  const [templateID, setTemplateID] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [renderError, setRenderError] = useState<string | null>(null);
  const [rendering, setRendering] = useState(false);
  const [recipients, setRecipients] = useState('');
  const [channel, setChannel] = useState<string | null>('SLACK');
  const [sentAt, setSentAt] = useState(() => toZonedInput(new Date(), tz));
  const [state, run] = useMutation(createStatusUpdate);

  const guideline = nodes(aids.data?.commsGuidelines).find((g) => g.audience === audience);
  const { nodes: allTemplates } = useWholeList(templateChoicesQuery, templateChoicesOf);
  const templates = useMemo(() => allTemplates.filter((t) => t.audience === audience), [allTemplates, audience]);

  const chooseAudience = (a: string) => {
    setAudience(a as CommsAudience);
    setTemplateID(null);
    setMissing([]);
  };

  const chooseTemplate = async (id: string | null) => {
    setTemplateID(id);
    setRenderError(null);
    setMissing([]);
    if (!id) return;
    setRendering(true);
    const r = await client.query(renderMessageQuery, { templateID: id, incidentID: incident.id }, { requestPolicy: 'network-only' }).toPromise();
    setRendering(false);
    if (r.error || !r.data) {
      setRenderError(errorText(r.error) ?? 'The template could not be filled in.');
      return;
    }
    setBody(r.data.renderMessage.body);
    setMissing(r.data.renderMessage.missing);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const at = fromZonedInput(sentAt, tz);
    const r = await run({
      input: {
        incidentID: incident.id,
        audience,
        channel: (channel ?? 'OTHER') as Channel,
        recipients: recipients.trim(),
        body: body.trim(),
        ...(at ? { sentAt: at } : {}),
      },
    });
    if (!r.error) {
      setBody('');
      setTemplateID(null);
      setMissing([]);
      setRecipients('');
      setSentAt(toZonedInput(new Date(), tz));
      // The update is mirrored on the timeline: reload the board to show it there.
      await refetch();
    }
  };

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <form onSubmit={submit} aria-label="Log a status update">
        <Stack gap="sm">
          <Group gap="sm" align="center">
            <Text size="sm" fw={600}>
              Audience
            </Text>
            <SegmentedControl
              size="xs"
              value={audience}
              onChange={chooseAudience}
              data={audiences.map((a) => ({ value: a, label: label(audienceLabel, a) }))}
              aria-label="Audience"
            />
            <Text size="xs" c="dimmed">
              {audienceHelp[audience]}
            </Text>
          </Group>
          {guideline ? (
            <Paper p="xs" radius="sm" withBorder data-testid="comms-guideline">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={2}>
                Guidelines for {label(audienceLabel, audience).toLowerCase()} updates
                {guideline.updateEveryMinutes ? ` · update every ${guideline.updateEveryMinutes} minutes` : ''}
              </Text>
              <Markdown>{guideline.body}</Markdown>
            </Paper>
          ) : (
            <Text size="xs" c="dimmed">
              No guidelines written for this audience yet.
            </Text>
          )}
          <Select
            label="Start from a template"
            placeholder={templates.length ? 'Choose a message template' : 'No templates for this audience'}
            data={templates.map((t) => ({ value: t.id, label: t.name }))}
            value={templateID}
            onChange={chooseTemplate}
            clearable
            disabled={templates.length === 0}
            size="xs"
            maw={420}
          />
          <Textarea
            label="Message"
            required
            autosize
            minRows={3}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            disabled={rendering}
            description={missing.length ? `Not known for this incident yet, fill in by hand: ${missing.join(', ')}` : undefined}
          />
          {renderError ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {renderError}
            </Alert>
          ) : null}
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Recipients"
              required
              placeholder="#exec-updates, all customers…"
              value={recipients}
              onChange={(e) => setRecipients(e.currentTarget.value)}
              size="xs"
              w={240}
            />
            <Select
              label="Channel"
              data={channels.map((c) => ({ value: c, label: label(channelLabel, c) }))}
              value={channel}
              onChange={setChannel}
              allowDeselect={false}
              size="xs"
              w={160}
            />
            <TextInput
              label={`Sent at (${tz})`}
              type="datetime-local"
              value={sentAt}
              onChange={(e) => setSentAt(e.currentTarget.value)}
              size="xs"
              w={220}
            />
            <Button type="submit" size="xs" loading={state.fetching} disabled={!body.trim() || !recipients.trim()}>
              Log update
            </Button>
          </Group>
          {state.error ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {errorText(state.error)}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
