/** "Meine Organisationen": its routes and the hook the board uses to post for one of my organisations. */
export { myOrganisationsRoutes } from './routes';
export { useMyOrganisations } from './hooks/use-my-organisations';
