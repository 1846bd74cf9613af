export { Municipality } from './models/municipality.model';
export { Region } from './models/region.model';
export { RegionsModule } from './regions.module';
export { RegionLoaders } from './regions.loaders';
