import { Center, Loader, Stack, Text } from '@mantine/core';

export function Loading({ what }: { what: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" />
        <Text c="dimmed" size="sm">
          Loading {what}…
        </Text>
      </Stack>
    </Center>
  );
}
