import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireSignIn } from './auth/RequireSignIn';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { signedOutPath } from './lib/auth';
import { ActionsPage } from './pages/ActionsPage';
import { AdminLayout } from './pages/admin/AdminLayout';
import { TaxonomyPage } from './pages/admin/TaxonomyPage';
import { WebhooksPage } from './pages/admin/WebhooksPage';
import { FollowThroughPage } from './pages/FollowThroughPage';
import { ImportPage } from './pages/ImportPage';
import { InboxPage } from './pages/InboxPage';
import { IncidentListPage } from './pages/IncidentListPage';
import { IncidentPage } from './pages/IncidentPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SearchPage } from './pages/SearchPage';
import { ServicePage } from './pages/ServicePage';
import { SignedOutPage } from './pages/SignedOutPage';

// The insights page brings the charting library: loaded when first opened.
const InsightsPage = lazy(() => import('./pages/InsightsPage').then((m) => ({ default: m.InsightsPage })));
// Pages most people open rarely (reports, the directory, admin pages) are
// loaded when first opened too, so the first load stays small.
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import('./pages/ReportPage').then((m) => ({ default: m.ReportPage })));
const ReportVersionPage = lazy(() => import('./pages/ReportPage').then((m) => ({ default: m.ReportVersionPage })));
const DirectoryPage = lazy(() => import('./pages/DirectoryPage').then((m) => ({ default: m.DirectoryPage })));
const ReportTemplatesPage = lazy(() => import('./pages/admin/ReportTemplatesPage').then((m) => ({ default: m.ReportTemplatesPage })));
const WorkflowsPage = lazy(() => import('./pages/admin/WorkflowsPage').then((m) => ({ default: m.WorkflowsPage })));
const CommsPage = lazy(() => import('./pages/admin/CommsPage').then((m) => ({ default: m.CommsPage })));
const TagsPage = lazy(() => import('./pages/admin/TagsPage').then((m) => ({ default: m.TagsPage })));
const PeoplePage = lazy(() => import('./pages/admin/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const OrgPage = lazy(() => import('./pages/admin/OrgPage').then((m) => ({ default: m.OrgPage })));
const TokensPage = lazy(() => import('./pages/TokensPage').then((m) => ({ default: m.TokensPage })));

/** later shows a lazily loaded page, with a loading notice until it arrives. */
function later(page: ReactNode, what: string) {
  return <Suspense fallback={<Loading what={what} />}>{page}</Suspense>;
}

export function App() {
  return (
    <Routes>
      <Route path={signedOutPath} element={<SignedOutPage />} />
      <Route
        element={
          <RequireSignIn>
            <Layout />
          </RequireSignIn>
        }
      >
        <Route index element={<IncidentListPage />} />
        <Route path="incidents" element={<IncidentListPage />} />
        <Route path="incidents/:id" element={<IncidentPage />} />
        <Route path="actions" element={<ActionsPage />} />
        <Route path="follow-through" element={<FollowThroughPage />} />
        <Route path="reports" element={later(<ReportsPage />, 'reports')} />
        <Route path="reports/:id" element={later(<ReportPage />, 'the report')} />
        <Route path="reports/:id/versions/:number" element={later(<ReportVersionPage />, 'the report')} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="insights" element={later(<InsightsPage />, 'insights')} />
        <Route path="search" element={<SearchPage />} />
        <Route path="services/:id" element={<ServicePage />} />
        <Route path="directory" element={later(<DirectoryPage />, 'the directory')} />
        <Route path="import" element={<ImportPage />} />
        <Route path="tokens" element={later(<TokensPage />, 'your API tokens')} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<Navigate to="taxonomy" replace />} />
          <Route path="taxonomy" element={<TaxonomyPage />} />
          <Route path="tags" element={later(<TagsPage />, 'the tags')} />
          <Route path="people" element={later(<PeoplePage />, 'people')} />
          <Route path="org" element={later(<OrgPage />, 'services, teams and vendors')} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="report-templates" element={later(<ReportTemplatesPage />, 'report templates')} />
          <Route path="workflows" element={later(<WorkflowsPage />, 'workflows')} />
          <Route path="comms" element={later(<CommsPage />, 'communication')} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
