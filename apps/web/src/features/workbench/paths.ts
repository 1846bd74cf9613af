/** Routes of the digital workbench ("Digitale Werkbank"). */
export const WORKBENCH_PATH = '/werkbank';
export const MY_BOOKINGS_PATH = '/werkbank/termine';
export const ADVISOR_PATH = '/werkbank/beratung';

export const formatPath = (id: string) => `${WORKBENCH_PATH}/formate/${id}`;
export const bookingPath = (id: string) => `${MY_BOOKINGS_PATH}/${id}`;
