import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { MyInvitationsPage } from './MyInvitationsPage';

/** `/veranstaltungen/*` (paths relative to it): the calendar and the meeting pages are public; registering and "Meine Einladungen" need a session. */
export function MeetingsRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingsPage />} />
      <Route element={<RequireSignIn />}>
        <Route path="einladungen" element={<MyInvitationsPage />} />
      </Route>
      <Route path=":id" element={<MeetingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
