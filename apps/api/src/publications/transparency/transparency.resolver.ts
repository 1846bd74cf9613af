import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/decorators';
import { RequestLocale } from '../../common/graphql/locale.decorator';
import type { Locale } from '../../common/i18n/locale';
import { ReportPeriodArgs } from './report-period.args';
import { TransparencyReport } from './transparency.models';
import { TransparencyService } from './transparency.service';

@Resolver(() => TransparencyReport)
export class TransparencyResolver {
  constructor(private readonly transparency: TransparencyService) {}

  @Public()
  @Query(() => TransparencyReport, { description: 'The public transparency report of news items for a year or quarter (Berlin time).' })
  transparencyReport(@Args() args: ReportPeriodArgs, @RequestLocale() locale: Locale): Promise<TransparencyReport> {
    return this.transparency.report(args.year, args.quarter ?? null, locale);
  }
}
