import { Route } from 'react-router';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { lazyNamed } from '../../lib/lazy-named';
import { MEETINGS_PATH } from '../../lib/site-paths';

// The event calendar and meeting pages: loaded when opened.
const MeetingsRoutes = lazyNamed(() => import('./pages/MeetingsRoutes'), 'MeetingsRoutes');

/** `/veranstaltungen/*`. */
export const meetingsRoutes = (
  <Route path={`${MEETINGS_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<MeetingsRoutes />} />
  </Route>
);
