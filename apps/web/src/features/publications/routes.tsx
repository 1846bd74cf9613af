import { Route } from 'react-router';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { lazyNamed } from '../../lib/lazy-named';
import { NEWS_PATH } from '../../lib/site-paths';

// The news pages: loaded when opened.
const NewsRoutes = lazyNamed(() => import('./pages/NewsRoutes'), 'NewsRoutes');

/** `/meldungen/*`. */
export const publicationsRoutes = (
  <Route path={`${NEWS_PATH}/*`} element={<SuspenseOutlet />}>
    <Route path="*" element={<NewsRoutes />} />
  </Route>
);
