import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { EDIT_MEETING_SEGMENT, NEW_MEETING_SEGMENT } from '../paths';
import { EditMeetingPage, NewMeetingPage } from './MeetingEditorPages';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { MyInvitationsPage } from './MyInvitationsPage';

/** `/veranstaltungen/*` (paths relative to it): the calendar and the meeting pages are public; registering, "Meine Einladungen" and organising need a session. */
export function MeetingsRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingsPage />} />
      <Route element={<RequireSignIn />}>
        <Route path="einladungen" element={<MyInvitationsPage />} />
        <Route path={NEW_MEETING_SEGMENT} element={<NewMeetingPage />} />
        <Route path={`:id/${EDIT_MEETING_SEGMENT}`} element={<EditMeetingPage />} />
      </Route>
      <Route path=":id" element={<MeetingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
