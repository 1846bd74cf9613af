import { MEETINGS_PATH } from '../../lib/site-paths';

/** The page of one meeting. */
export const meetingPath = (id: string) => `${MEETINGS_PATH}/${id}`;
