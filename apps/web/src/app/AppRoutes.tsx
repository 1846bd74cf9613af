import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { accountRoutes } from '../features/account';
import { coordinationRoutes } from '../features/coordination';
import { coworkingRoutes } from '../features/coworking';
import { dashboardRoutes, publicFiguresRoutes } from '../features/dashboard';
import { matchmakingRoutes } from '../features/matchmaking';
import { meetingsRoutes } from '../features/meetings';
import { myOrganisationsRoutes } from '../features/my-organisations';
import { organisationsRoutes } from '../features/organisations';
import { projectsRoutes } from '../features/projects';
import { publicationsRoutes } from '../features/publications';
import { topicFieldsRoutes } from '../features/topic-fields';
import { workbenchRoutes } from '../features/workbench';
import { advisorRoutes } from '../features/workbench-advisor';
import { legalPagesRoutes } from '../features/legal-pages';
import { Layout } from './components/Layout';

/**
 * Every page of the portal: each feature brings its routes (see its `routes.tsx`); the board, the
 * workbench, the advisors' area, the dashboard and the joint office's pages load when first opened.
 */
export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        {topicFieldsRoutes}
        {organisationsRoutes}
        {accountRoutes}
        {myOrganisationsRoutes}
        {coordinationRoutes}
        {matchmakingRoutes}
        {advisorRoutes}
        {workbenchRoutes}
        {coworkingRoutes}
        {dashboardRoutes}
        {publicFiguresRoutes}
        {projectsRoutes}
        {meetingsRoutes}
        {legalPagesRoutes}
        {publicationsRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
