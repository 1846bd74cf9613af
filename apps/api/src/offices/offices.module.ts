import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { OfficesResolver } from './offices.resolver';
import { OfficesService } from './offices.service';

@Module({ imports: [AccountsModule], providers: [OfficesService, OfficesResolver] })
export class OfficesModule {}
