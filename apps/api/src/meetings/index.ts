export { MeetingsModule } from './meetings.module';
export { MeetingLoaders } from './meetings.loaders';
