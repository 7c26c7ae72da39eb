import { lazy, Suspense } from 'react';
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
        <Route path="inbox" element={<InboxPage />} />
        <Route
          path="insights"
          element={
            <Suspense fallback={<Loading what="insights" />}>
              <InsightsPage />
            </Suspense>
          }
        />
        <Route path="search" element={<SearchPage />} />
        <Route path="services/:id" element={<ServicePage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<Navigate to="taxonomy" replace />} />
          <Route path="taxonomy" element={<TaxonomyPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
