export { PublicationsModule } from './publications.module';
export { seedDemoNews } from './demo-news';
