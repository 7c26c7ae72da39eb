import { Anchor, Breadcrumbs, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { SeverityBadge, StatusBadge } from '../components/Badges';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { graphql } from '../gql';
import { RelatedList } from '../incident/RelatedIncidents';
import { nodes } from '../incident/query';
import { formatDate, label, plural, serviceKindLabel } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const servicePageQuery = graphql(`
  query ServicePage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Service {
        id
        name
        kind
        description
        ownerTeam {
          id
          name
        }
        vendor {
          id
          name
        }
        incidents(first: 50, orderBy: [{ field: STARTED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              title
              severity
              status
              startedAt
            }
          }
        }
        relatedIncidents(first: 10) {
          ...RelatedIncidentFields
        }
      }
    }
  }
`);

/** ServicePage: a service's incidents, and incidents elsewhere that look like them. */
export function ServicePage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: servicePageQuery, variables: { id } });
  const node = result.data?.node;
  const service = node?.__typename === 'Service' ? node : undefined;
  useDocumentTitle(service?.name ?? 'Service');

  if (result.error && !service) return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!service) {
    return result.fetching || !result.data ? (
      <Loading what="the service" />
    ) : (
      <Stack>
        <Title order={1}>Service not found</Title>
        <Anchor component={Link} to="/insights">
          Back to insights
        </Anchor>
      </Stack>
    );
  }
  const incidents = nodes(service.incidents);
  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to={`/insights?by=SERVICE&services=${encodeURIComponent(service.id)}`} size="sm">
          Insights
        </Anchor>
        <Text size="sm" c="dimmed">
          {service.name}
        </Text>
      </Breadcrumbs>
      <div>
        <Title order={1}>{service.name}</Title>
        <Text c="dimmed" size="sm">
          {label(serviceKindLabel, service.kind)}
          {service.ownerTeam ? ` · owned by ${service.ownerTeam.name}` : ''}
          {service.vendor ? ` · provided by ${service.vendor.name}` : ''}
        </Text>
        {service.description ? <Text mt="xs">{service.description}</Text> : null}
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="service-incidents-heading">
          <Title order={2} size="h3" id="service-incidents-heading" mb="sm">
            Incidents ({service.incidents.totalCount})
          </Title>
          {incidents.length === 0 ? (
            <Text size="sm" c="dimmed" fs="italic">
              No incidents in this service.
            </Text>
          ) : (
            <List listStyleType="none" spacing="xs" aria-label={`Incidents in ${service.name}`}>
              {incidents.map((i) => (
                <List.Item key={i.id}>
                  <Anchor component={Link} to={`/incidents/${encodeURIComponent(i.id)}`} size="sm" fw={600}>
                    {i.title}
                  </Anchor>
                  <Group gap={6} mt={2}>
                    <SeverityBadge severity={i.severity} size="sm" />
                    <StatusBadge status={i.status} size="sm" />
                    <Text span size="xs" c="dimmed">
                      {formatDate(i.startedAt)}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          {service.incidents.totalCount > incidents.length ? (
            <Text size="xs" c="dimmed" mt="xs">
              The latest {plural(incidents.length, 'incident')} of {service.incidents.totalCount}.
            </Text>
          ) : null}
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="service-related-heading">
          <Title order={2} size="h3" id="service-related-heading" mb="xs">
            Related incidents elsewhere
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Incidents in other services that share factor categories, vendors or unusual words with this service’s own.
          </Text>
          <RelatedList related={service.relatedIncidents} empty="No related incidents elsewhere." />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
