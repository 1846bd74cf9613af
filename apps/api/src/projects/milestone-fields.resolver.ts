import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/decorators';
import { RequestLoaders } from '../common/graphql/locale.decorator';
import type { Loaders } from '../common/loaders/loaders';
import { Organisation } from '../organisations';
import { Milestone } from '../topic-fields';

@Public()
@Resolver(() => Milestone)
export class MilestoneFieldsResolver {
  @ResolveField(() => Organisation, { nullable: true, description: "Who is responsible for reaching it (null: the project's lead)." })
  async responsibleOrganisation(@Parent() milestone: Milestone, @RequestLoaders() loaders: Loaders): Promise<Organisation | null> {
    return milestone.responsibleOrganisationId ? Organisation.from(await loaders.organisation.load(milestone.responsibleOrganisationId)) : null;
  }
}
