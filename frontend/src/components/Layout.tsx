import { useState } from 'react';
import { Alert, AppShell, Button, Container, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

import { useSession } from '../auth/viewer';
import { signOut, signedOutPath } from '../lib/auth';
import { label, roleLabel } from '../lib/format';
import { canAnalyse } from '../lib/roles';
import { DevLoginBanner, devLoginBannerHeight } from './DevLoginBanner';
import { InboxBell } from './InboxBell';
import { SearchBox } from './SearchBox';
import { WhoToCall } from '../directory/WhoToCall';

/** The navigation lists only pages that exist, and the admin pages only to admins. */
const nav = [
  { to: '/incidents', label: 'Incidents', match: (p: string) => p === '/' || p.startsWith('/incidents') },
  { to: '/actions', label: 'Actions', match: (p: string) => p.startsWith('/actions') },
  { to: '/follow-through', label: 'Follow-through', match: (p: string) => p.startsWith('/follow-through') },
  { to: '/insights', label: 'Insights', match: (p: string) => p.startsWith('/insights') },
  { to: '/reports', label: 'Reports', match: (p: string) => p.startsWith('/reports') },
  { to: '/directory', label: 'Directory', match: (p: string) => p.startsWith('/directory') },
  { to: '/import', label: 'Import', match: (p: string) => p.startsWith('/import'), analystOnly: true },
  { to: '/admin', label: 'Admin', match: (p: string) => p.startsWith('/admin'), adminOnly: true },
];

const headerRowHeight = 60;

export function Layout() {
  const { pathname } = useLocation();
  const { viewer, devLogin } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);

  const onSignOut = async () => {
    setSigningOut(true);
    setSignOutError(null);
    try {
      await signOut();
      // A full page load, so nothing read while signed in stays in memory.
      window.location.assign(signedOutPath);
    } catch (err) {
      setSigningOut(false);
      setSignOutError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <AppShell
      header={{
        height: devLogin
          ? { base: headerRowHeight + devLoginBannerHeight.base, sm: headerRowHeight + devLoginBannerHeight.sm }
          : headerRowHeight,
      }}
      padding={0}
    >
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppShell.Header className="app-header">
        {devLogin ? <DevLoginBanner /> : null}
        <Container size="xl" h={headerRowHeight}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="md" wrap="nowrap" h="100%" miw={0} style={{ flex: '1 1 auto' }}>
              <UnstyledButton component={Link} to="/" className="brand" aria-label="Debrief home">
                <span className="brand-mark" aria-hidden="true">
                  D
                </span>
                <Text component="span" fw={700} size="lg" c="white" visibleFrom="sm">
                  Debrief
                </Text>
              </UnstyledButton>
              {/* On a narrow screen the links scroll sideways, so the inbox and sign-out stay in view. */}
              <nav aria-label="Main" className="main-nav" style={{ minWidth: 0, overflowX: 'auto', scrollbarWidth: 'none' }}>
                {nav
                  .filter((item) => (!item.adminOnly || viewer.role === 'ADMIN') && (!item.analystOnly || canAnalyse(viewer.role)))
                  .map((item) => (
                    <NavLink
                      key={item.to}
                      to={item.to}
                      className="main-nav-link"
                      style={{ whiteSpace: 'nowrap' }}
                      aria-current={item.match(pathname) ? 'page' : undefined}
                      data-active={item.match(pathname) || undefined}
                    >
                      {item.label}
                    </NavLink>
                  ))}
              </nav>
            </Group>
            <Group gap="md" wrap="nowrap" miw={0} style={{ flexShrink: 0 }}>
              <WhoToCall />
              <SearchBox />
              <InboxBell />
              <Stack gap={0} align="flex-end" miw={0} maw={220} data-testid="signed-in-user" visibleFrom="sm">
                <VisuallyHidden>Signed in as</VisuallyHidden>
                <Text size="sm" fw={600} c="white" ta="right" lineClamp={1}>
                  {viewer.name}
                </Text>
                <Text size="xs" c="indigo.1">
                  {label(roleLabel, viewer.role)}
                </Text>
              </Stack>
              <Button size="xs" variant="white" color="indigo" loading={signingOut} onClick={onSignOut}>
                Sign out
              </Button>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="main" className="app-main" tabIndex={-1}>
        <Container size="xl" py="lg">
          {signOutError ? (
            <Alert
              color="red"
              variant="light"
              title="Could not sign out"
              role="alert"
              mb="md"
              withCloseButton
              onClose={() => setSignOutError(null)}
            >
              {signOutError} You are still signed in; try again.
            </Alert>
          ) : null}
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
