import { Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';

import { DevLoginBanner } from '../components/DevLoginBanner';
import { graphql } from '../gql';
import { signInUrl } from '../lib/auth';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const serverInfoQuery = graphql(`
  query SignedOutServerInfo {
    serverInfo {
      devLogin
    }
  }
`);

/**
 * SignedOutPage confirms that signing out worked. It does not send people
 * straight back to sign in: with single sign-on that would sign them in
 * again at once, as if the button had done nothing.
 */
export function SignedOutPage() {
  useDocumentTitle('Signed out');
  const [{ data }] = useQuery({ query: serverInfoQuery });
  return (
    <div className="signed-out">
      {data?.serverInfo.devLogin ? <DevLoginBanner /> : null}
      <Container size="xs" py={64}>
        <Paper withBorder p="xl" radius="md">
          <Stack gap="md" align="flex-start">
            <Title order={1}>You are signed out</Title>
            <Text c="dimmed">Your Debrief session has ended on this browser.</Text>
            <Button component="a" href={signInUrl('/')}>
              Sign in again
            </Button>
          </Stack>
        </Paper>
      </Container>
    </div>
  );
}
