import { Navigate, Route } from 'react-router';
import { lazyNamed } from '../../lib/lazy-named';
import { RequireSignIn } from '../../components/RequireSignIn';
import { SuspenseOutlet } from '../../components/SuspenseOutlet';
import { BOARD_PATH } from '../../lib/site-paths';

// The skills board ("Börse") is loaded when opened; SuspenseOutlet holds its Suspense boundary.
const BoardPage = lazyNamed(() => import('./pages/BoardPage'), 'BoardPage');
const NeedDetailPage = lazyNamed(() => import('./pages/NeedDetailPage'), 'NeedDetailPage');
const OfferDetailPage = lazyNamed(() => import('./pages/OfferDetailPage'), 'OfferDetailPage');
const NewNeedPage = lazyNamed(() => import('./pages/NeedFormPage'), 'NewNeedPage');
const EditNeedPage = lazyNamed(() => import('./pages/NeedFormPage'), 'EditNeedPage');
const NewOfferPage = lazyNamed(() => import('./pages/OfferFormPage'), 'NewOfferPage');
const EditOfferPage = lazyNamed(() => import('./pages/OfferFormPage'), 'EditOfferPage');
const MyEntriesPage = lazyNamed(() => import('./pages/MyEntriesPage'), 'MyEntriesPage');
const ContactRequestsPage = lazyNamed(() => import('./pages/ContactRequestsPage'), 'ContactRequestsPage');

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
