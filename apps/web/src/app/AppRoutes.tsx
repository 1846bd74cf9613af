import { Route, Routes } from 'react-router';
import { OrganisationPage } from '../features/organisations/pages/OrganisationPage';
import { OrganisationsPage } from '../features/organisations/pages/OrganisationsPage';
import { HomePage } from '../features/topic-fields/pages/HomePage';
import { TopicFieldPage } from '../features/topic-fields/pages/TopicFieldPage';
import { Layout } from './components/Layout';
import { NotFoundPage } from './pages/NotFoundPage';

export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/themenfelder/:slug" element={<TopicFieldPage />} />
        <Route path="/organisationen" element={<OrganisationsPage />} />
        <Route path="/organisationen/:id" element={<OrganisationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
