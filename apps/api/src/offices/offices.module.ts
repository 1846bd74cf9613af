import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { OfficesResolver } from './offices.resolver';
import { OfficesService } from './offices.service';

@Module({ imports: [AccountsModule], providers: [OfficesService, OfficesResolver] })
export class OfficesModule {}
