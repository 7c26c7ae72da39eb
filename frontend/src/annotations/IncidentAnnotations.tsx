import { Paper, Title } from '@mantine/core';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import { nodes } from '../incident/query';
import { AnnotationsPanel } from './AnnotationsPanel';

const incidentAnnotationsQuery = graphql(`
  query IncidentAnnotations($id: ID!) {
    annotations(first: 50, where: { incidentID: $id }, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      edges {
        node {
          ...AnnotationFields
        }
      }
    }
  }
`);

/** IncidentAnnotations: the context notes on this incident, shown beside every figure it counts in. */
export function IncidentAnnotations({ incidentID }: { incidentID: string }) {
  const [result] = useQuery({ query: incidentAnnotationsQuery, variables: { id: incidentID } });
  return (
    <Paper withBorder radius="md" p="lg" component="section" id="context" aria-labelledby="context-heading">
      <Title order={2} size="h3" id="context-heading" mb="xs">
        Context for analysis
      </Title>
      <AnnotationsPanel
        title="Notes shown beside the figures this incident counts in"
        annotations={nodes(result.data?.annotations)}
        target={{ scopes: ['INCIDENT'], incidentID }}
      />
    </Paper>
  );
}
