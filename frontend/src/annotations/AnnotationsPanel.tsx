import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';

import { useSession } from '../auth/viewer';
import type { AnnotationFieldsFragment } from '../gql/graphql';
import { canAnalyse } from '../lib/roles';
import { AnnotationForm, type AnnotationTarget } from './AnnotationForm';
import { AnnotationList } from './AnnotationList';

/**
 * AnnotationsPanel: the context notes beside a figure, and (for analysts
 * and admins) a way to add one.
 */
export function AnnotationsPanel({
  annotations,
  target,
  title = 'Context',
}: {
  annotations: AnnotationFieldsFragment[];
  target: AnnotationTarget;
  title?: string;
}) {
  const { viewer } = useSession();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap={6}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {title}
      </Text>
      <AnnotationList annotations={annotations} empty="No context notes." />
      {canAnalyse(viewer.role) ? (
        adding ? (
          <AnnotationForm target={target} onDone={() => setAdding(false)} />
        ) : (
          <Button size="compact-xs" variant="subtle" onClick={() => setAdding(true)} style={{ alignSelf: 'flex-start' }}>
            Add a context note
          </Button>
        )
      ) : null}
    </Stack>
  );
}
