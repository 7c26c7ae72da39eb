import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { IncidentListPage } from './pages/IncidentListPage';
import { IncidentPage } from './pages/IncidentPage';
import { NotFoundPage } from './pages/NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<IncidentListPage />} />
        <Route path="incidents" element={<IncidentListPage />} />
        <Route path="incidents/:id" element={<IncidentPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
