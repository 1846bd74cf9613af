import { COWORKING_PATH } from '../../lib/site-paths';

/** Routes inside the co-working area. */
export const placePath = (id: string) => `${COWORKING_PATH}/orte/${encodeURIComponent(id)}`;
/** The "near me" choice lives in the URL (`?wohnort=<municipality id>`), so a view can be linked. */
export const NEAR_PARAM = 'wohnort';
