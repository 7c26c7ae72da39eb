import { Route, Routes } from 'react-router';
import { RequireSignIn } from './auth/RequireSignIn';
import { Layout } from './components/Layout';
import { signedOutPath } from './lib/auth';
import { IncidentListPage } from './pages/IncidentListPage';
import { IncidentPage } from './pages/IncidentPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignedOutPage } from './pages/SignedOutPage';

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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
