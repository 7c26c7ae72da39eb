import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

/** SecretOnce shows a webhook's signing secret the one time the server sends it. */
export function SecretOnce({ name, secret, onDismiss }: { name: string; secret: string; onDismiss: () => void }) {
  return (
    <Alert color="yellow" variant="light" title={`Signing secret for “${name}”`} role="status" data-testid="webhook-secret">
      <Stack gap="xs">
        <Text size="sm">
          Copy it now into the receiver: it is shown this once and never again. Receivers check the <Code>X-Debrief-Signature</Code> header with it
          (HMAC-SHA256 of <Code>{'<t>.<body>'}</Code>).
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} aria-label="Webhook secret">
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
