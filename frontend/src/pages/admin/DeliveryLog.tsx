import { useMemo } from 'react';
import { Alert, Badge, Button, Code, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from 'urql';

import { ErrorNotice } from '../../components/ErrorNotice';
import { graphql } from '../../gql';
import { nodes } from '../../incident/query';
import { formatDateTime, label } from '../../lib/format';
import { deliveryStatusColor, deliveryStatusLabel, formErrors, webhookEventLabel } from '../../lib/followup';

const deliveryLogQuery = graphql(`
  query WebhookDeliveries($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Webhook {
        deliveries(first: 25, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              event
              status
              attempts
              createdAt
              lastAttemptAt
              nextAttemptAt
              responseStatus
              lastError
              deliveredAt
            }
          }
        }
      }
    }
  }
`);

const retryDelivery = graphql(`
  mutation RetryWebhookDelivery($id: ID!) {
    retryWebhookDelivery(id: $id) {
      id
      status
      attempts
      nextAttemptAt
      lastAttemptAt
      responseStatus
      lastError
    }
  }
`);

/** DeliveryLog: a webhook's latest deliveries, each with its outcome, and a retry for those that did not arrive. */
export function DeliveryLog({ webhookID }: { webhookID: string }) {
  const context = useMemo(() => ({ additionalTypenames: ['WebhookDelivery'] }), []);
  const [result, reexecute] = useQuery({ query: deliveryLogQuery, variables: { id: webhookID }, context });
  const [retryState, retry] = useMutation(retryDelivery);
  const node = result.data?.node;
  const hook = node?.__typename === 'Webhook' ? node : undefined;
  const deliveries = nodes(hook?.deliveries);
  const retryError = formErrors(retryState.error).other;

  if (result.error && !hook) return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!hook) return <Text size="sm" c="dimmed">Loading the deliveries…</Text>;
  if (deliveries.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        Nothing sent yet.
      </Text>
    );
  }
  return (
    <>
      {retryError ? (
        <Alert color="red" variant="light" role="alert" p="xs" mb="xs">
          {retryError}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6} fz="sm" aria-label="Deliveries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Event</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Attempts</Table.Th>
              <Table.Th>Last attempt</Table.Th>
              <Table.Th>Last response</Table.Th>
              <Table.Th>
                <span aria-hidden="true" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.map((d) => (
              <Table.Tr key={d.id} data-testid="delivery-row">
                <Table.Td>
                  {label(webhookEventLabel, d.event)}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(d.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={deliveryStatusColor[d.status] ?? 'gray'} variant="light" radius="sm">
                    {label(deliveryStatusLabel, d.status)}
                  </Badge>
                  {d.status === 'PENDING' ? (
                    <Text size="xs" c="dimmed">
                      next try {formatDateTime(d.nextAttemptAt)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{d.attempts}</Table.Td>
                <Table.Td>{d.lastAttemptAt ? formatDateTime(d.lastAttemptAt) : <Text span c="dimmed" size="sm">Not yet</Text>}</Table.Td>
                <Table.Td style={{ maxWidth: 280 }}>
                  {d.responseStatus != null ? <Code>HTTP {d.responseStatus}</Code> : null}
                  {d.lastError ? (
                    <Text size="xs" c="red.8" lineClamp={2} title={d.lastError}>
                      {d.lastError}
                    </Text>
                  ) : d.responseStatus == null ? (
                    <Text span size="sm" c="dimmed">
                      –
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {d.status !== 'DELIVERED' ? (
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={retryState.fetching && retryState.operation?.variables?.id === d.id}
                      onClick={() => void retry({ id: d.id }).then(() => reexecute({ requestPolicy: 'network-only' }))}
                      aria-label={`Retry the ${label(webhookEventLabel, d.event)} delivery of ${formatDateTime(d.createdAt)}`}
                    >
                      Retry now
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hook.deliveries.totalCount > deliveries.length ? (
        <Text size="xs" c="dimmed" mt={4}>
          The latest {deliveries.length} of {hook.deliveries.totalCount} deliveries.
        </Text>
      ) : null}
    </>
  );
}
