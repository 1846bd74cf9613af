/** Project workspaces: a project's page with participants, update log, history, applying and the lead's tools. */
export { projectsRoutes } from './routes';
