import { createContext, useContext } from 'react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

/** Who is signed in, and how the server lets people sign in. Both answer without a session. */
export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      role
      department
    }
    serverInfo {
      devLogin
    }
  }
`);

export type SignedInViewer = NonNullable<ViewerQuery['viewer']>;

export interface Session {
  viewer: SignedInViewer;
  /** The built-in development identity provider is on: anyone can sign in as anyone. */
  devLogin: boolean;
}

export const SessionContext = createContext<Session | null>(null);

/** useSession returns the signed-in person; only pages under RequireSignIn may call it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside RequireSignIn');
  return session;
}
