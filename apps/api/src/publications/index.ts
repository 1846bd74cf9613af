export { PublicationsModule } from './publications.module';
