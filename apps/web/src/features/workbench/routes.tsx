import { lazy } from 'react';
import { Route } from 'react-router';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { WORKBENCH_PATH } from '../../lib/site-paths';

// The companies' side of the digital workbench, with its own nested routes: loaded when opened.
const WorkbenchRoutes = lazy(() => import('./pages/WorkbenchRoutes').then((m) => ({ default: m.WorkbenchRoutes })));

/** `/werkbank/*` (the advisors' area below it is the feature workbench-advisor). */
export const workbenchRoutes = (
  <Route path={`${WORKBENCH_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<WorkbenchRoutes />} />
  </Route>
);
