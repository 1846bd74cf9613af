import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';

/** `/werkbank/beratung/*`: the advisors' area of the digital workbench. */
export function AdvisorRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
