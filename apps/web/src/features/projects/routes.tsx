import { Route } from 'react-router';
import { ProjectPage } from './pages/ProjectPage';

/** A project's workspace. */
export const projectsRoutes = <Route path="/projekte/:slug" element={<ProjectPage />} />;
