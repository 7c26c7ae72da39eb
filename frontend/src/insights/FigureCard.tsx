import type { ReactNode } from 'react';
import { Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import type { AnnotationTarget } from '../annotations/AnnotationForm';
import type { AnnotationFieldsFragment } from '../gql/graphql';

/**
 * FigureCard frames one figure: its chart (and text alternative), what it
 * counts beside it and the context notes that touch it. Its counts open the
 * incidents behind them (see DrillDown).
 */
export function FigureCard({
  id,
  title,
  definition,
  annotations,
  target,
  wide,
  children,
}: {
  id: string;
  title: string;
  definition?: ReactNode;
  annotations: AnnotationFieldsFragment[];
  target: AnnotationTarget;
  /** A wide figure (a heat map) takes the whole width; its definition and notes go below. */
  wide?: boolean;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} data-testid={`figure-${id}`}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: wide ? 12 : 8 }}>
          <Stack gap="sm">
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            {children}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: wide ? 12 : 4 }}>
          <SimpleGrid cols={{ base: 1, lg: wide ? 2 : 1 }} spacing="md">
            <Paper bg="gray.0" p="sm" radius="md" component="aside" aria-label={`What “${title}” counts`}>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
                Definition
              </Text>
              <Text size="sm" data-testid="figure-definition">
                {definition ?? 'No definition given.'}
              </Text>
            </Paper>
            <AnnotationsPanel annotations={annotations} target={target} />
          </SimpleGrid>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
