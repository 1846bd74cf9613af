export { OfficesModule } from './offices.module';
