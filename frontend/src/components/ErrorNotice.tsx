import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { CombinedError } from 'urql';

const codeTitle: Record<string, string> = {
  NOT_FOUND: 'Not found',
  FORBIDDEN: 'You do not have access',
  UNAUTHENTICATED: 'Please sign in',
  LIMIT_EXCEEDED: 'The request was too large',
  BAD_USER_INPUT: 'The request was not accepted',
  CONFLICT: 'Someone else changed this',
  INTERNAL: 'Something went wrong on the server',
};

/**
 * ErrorNotice shows what went wrong in words: the server's message for each
 * GraphQL error (its extensions.code picks the heading), or that the server
 * could not be reached.
 */
export function ErrorNotice({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const gqlErrors = error.graphQLErrors ?? [];
  const firstCode = gqlErrors
    .map((e) => e.extensions?.code)
    .find((c): c is string => typeof c === 'string');
  const title = error.networkError
    ? 'Could not reach the Debrief server'
    : (firstCode && codeTitle[firstCode]) || 'Could not load this page';
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="xs">
        {error.networkError ? (
          <Text size="sm">{error.networkError.message || 'The network request failed.'} Check your connection and try again.</Text>
        ) : (
          gqlErrors.map((e, i) => (
            <Text size="sm" key={i}>
              {e.message}
              {typeof e.extensions?.code === 'string' ? (
                <Text span size="xs" c="dimmed" ml={6}>
                  ({e.extensions.code})
                </Text>
              ) : null}
            </Text>
          ))
        )}
        {onRetry ? (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
