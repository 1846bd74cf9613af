export { Organisation } from './models/organisation.model';
export { OrganisationsModule } from './organisations.module';
export { OrganisationLoaders } from './organisations.loaders';
