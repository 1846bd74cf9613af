import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/pagination';
import { Organisation } from './organisation.model';

@ObjectType()
export class OrganisationConnection extends ConnectionType(Organisation, 'Organisation') {}
