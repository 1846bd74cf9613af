export { ProjectsModule } from './projects.module';
export { ProjectLoaders } from './projects.loaders';
/** The one way to write milestones (meetings' decisions call it, optionally inside their transaction). */
export { MilestonesService, type MilestoneChange, type MilestoneActor } from './milestones.service';
