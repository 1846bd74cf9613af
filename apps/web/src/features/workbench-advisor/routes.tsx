import { Route } from 'react-router';
import { lazyNamed } from '../../lib/lazy-named';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { ADVISOR_PATH } from '../../lib/site-paths';

// The advisors' area of the digital workbench, with its own nested routes: loaded when opened.
const AdvisorRoutes = lazyNamed(() => import('./pages/AdvisorRoutes'), 'AdvisorRoutes');

/** `/werkbank/beratung/*`. */
export const advisorRoutes = (
  <Route path={`${ADVISOR_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<AdvisorRoutes />} />
  </Route>
);
