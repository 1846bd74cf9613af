import { Route } from 'react-router';
import { RequireSignIn } from '../../components/RequireSignIn';
import { PROPOSE_PROJECT_PATH } from '../../lib/site-paths';
import { ProjectPage } from './pages/ProjectPage';
import { ProposeProjectPage } from './pages/ProposeProjectPage';

/** A project's workspace; proposing a project (signed in). */
export const projectsRoutes = (
  <>
    <Route path="/projekte/:slug" element={<ProjectPage />} />
    <Route element={<RequireSignIn />}>
      <Route path={PROPOSE_PROJECT_PATH} element={<ProposeProjectPage />} />
    </Route>
  </>
);
