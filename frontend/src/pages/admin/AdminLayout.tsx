import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from '../../auth/viewer';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

const adminPages = [
  { to: '/admin/people', label: 'People' },
  { to: '/admin/org', label: 'Services, teams and vendors' },
  { to: '/admin/taxonomy', label: 'Contributing-factor taxonomy' },
  { to: '/admin/tags', label: 'Tags' },
  { to: '/admin/webhooks', label: 'Webhooks' },
  { to: '/admin/report-templates', label: 'Report templates' },
  { to: '/admin/workflows', label: 'Workflows' },
  { to: '/admin/comms', label: 'Communications' },
];

/** AdminLayout: the admin pages, for admins only (the server refuses everyone else anyway). */
export function AdminLayout() {
  const { viewer } = useSession();
  if (viewer.role !== 'ADMIN') return <AdminsOnly />;
  return (
    <Stack gap="lg">
      <nav aria-label="Administration">
        <Group gap="lg">
          {adminPages.map((p) => (
            <NavLink key={p.to} to={p.to} style={{ textDecoration: 'none' }}>
              {({ isActive }) => (
                <Text component="span" size="sm" fw={isActive ? 700 : 500} c={isActive ? 'indigo.8' : 'dimmed'} td={isActive ? 'underline' : undefined}>
                  {p.label}
                </Text>
              )}
            </NavLink>
          ))}
        </Group>
      </nav>
      <Outlet />
    </Stack>
  );
}

function AdminsOnly() {
  useDocumentTitle('Admins only');
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>Admins only</Title>
      <Text c="dimmed">Only admins manage people's roles, the services, teams and vendors, the taxonomy, tags, report templates, workflows, communication templates and webhooks. Ask an admin if something here needs to change.</Text>
      <Anchor component={Link} to="/incidents">Back to the incidents</Anchor>
    </Stack>
  );
}
