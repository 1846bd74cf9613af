import { Route } from 'react-router';
import { lazyNamed } from '../../lib/lazy-named';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { WORKBENCH_PATH } from '../../lib/site-paths';

// The companies' side of the digital workbench, with its own nested routes: loaded when opened.
const WorkbenchRoutes = lazyNamed(() => import('./pages/WorkbenchRoutes'), 'WorkbenchRoutes');

/** `/werkbank/*` (the advisors' area below it is the feature workbench-advisor). */
export const workbenchRoutes = (
  <Route path={`${WORKBENCH_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<WorkbenchRoutes />} />
  </Route>
);
