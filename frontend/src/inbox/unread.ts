import { useCallback, useEffect } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';

export const unreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    unreadNotifications
  }
`);

/** How often the header asks for the unread count while the tab is visible. */
const pollMs = 30_000;

/**
 * useUnreadCount keeps the number of unread notifications current: every
 * 30 seconds while the tab is visible, and whenever the window regains
 * focus.
 */
export function useUnreadCount(): number | undefined {
  const [result, reexecute] = useQuery({ query: unreadNotificationsQuery });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, pollMs);
    const onFocus = () => refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);
  return result.data?.unreadNotifications;
}

/** useRefreshUnread returns a function that asks for the unread count again, e.g. after marking read. */
export function useRefreshUnread(): () => void {
  const client = useClient();
  return useCallback(() => {
    void client.query(unreadNotificationsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  }, [client]);
}
