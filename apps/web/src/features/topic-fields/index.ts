/** The five topic fields: the home page and topic-field routes, the list of fields, the project status badge. */
export { topicFieldsRoutes } from './routes';
export { ProjectStatusBadge } from './components/ProjectStatusBadge';
export { useTopicFields } from './hooks/use-topic-fields';
export { MilestoneList } from './components/MilestoneList';
export { TopicFieldSelect } from './components/TopicFieldSelect';
