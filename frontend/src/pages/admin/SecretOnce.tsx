import type { ReactNode } from 'react';
import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

/** What a secret is for: how SecretOnce names it and what it tells the reader to do with it. */
export interface SecretKind {
  /** The alert's title, given the name of what the secret belongs to. */
  title: (name: string) => string;
  /** The accessible name of the secret itself, e.g. "Webhook secret". */
  label: string;
  testId: string;
  /** Where to put the secret; SecretOnce adds that it is shown only once. */
  instructions: ReactNode;
}

/** A webhook's signing secret: what receivers verify deliveries with. */
export const webhookSecret: SecretKind = {
  title: (name) => `Signing secret for “${name}”`,
  label: 'Webhook secret',
  testId: 'webhook-secret',
  instructions: (
    <>
      Copy it now into the receiver: it is shown this once and never again. Receivers check the <Code>X-Debrief-Signature</Code> header with it
      (HMAC-SHA256 of <Code>{'<t>.<body>'}</Code>).
    </>
  ),
};

/**
 * SecretOnce shows a secret the one time the server sends it (a webhook's
 * signing secret, an API token): the server keeps only a hash, so nobody
 * can show it again.
 */
export function SecretOnce({
  name,
  secret,
  onDismiss,
  kind = webhookSecret,
}: {
  name: string;
  secret: string;
  onDismiss: () => void;
  kind?: SecretKind;
}) {
  return (
    <Alert color="yellow" variant="light" title={kind.title(name)} role="status" data-testid={kind.testId}>
      <Stack gap="xs">
        <Text size="sm">{kind.instructions}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} aria-label={kind.label}>
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" color={copied ? 'teal' : 'indigo'} onClick={copy}>
                {copied ? 'Copied' : 'Copy secret'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group>
          <Button size="xs" variant="default" onClick={onDismiss}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
