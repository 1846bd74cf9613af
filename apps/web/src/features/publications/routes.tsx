import { Route } from 'react-router';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { lazyNamed } from '../../lib/lazy-named';
import { NEWS_PATH, TRANSPARENCY_PATH } from '../../lib/site-paths';

// The news pages and the transparency report: loaded when opened.
const NewsRoutes = lazyNamed(() => import('./pages/NewsRoutes'), 'NewsRoutes');
const TransparencyPage = lazyNamed(() => import('./pages/TransparencyPage'), 'TransparencyPage');

/** `/meldungen/*` and `/transparenz`. */
export const publicationsRoutes = (
  <>
    <Route path={`${NEWS_PATH}/*`} element={<SuspenseOutlet />}>
      <Route path="*" element={<NewsRoutes />} />
    </Route>
    <Route path={TRANSPARENCY_PATH} element={<SuspenseOutlet />}>
      <Route index element={<TransparencyPage />} />
    </Route>
  </>
);
