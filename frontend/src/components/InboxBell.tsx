import { Indicator, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useUnreadCount } from '../inbox/unread';

/** InboxBell: the header's way to the inbox, with the number of unread notifications. */
export function InboxBell() {
  const unread = useUnreadCount() ?? 0;
  const name = unread ? `Inbox, ${unread} unread` : 'Inbox, nothing unread';
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={!unread} offset={4} data-testid="inbox-bell" data-unread={unread}>
      <UnstyledButton component={Link} to="/inbox" aria-label={name} title={name} className="inbox-bell" c="white" p={6} style={{ display: 'flex', borderRadius: 6 }}>
        <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </UnstyledButton>
    </Indicator>
  );
}
