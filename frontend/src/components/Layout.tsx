import { AppShell, Container, Group, Text, UnstyledButton } from '@mantine/core';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

/** The navigation lists only pages that exist. */
const nav = [{ to: '/incidents', label: 'Incidents', match: (p: string) => p === '/' || p.startsWith('/incidents') }];

export function Layout() {
  const { pathname } = useLocation();
  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppShell.Header className="app-header">
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xl" wrap="nowrap" h="100%">
              <UnstyledButton component={Link} to="/" className="brand" aria-label="Debrief home">
                <span className="brand-mark" aria-hidden="true">
                  D
                </span>
                <Text component="span" fw={700} size="lg" c="white">
                  Debrief
                </Text>
              </UnstyledButton>
              <nav aria-label="Main" className="main-nav">
                {nav.map((item) => (
                  <NavLink
                    key={item.to}
                    to={item.to}
                    className="main-nav-link"
                    aria-current={item.match(pathname) ? 'page' : undefined}
                    data-active={item.match(pathname) || undefined}
                  >
                    {item.label}
                  </NavLink>
                ))}
              </nav>
            </Group>
            <Text size="sm" c="indigo.1" visibleFrom="sm">
              Learning from incidents
            </Text>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="main" className="app-main" tabIndex={-1}>
        <Container size="xl" py="lg">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
