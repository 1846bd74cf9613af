import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { BookingPage } from './BookingPage';
import { FormatPage } from './FormatPage';
import { MyBookingsPage } from './MyBookingsPage';
import { WorkbenchPage } from './WorkbenchPage';

/**
 * `/werkbank/*`: the companies' side of the digital workbench (paths relative to /werkbank; see
 * ../paths.ts). Formats and free slots are public; "Meine Termine" needs a signed-in person.
 */
export function WorkbenchRoutes() {
  return (
    <Routes>
      <Route index element={<WorkbenchPage />} />
      <Route path="formate/:id" element={<FormatPage />} />
      <Route element={<RequireSignIn />}>
        <Route path="termine" element={<MyBookingsPage />} />
        <Route path="termine/:id" element={<BookingPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
