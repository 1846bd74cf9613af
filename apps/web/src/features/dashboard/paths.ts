import { DASHBOARD_PATH } from '../../lib/site-paths';
/** Routes of the partnership dashboard (OFFICIAL, COORDINATOR and ADMIN only). */

export const DASHBOARD_PRINT_PATH = `${DASHBOARD_PATH}/druck`;
