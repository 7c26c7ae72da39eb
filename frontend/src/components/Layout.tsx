import { useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  AppShell,
  Box,
  Burger,
  Button,
  Container,
  Divider,
  Drawer,
  Group,
  Menu,
  NavLink as MenuLink,
  OverflowList,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
  type BoxProps,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

import { useSession } from '../auth/viewer';
import { signOut, signedOutPath } from '../lib/auth';
import { label, roleLabel } from '../lib/format';
import { canAnalyse } from '../lib/roles';
import { DevLoginBanner, devLoginBannerHeight } from './DevLoginBanner';
import { InboxBell } from './InboxBell';
import { SearchBox } from './SearchBox';
import { WhoToCallButton, WhoToCallDialog, useWhoToCall } from '../directory/WhoToCall';

type NavItem = { to: string; label: string; match: (path: string) => boolean; adminOnly?: boolean; analystOnly?: boolean };

/**
 * The navigation lists only pages that exist, and the admin pages only to
 * admins. The order is the order of importance: when the header is too
 * narrow for every link, the last ones move into the "More" menu.
 */
const nav: NavItem[] = [
  { to: '/incidents', label: 'Incidents', match: (p) => p === '/' || p.startsWith('/incidents') },
  { to: '/actions', label: 'Actions', match: (p) => p.startsWith('/actions') },
  { to: '/follow-through', label: 'Follow-through', match: (p) => p.startsWith('/follow-through') },
  { to: '/insights', label: 'Insights', match: (p) => p.startsWith('/insights') },
  { to: '/reports', label: 'Reports', match: (p) => p.startsWith('/reports') },
  { to: '/directory', label: 'Directory', match: (p) => p.startsWith('/directory') },
  { to: '/import', label: 'Import', match: (p) => p.startsWith('/import'), analystOnly: true },
  { to: '/admin', label: 'Admin', match: (p) => p.startsWith('/admin'), adminOnly: true },
];

/** navFor is the navigation someone with role sees. */
function navFor(role: string): NavItem[] {
  return nav.filter((item) => (!item.adminOnly || role === 'ADMIN') && (!item.analystOnly || canAnalyse(role)));
}

const headerRowHeight = 60;

/**
 * MainNav is the header's row of links from the md breakpoint up (below it
 * the burger's menu takes over). The links that do not fit the width left by
 * the rest of the header go into a "More" menu, so every page stays one or
 * two clicks away at any width, whatever the person's role and name length.
 */
function MainNav({ items, pathname }: { items: NavItem[]; pathname: string }) {
  return (
    <Box component="nav" aria-label="Main" className="main-nav" visibleFrom="md">
      <OverflowList
        className="main-nav-list"
        data={items}
        gap={4}
        getItemKey={(item) => item.to}
        renderItem={(item) => (
          <NavLink
            to={item.to}
            className="main-nav-link"
            aria-current={item.match(pathname) ? 'page' : undefined}
            data-active={item.match(pathname) || undefined}
          >
            {item.label}
          </NavLink>
        )}
        renderOverflow={(rest) => (
          // A DOM element at the root: OverflowList measures the "More" button through its ref.
          <div className="main-nav-more">
            <MoreMenu items={rest} pathname={pathname} />
          </div>
        )}
      />
    </Box>
  );
}

/** MoreMenu holds the links the header had no room for. */
function MoreMenu({ items, pathname }: { items: NavItem[]; pathname: string }) {
  const current = items.some((item) => item.match(pathname));
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
        <UnstyledButton className="main-nav-link" data-active={current || undefined}>
          More
          <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
            <path d="M6 9l6 6 6-6" />
          </svg>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item key={item.to} component={Link} to={item.to} aria-current={item.match(pathname) ? 'page' : undefined} fw={item.match(pathname) ? 700 : undefined}>
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** SignedInUser names who is signed in, and their role, with a link to their own API tokens. */
function SignedInUser({
  name,
  role,
  testId,
  dark,
  onNavigate,
  ...box
}: { name: string; role: string; testId?: string; dark?: boolean; onNavigate?: () => void } & BoxProps) {
  return (
    <Stack gap={0} align={dark ? 'flex-start' : 'flex-end'} miw={0} maw={220} data-testid={testId} {...box}>
      <VisuallyHidden>Signed in as</VisuallyHidden>
      <Text size="sm" fw={600} c={dark ? undefined : 'white'} ta={dark ? 'left' : 'right'} lineClamp={1}>
        {name}
      </Text>
      <Text size="xs" c={dark ? 'dimmed' : 'indigo.1'}>
        {label(roleLabel, role)} ·{' '}
        <Anchor component={Link} to="/tokens" inherit c={dark ? undefined : 'white'} underline="always" onClick={onNavigate}>
          API tokens
        </Anchor>
      </Text>
    </Stack>
  );
}

/**
 * PhoneMenu is what the burger opens below the md breakpoint: every link,
 * the "who do I call?" dialog and signing out, none of which fit a phone's
 * header row.
 */
function PhoneMenu({
  opened,
  onClose,
  items,
  pathname,
  viewer,
  onWhoToCall,
  signingOut,
  onSignOut,
}: {
  opened: boolean;
  onClose: () => void;
  items: NavItem[];
  pathname: string;
  viewer: { name: string; role: string };
  onWhoToCall: () => void;
  signingOut: boolean;
  onSignOut: () => void;
}) {
  return (
    <Drawer opened={opened} onClose={onClose} title="Menu" size={300}>
      <Stack gap="md">
        <SignedInUser name={viewer.name} role={viewer.role} dark onNavigate={onClose} />
        <nav aria-label="Main">
          {items.map((item) => (
            <MenuLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={item.match(pathname)}
              aria-current={item.match(pathname) ? 'page' : undefined}
              onClick={onClose}
            />
          ))}
        </nav>
        <Divider />
        <Button variant="light" onClick={onWhoToCall}>
          Who do I call?
        </Button>
        <Button variant="default" loading={signingOut} onClick={onSignOut}>
          Sign out
        </Button>
      </Stack>
    </Drawer>
  );
}

export function Layout() {
  const { pathname } = useLocation();
  const { viewer, devLogin } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const [menuOpened, menu] = useDisclosure(false);
  const who = useWhoToCall();
  const items = useMemo(() => navFor(viewer.role), [viewer.role]);

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
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                hiddenFrom="md"
                size="sm"
                color="white"
                aria-label="Menu"
                aria-expanded={menuOpened}
              />
              <UnstyledButton component={Link} to="/" className="brand" aria-label="Debrief home">
                <span className="brand-mark" aria-hidden="true">
                  D
                </span>
                <Text component="span" fw={700} size="lg" c="white" visibleFrom="sm">
                  Debrief
                </Text>
              </UnstyledButton>
              <MainNav items={items} pathname={pathname} />
            </Group>
            <Group gap="md" wrap="nowrap" miw={0} style={{ flexShrink: 0 }}>
              <WhoToCallButton who={who} />
              <SearchBox />
              <InboxBell />
              <SignedInUser name={viewer.name} role={viewer.role} testId="signed-in-user" visibleFrom="md" />
              <Button size="xs" variant="white" color="indigo" loading={signingOut} onClick={onSignOut} visibleFrom="sm">
                Sign out
              </Button>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <PhoneMenu
        opened={menuOpened}
        onClose={menu.close}
        items={items}
        pathname={pathname}
        viewer={viewer}
        onWhoToCall={() => {
          menu.close();
          who.open();
        }}
        signingOut={signingOut}
        onSignOut={onSignOut}
      />
      <WhoToCallDialog who={who} />
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
