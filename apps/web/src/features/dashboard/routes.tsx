import { Route } from 'react-router';
import { lazyNamed } from '../../lib/lazy-named';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { DASHBOARD_PATH } from '../../lib/site-paths';

// The partnership dashboard (with recharts) for officials and the joint office: loaded when opened.
const DashboardRoutes = lazyNamed(() => import('./pages/DashboardRoutes'), 'DashboardRoutes');

/** `/dashboard/*`. */
export const dashboardRoutes = (
  <Route path={`${DASHBOARD_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<DashboardRoutes />} />
  </Route>
);
