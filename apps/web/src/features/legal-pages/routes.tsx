import { Route } from 'react-router';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { lazyNamed } from '../../lib/lazy-named';
import { EDIT_SEGMENT, LEGAL_PAGES, LEGAL_PATHS } from './paths';

// The legal pages load when first opened.
const LegalPage = lazyNamed(() => import('./pages/LegalPage'), 'LegalPage');
const EditLegalPage = lazyNamed(() => import('./pages/EditLegalPage'), 'EditLegalPage');

/** `/impressum`, `/datenschutz`, `/barrierefreiheit`, each with `…/bearbeiten` for administrators. */
export const legalPagesRoutes = LEGAL_PAGES.map((page) => (
  <Route key={page} path={LEGAL_PATHS[page]} element={<SuspenseOutlet />}>
    <Route index element={<LegalPage page={page} />} />
    <Route path={EDIT_SEGMENT} element={<EditLegalPage page={page} />} />
  </Route>
));
