import { Route } from 'react-router';
import { HomePage } from './pages/HomePage';
import { TopicFieldPage } from './pages/TopicFieldPage';

/** The home page with the five topic fields, and a topic field's page (part of the main bundle). */
export const topicFieldsRoutes = (
  <>
    <Route path="/" element={<HomePage />} />
    <Route path="/themenfelder/:slug" element={<TopicFieldPage />} />
  </>
);
