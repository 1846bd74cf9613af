export { MeetingsModule } from './meetings.module';
export { MeetingLoaders } from './meetings.loaders';
export { seedDemoMeetings } from './demo-meetings';
export { MeetingMails } from './meeting-mails';
export { MeetingFeedContribution } from './meeting-feed';
