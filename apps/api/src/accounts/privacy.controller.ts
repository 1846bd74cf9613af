import { Controller, Get, Header, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { PrivacyService } from './privacy.service';

/** The data export as a file download; the AuthGuard has refused it already without a session. */
@Controller('account')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('export.json')
  @Header('content-type', 'application/json; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="meine-daten-wirtschaftsinitiative-westfalen.json"')
  @Header('cache-control', 'no-store')
  async export(@Req() request: FastifyRequest): Promise<string> {
    return JSON.stringify(await this.privacy.export(request.auth!.user.id), null, 2);
  }
}
