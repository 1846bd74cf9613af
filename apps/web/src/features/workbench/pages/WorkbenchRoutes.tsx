import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';

/** `/werkbank/*`: the companies' side of the digital workbench. */
export function WorkbenchRoutes() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
