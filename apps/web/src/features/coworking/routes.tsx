import { Route } from 'react-router';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { lazyNamed } from '../../lib/lazy-named';
import { COWORKING_PATH } from '../../lib/site-paths';

// The co-working area loads when first opened.
const CoworkingPage = lazyNamed(() => import('./pages/CoworkingPage'), 'CoworkingPage');
const PlacePage = lazyNamed(() => import('./pages/PlacePage'), 'PlacePage');

/** `/coworking` (directory, map, near me) and `/coworking/orte/:id` (a place and its day desks). */
export const coworkingRoutes = (
  <Route path={COWORKING_PATH} element={<SuspenseOutlet />}>
    <Route index element={<CoworkingPage />} />
    <Route path="orte/:id" element={<PlacePage />} />
  </Route>
);
