import { MEETINGS_PATH } from '../../lib/site-paths';

export { meetingPath } from '../../lib/site-paths';

/** The meeting's calendar file (served by the API, same origin; read with the session cookie). */
export const meetingCalendarPath = (id: string) => `/meetings/${id}/calendar.ics`;

/** Creating a meeting (organiser members and the joint office). */
export const NEW_MEETING_SEGMENT = 'neu';
export const newMeetingPath = () => `${MEETINGS_PATH}/${NEW_MEETING_SEGMENT}`;

/** Editing a meeting. */
export const EDIT_MEETING_SEGMENT = 'bearbeiten';
export const editMeetingPath = (id: string) => `${MEETINGS_PATH}/${id}/${EDIT_MEETING_SEGMENT}`;
