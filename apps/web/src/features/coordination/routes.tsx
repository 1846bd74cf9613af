import { Route } from 'react-router';
import { lazyNamed } from '../../lib/lazy-named';
import { CoordinationLayout } from './pages/CoordinationLayout';
import { COORDINATION_PATHS } from './paths';

// The joint office's pages are for a few people only: loaded when opened (the layout, with the
// access check and a Suspense boundary, is part of the main bundle).
const VerificationPage = lazyNamed(() => import('./pages/VerificationPage'), 'VerificationPage');
const PeoplePage = lazyNamed(() => import('./pages/PeoplePage'), 'PeoplePage');
const OfficesPage = lazyNamed(() => import('./pages/OfficesPage'), 'OfficesPage');
const AuditLogPage = lazyNamed(() => import('./pages/AuditLogPage'), 'AuditLogPage');
const ProposalsPage = lazyNamed(() => import('./pages/ProposalsPage'), 'ProposalsPage');
const MailOutboxPage = lazyNamed(() => import('./pages/MailOutboxPage'), 'MailOutboxPage');

/** `/geschaeftsstelle` and its five sub-pages. */
export const coordinationRoutes = (
  <Route path={COORDINATION_PATHS.verification} element={<CoordinationLayout />}>
    <Route index element={<VerificationPage />} />
    <Route path={COORDINATION_PATHS.people} element={<PeoplePage />} />
    <Route path={COORDINATION_PATHS.offices} element={<OfficesPage />} />
    <Route path={COORDINATION_PATHS.log} element={<AuditLogPage />} />
    <Route path={COORDINATION_PATHS.proposals} element={<ProposalsPage />} />
    <Route path={COORDINATION_PATHS.mail} element={<MailOutboxPage />} />
  </Route>
);
