import { useEffect, useState, type ReactNode } from 'react';
import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';

import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { currentPath, signInSucceeded, signInUrl, startSignIn } from '../lib/auth';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { SessionContext, viewerQuery } from './viewer';

/**
 * RequireSignIn draws its children only for a signed-in person. Anyone
 * else goes to sign in (a full page load, since the identity provider is
 * another site) and comes back to the same address.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const [{ data, error }, reexecute] = useQuery({ query: viewerQuery, requestPolicy: 'cache-first' });
  const viewer = data?.viewer ?? null;
  const signedOut = data !== undefined && viewer === null;
  const [loop, setLoop] = useState(false);

  useEffect(() => {
    if (viewer) signInSucceeded();
    else if (signedOut && startSignIn() === 'loop') setLoop(true);
  }, [viewer, signedOut]);

  if (viewer) {
    return (
      <SessionContext.Provider value={{ viewer, devLogin: data?.serverInfo.devLogin ?? false }}>
        {children}
      </SessionContext.Provider>
    );
  }
  if (loop) return <SignInDidNotFinish />;
  if (error && !data) {
    return (
      <Container size="sm" py="xl">
        <ErrorNotice error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Container>
    );
  }
  return <Loading what={signedOut ? 'the sign-in page' : 'Debrief'} />;
}

function SignInDidNotFinish() {
  useDocumentTitle('Sign-in did not finish');
  return (
    <Container size="sm" py="xl">
      <Stack gap="sm" align="flex-start">
        <Title order={1}>Sign-in did not finish</Title>
        <Text>
          You came back from signing in, but Debrief still does not know who you are. If this happens again, your
          browser may be refusing Debrief&apos;s cookie.
        </Text>
        <Button component="a" href={signInUrl(currentPath())}>
          Sign in
        </Button>
      </Stack>
    </Container>
  );
}
