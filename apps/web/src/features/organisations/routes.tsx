import { Route } from 'react-router';
import { ORGANISATIONS_PATH } from '../../lib/site-paths';
import { OrganisationPage } from './pages/OrganisationPage';
import { OrganisationsPage } from './pages/OrganisationsPage';

/** The directory and an organisation's page (part of the main bundle). */
export const organisationsRoutes = (
  <>
    <Route path={ORGANISATIONS_PATH} element={<OrganisationsPage />} />
    <Route path={`${ORGANISATIONS_PATH}/:id`} element={<OrganisationPage />} />
  </>
);
