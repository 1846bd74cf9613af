import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/decorators';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ReportPeriodArgs } from './report-period.args';
import { ATTRIBUTION, LICENCE, reportCatalog, reportCsv } from './transparency-files';
import { periodLabel, TransparencyService } from './transparency.service';

/** The transparency report's downloads (public): CSV, JSON and their DCAT-AP.de-style metadata. */
@Controller('transparency')
export class TransparencyController {
  constructor(
    private readonly transparency: TransparencyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('report.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async csv(@Query() args: ReportPeriodArgs, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const report = await this.transparency.report(args.year, args.quarter ?? null, 'de');
    reply.header('content-disposition', `attachment; filename="transparenzbericht-${periodLabel(report)}.csv"`);
    reply.header('link', `<${LICENCE.url}>; rel="license"`);
    return reportCsv(report);
  }

  @Public()
  @Get('report.json')
  @Header('content-type', 'application/json; charset=utf-8')
  async json(@Query() args: ReportPeriodArgs, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.transparency.report(args.year, args.quarter ?? null, 'de');
    reply.header('content-disposition', `attachment; filename="transparenzbericht-${periodLabel(report)}.json"`);
    return { licence: LICENCE, attribution: ATTRIBUTION, metadata: reportCatalog(report, this.config.publicUrl), ...report };
  }

  @Public()
  @Get('catalog.jsonld')
  @Header('content-type', 'application/ld+json; charset=utf-8')
  async catalog(@Query() args: ReportPeriodArgs) {
    return reportCatalog(await this.transparency.report(args.year, args.quarter ?? null, 'de'), this.config.publicUrl);
  }
}
