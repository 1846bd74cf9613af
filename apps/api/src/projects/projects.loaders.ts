import { Injectable } from '@nestjs/common';
import { manyByKey } from '../common/loaders/loader-helpers';
import type { LoaderSource } from '../common/loaders/loaders';
import { WorkspaceService } from './workspace.service';

@Injectable()
export class ProjectLoaders implements LoaderSource {
  constructor(private readonly workspaces: WorkspaceService) {}

  create() {
    return {
      updatesByProject: manyByKey(
        (ids: readonly string[]) => this.workspaces.updatesOf(ids),
        (u) => u.projectId,
      ),
    };
  }
}

declare module '../common/loaders/loaders' {
  interface Loaders extends ReturnType<ProjectLoaders['create']> {}
}
