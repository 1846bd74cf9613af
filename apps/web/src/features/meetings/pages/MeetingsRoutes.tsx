import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';

/** `/veranstaltungen/*` (paths relative to it): the calendar and the meeting pages are public; registering needs a session. */
export function MeetingsRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingsPage />} />
      <Route path=":id" element={<MeetingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
