import { lazy } from 'react';
import { Navigate, Route } from 'react-router';
import { RequireSignIn } from '../../components/RequireSignIn';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { BOARD_PATH } from '../../lib/site-paths';

// The skills board ("Börse") is loaded when opened; SuspenseOutlet holds its Suspense boundary.
const BoardPage = lazy(() => import('./pages/BoardPage').then((m) => ({ default: m.BoardPage })));
const NeedDetailPage = lazy(() => import('./pages/NeedDetailPage').then((m) => ({ default: m.NeedDetailPage })));
const OfferDetailPage = lazy(() => import('./pages/OfferDetailPage').then((m) => ({ default: m.OfferDetailPage })));
const NewNeedPage = lazy(() => import('./pages/NeedFormPage').then((m) => ({ default: m.NewNeedPage })));
const EditNeedPage = lazy(() => import('./pages/NeedFormPage').then((m) => ({ default: m.EditNeedPage })));
const NewOfferPage = lazy(() => import('./pages/OfferFormPage').then((m) => ({ default: m.NewOfferPage })));
const EditOfferPage = lazy(() => import('./pages/OfferFormPage').then((m) => ({ default: m.EditOfferPage })));
const MyEntriesPage = lazy(() => import('./pages/MyEntriesPage').then((m) => ({ default: m.MyEntriesPage })));
const ContactRequestsPage = lazy(() => import('./pages/ContactRequestsPage').then((m) => ({ default: m.ContactRequestsPage })));

/** `/boerse/*`: needs and offers are public, forms, "Meine Einträge" and contact requests need a signed-in person. */
export const matchmakingRoutes = (
  <Route path={BOARD_PATH} element={<SuspenseOutlet />}>
    <Route index element={<BoardPage side="need" />} />
    <Route path="angebote" element={<BoardPage side="offer" />} />
    <Route path="bedarfe" element={<Navigate to={BOARD_PATH} replace />} />
    <Route path="bedarfe/:id" element={<NeedDetailPage />} />
    <Route path="angebote/:id" element={<OfferDetailPage />} />
    <Route element={<RequireSignIn />}>
      <Route path="bedarfe/neu" element={<NewNeedPage />} />
      <Route path="bedarfe/:id/bearbeiten" element={<EditNeedPage />} />
      <Route path="angebote/neu" element={<NewOfferPage />} />
      <Route path="angebote/:id/bearbeiten" element={<EditOfferPage />} />
      <Route path="meine" element={<MyEntriesPage />} />
      <Route path="kontakte" element={<ContactRequestsPage />} />
    </Route>
  </Route>
);
