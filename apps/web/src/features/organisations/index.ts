/** The directory of organisations: its routes, the directory query, an organisation's profile query and whether demo data is loaded. */
export { organisationsRoutes } from './routes';
export { organisationQuery } from './hooks/use-organisation';
export { useOrganisations } from './hooks/use-organisations';
export { useDemoData } from './hooks/use-demo-data';
