import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { DashboardAccess } from '../components/DashboardAccess';
import { DashboardPage } from './DashboardPage';
import { DashboardPrintPage } from './DashboardPrintPage';
import '../dashboard.css';

/** `/dashboard/*` (loaded when first opened): the access check, then the dashboard or its print view. */
export function DashboardRoutes() {
  return (
    <DashboardAccess>
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="druck" element={<DashboardPrintPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </DashboardAccess>
  );
}
