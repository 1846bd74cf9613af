export { TopicField } from './models/topic-field.model';
export { TopicFieldsModule } from './topic-fields.module';
export { TopicFieldLoaders } from './topic-fields.loaders';
