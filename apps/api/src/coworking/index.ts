export { CoworkingModule } from './coworking.module';
