export { ProjectsModule } from './projects.module';
export { ProjectLoaders } from './projects.loaders';
/**
 * The one way to write milestones, for other features (meetings' decisions, issue 17), optionally
 * inside their own transaction.
 * @public
 */
export { MilestonesService, type MilestoneChange, type MilestoneActor } from './milestones.service';
