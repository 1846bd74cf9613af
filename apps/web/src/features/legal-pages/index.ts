/** Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit: the routes and the footer's links. */
export { legalPagesRoutes } from './routes';
export { LegalLinks } from './components/LegalLinks';
