import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/decorators';
import { RequestLocale } from '../../common/graphql/locale.decorator';
import type { Locale } from '../../common/i18n/locale';
import type { Connection } from '../../common/pagination/pagination';
import { Skill, SkillConnection } from './skill.model';
import { SkillsArgs } from './skills.args';
import { SkillsService } from './skills.service';

@Resolver(() => Skill)
export class SkillsResolver {
  constructor(private readonly service: SkillsService) {}

  @Public()
  @Query(() => SkillConnection, {
    description:
      'The skill taxonomy for the skill picker and board filters. With a search the best matches come first: exact label, exact synonym or abbreviation ("KI", "SPS"), a word starting with the search, any other match; umlauts folded. Then, and without a search, by German label.',
  })
  async skills(@Args() args: SkillsArgs, @RequestLocale() locale: Locale): Promise<Connection<Skill>> {
    const connection = await this.service.search(args.search, args.category, args);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: Skill.from(edge.node, locale) })) };
  }
}
