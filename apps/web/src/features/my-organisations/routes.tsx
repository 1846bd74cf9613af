import { Route } from 'react-router';
import { INVITATION_PATH, MY_ORGANISATIONS_PATH } from '../../lib/site-paths';
import { InvitationPage } from './pages/InvitationPage';
import { MyOrganisationsPage } from './pages/MyOrganisationsPage';

/** "Meine Organisationen" and the invitation link (part of the main bundle). */
export const myOrganisationsRoutes = (
  <>
    <Route path={MY_ORGANISATIONS_PATH} element={<MyOrganisationsPage />} />
    <Route path={INVITATION_PATH} element={<InvitationPage />} />
  </>
);
