import { lazy } from 'react';
import { Route } from 'react-router';
import { CoordinationLayout } from './pages/CoordinationLayout';
import { COORDINATION_PATHS } from './paths';

// The joint office's pages are for a few people only: loaded when opened (the layout, with the
// access check and a Suspense boundary, is part of the main bundle).
const VerificationPage = lazy(() => import('./pages/VerificationPage').then((m) => ({ default: m.VerificationPage })));
const PeoplePage = lazy(() => import('./pages/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const OfficesPage = lazy(() => import('./pages/OfficesPage').then((m) => ({ default: m.OfficesPage })));
const AuditLogPage = lazy(() => import('./pages/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));

/** `/geschaeftsstelle` and its three sub-pages. */
export const coordinationRoutes = (
  <Route path={COORDINATION_PATHS.verification} element={<CoordinationLayout />}>
    <Route index element={<VerificationPage />} />
    <Route path={COORDINATION_PATHS.people} element={<PeoplePage />} />
    <Route path={COORDINATION_PATHS.offices} element={<OfficesPage />} />
    <Route path={COORDINATION_PATHS.log} element={<AuditLogPage />} />
  </Route>
);
