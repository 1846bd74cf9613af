/** The directory of organisations: its routes, the directory query and an organisation's profile query. */
export { organisationsRoutes } from './routes';
export { organisationQuery } from './hooks/use-organisation';
export { useOrganisations } from './hooks/use-organisations';
