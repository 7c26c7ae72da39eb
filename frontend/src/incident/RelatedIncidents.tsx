import { Anchor, Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { SeverityBadge } from '../components/Badges';
import { ErrorNotice } from '../components/ErrorNotice';
import { graphql } from '../gql';
import type { RelatedIncidentFieldsFragment } from '../gql/graphql';
import { formatDate } from '../lib/format';

export const relatedIncidentFields = graphql(`
  fragment RelatedIncidentFields on RelatedIncident {
    score
    incident {
      id
      title
      severity
      startedAt
    }
    reasons {
      kind
      names
      text
    }
  }
`);

const relatedQuery = graphql(`
  query IncidentRelated($id: ID!) {
    node(id: $id) {
      __typename
      ... on Incident {
        id
        related(first: 8) {
          ...RelatedIncidentFields
        }
      }
    }
  }
`);

const reasonColor: Record<string, string> = {
  SERVICE: 'indigo',
  FACTOR_CATEGORY: 'orange',
  VENDOR: 'cyan',
  WORDS: 'gray',
};

/** RelatedList: incidents with why each is related, strongest reason first. */
export function RelatedList({ related, empty }: { related: RelatedIncidentFieldsFragment[]; empty: string }) {
  if (related.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {empty}
      </Text>
    );
  }
  return (
    <List listStyleType="none" spacing="sm" aria-label="Related incidents">
      {related.map((r) => (
        <List.Item key={r.incident.id} data-testid="related-incident">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <div style={{ flexShrink: 0 }}>
              <SeverityBadge severity={r.incident.severity} size="sm" />
            </div>
            <div>
              <Anchor component={Link} to={`/incidents/${encodeURIComponent(r.incident.id)}`} size="sm" fw={600}>
                {r.incident.title}
              </Anchor>
              <Text span size="xs" c="dimmed" ml={6}>
                {formatDate(r.incident.startedAt)}
              </Text>
              <Group gap={4} mt={2}>
                {r.reasons.map((reason, i) => (
                  <Badge key={i} size="xs" variant="light" color={reasonColor[reason.kind] ?? 'gray'} radius="sm" tt="none">
                    {reason.text}
                  </Badge>
                ))}
              </Group>
            </div>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** RelatedIncidents: the incident page's panel of incidents like this one, and why. */
export function RelatedIncidents({ incidentID }: { incidentID: string }) {
  const [result] = useQuery({ query: relatedQuery, variables: { id: incidentID } });
  const node = result.data?.node;
  const related = node?.__typename === 'Incident' ? node.related : null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" id="related" aria-labelledby="related-heading">
      <Title order={2} size="h3" id="related-heading" mb="xs">
        Related incidents
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Incidents that share services, factor categories, vendors or unusual words with this one.
      </Text>
      {result.error && !related ? (
        <ErrorNotice error={result.error} />
      ) : !related ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : (
        <RelatedList related={related} empty="No related incidents found." />
      )}
    </Paper>
  );
}
