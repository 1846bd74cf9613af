/** News of the partnership (/meldungen): public list and item pages with provenance, the editor and the approval queue. */
export { publicationsRoutes } from './routes';
