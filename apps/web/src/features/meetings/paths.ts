import { MEETINGS_PATH } from '../../lib/site-paths';

/** The page of one meeting. */
export const meetingPath = (id: string) => `${MEETINGS_PATH}/${id}`;

/** The meeting's calendar file (served by the API, same origin; read with the session cookie). */
export const meetingCalendarPath = (id: string) => `/meetings/${id}/calendar.ics`;
