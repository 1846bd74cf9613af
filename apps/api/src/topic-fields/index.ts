export { TopicField } from './models/topic-field.model';
export { Project } from './models/project.model';
export { Milestone } from './models/milestone.model';
export { TopicFieldsModule } from './topic-fields.module';
export { TopicFieldLoaders } from './topic-fields.loaders';
