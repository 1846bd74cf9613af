/** The joint-office area (/geschaeftsstelle): only its routes. */
export { coordinationRoutes } from './routes';
