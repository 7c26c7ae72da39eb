import { Alert, Group, Table, Text } from '@mantine/core';

import { plural } from '../lib/format';
import type { ImportResult } from './upload';

/** ImportResultView: what the import created and skipped, and where each problem is. */
export function ImportResultView({ result }: { result: ImportResult }) {
  return (
    <Alert
      color={result.errors.length ? 'orange' : 'green'}
      variant="light"
      title="Import finished"
      role="status"
      data-testid="import-result"
    >
      <Group gap="lg">
        <Text size="sm">
          <strong>{result.created}</strong> created
        </Text>
        <Text size="sm">
          <strong>{result.skipped}</strong> skipped (already imported)
        </Text>
        <Text size="sm">
          <strong>{result.errors.length}</strong> {result.errors.length === 1 ? 'error' : 'errors'}
        </Text>
      </Group>
      {result.errors.length ? (
        <>
          <Text size="sm" mt="xs">
            A file with errors was not imported at all; fix {result.errors.length === 1 ? 'it' : 'them'} and upload again.
          </Text>
          <Table mt="xs" verticalSpacing={2} aria-label={`${plural(result.errors.length, 'import error')}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Where</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{e.file}</Table.Td>
                  <Table.Td>{e.position || '—'}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Alert>
  );
}
