import { Module } from '@nestjs/common';
import { JoiningService } from './joining.service';
import { MilestoneFieldsResolver } from './milestone-fields.resolver';
import { MilestonesService } from './milestones.service';
import { ProjectApplicationResolver, ProjectFieldsResolver, ProjectHistoryResolver, ProjectParticipantResolver } from './project-fields.resolver';
import { ProjectLoaders } from './projects.loaders';
import { ProjectsResolver } from './projects.resolver';
import { WorkspaceService } from './workspace.service';

/** Project workspaces: proposals, maintenance by the lead, milestones, the update log and joining (issue 19). */
@Module({
  providers: [
    WorkspaceService,
    MilestonesService,
    JoiningService,
    ProjectLoaders,
    ProjectsResolver,
    ProjectFieldsResolver,
    ProjectParticipantResolver,
    ProjectHistoryResolver,
    ProjectApplicationResolver,
    MilestoneFieldsResolver,
  ],
  exports: [MilestonesService, ProjectLoaders],
})
export class ProjectsModule {}
