import { Module } from '@nestjs/common';
import { PasswordHasher } from '../accounts';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({ providers: [MembershipsService, MembershipsResolver, PasswordHasher] })
export class MembershipsModule {}
