/** The skills board (/boerse): only its routes; its pages are loaded when first opened. */
export { matchmakingRoutes } from './routes';
/** The count of pending incoming contact requests (the header's badge). */
export { useOpenContactRequestCount } from './hooks/use-contact-requests';
