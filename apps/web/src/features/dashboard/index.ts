/** The partnership dashboard (/dashboard): only its routes; its pages and recharts are loaded when first opened. */
export { dashboardRoutes } from './routes';
