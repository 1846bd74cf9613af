/** Routes of the partnership dashboard (OFFICIAL, COORDINATOR and ADMIN only). */
export const DASHBOARD_PATH = '/dashboard';
export const DASHBOARD_PRINT_PATH = '/dashboard/druck';
