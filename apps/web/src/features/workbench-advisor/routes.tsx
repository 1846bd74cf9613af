import { lazy } from 'react';
import { Route } from 'react-router';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { ADVISOR_PATH } from '../../lib/site-paths';

// The advisors' area of the digital workbench, with its own nested routes: loaded when opened.
const AdvisorRoutes = lazy(() => import('./pages/AdvisorRoutes').then((m) => ({ default: m.AdvisorRoutes })));

/** `/werkbank/beratung/*`. */
export const advisorRoutes = (
  <Route path={`${ADVISOR_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<AdvisorRoutes />} />
  </Route>
);
