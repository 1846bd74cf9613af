/** The skills board (/boerse): only its routes; its pages are loaded when first opened. */
export { matchmakingRoutes } from './routes';
