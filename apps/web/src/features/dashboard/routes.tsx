import { lazy } from 'react';
import { Route } from 'react-router';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { DASHBOARD_PATH } from '../../lib/site-paths';

// The partnership dashboard (with recharts) for officials and the joint office: loaded when opened.
const DashboardRoutes = lazy(() => import('./pages/DashboardRoutes').then((m) => ({ default: m.DashboardRoutes })));

/** `/dashboard/*`. */
export const dashboardRoutes = (
  <Route path={`${DASHBOARD_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<DashboardRoutes />} />
  </Route>
);
