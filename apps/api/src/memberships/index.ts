export { MembershipsModule } from './memberships.module';
export { MyOrganisation } from './models/member.model';
