import { MY_BOOKINGS_PATH, WORKBENCH_PATH } from '../../lib/site-paths';
/** Routes of the digital workbench ("Digitale Werkbank"). */

export const formatPath = (id: string) => `${WORKBENCH_PATH}/formate/${id}`;
export const bookingPath = (id: string) => `${MY_BOOKINGS_PATH}/${id}`;
