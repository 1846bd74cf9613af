/** The partnership dashboard (/dashboard) and the public figures (/zahlen): only their routes; pages and recharts load when first opened. */
export { dashboardRoutes, publicFiguresRoutes } from './routes';
