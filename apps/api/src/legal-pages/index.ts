export { LegalPagesModule } from './legal-pages.module';
