/** The advisors' area of the digital workbench (/werkbank/beratung): only its routes. */
export { advisorRoutes } from './routes';
