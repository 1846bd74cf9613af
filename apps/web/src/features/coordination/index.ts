/** The joint-office area (/geschaeftsstelle): its routes, and the organisation type-ahead other features use too. */
export { coordinationRoutes } from './routes';
export { OrganisationPicker, type PickedOrganisation } from './components/OrganisationPicker';
