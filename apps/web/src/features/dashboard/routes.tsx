import { Route } from 'react-router';
import { lazyNamed } from '../../lib/lazy-named';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { DASHBOARD_PATH, PUBLIC_FIGURES_PATH } from '../../lib/site-paths';

// The partnership dashboard (with recharts) for officials and the joint office: loaded when opened.
const DashboardRoutes = lazyNamed(() => import('./pages/DashboardRoutes'), 'DashboardRoutes');
// The public figures for everyone, with the same panels and charts: loaded when opened.
const PublicFiguresPage = lazyNamed(() => import('./pages/PublicFiguresPage'), 'PublicFiguresPage');

/** `/dashboard/*`. */
export const dashboardRoutes = (
  <Route path={`${DASHBOARD_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<DashboardRoutes />} />
  </Route>
);

/** `/zahlen`: the partnership in figures, no sign-in. */
export const publicFiguresRoutes = (
  <Route path={PUBLIC_FIGURES_PATH} element={<SuspenseOutlet />}>
    <Route index element={<PublicFiguresPage />} />
  </Route>
);
