import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { ApprovalQueuePage } from './ApprovalQueuePage';
import { MyNewsPage } from './MyNewsPage';
import { NewsItemPage } from './NewsItemPage';
import { NewsListPage } from './NewsListPage';

/** `/meldungen/*` (relative): list and item pages are public; the editor and the approval queue need a session. */
export function NewsRoutes() {
  return (
    <Routes>
      <Route index element={<NewsListPage />} />
      <Route element={<RequireSignIn />}>
        <Route path="meine" element={<MyNewsPage />} />
        <Route path="freigabe" element={<ApprovalQueuePage />} />
      </Route>
      <Route path=":id" element={<NewsItemPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
