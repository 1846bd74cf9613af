import { Controller, Get, Header, NotFoundException, Param, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { csvLine } from '../audit';
import { Roles } from '../common/auth/decorators';
import { NewsReaderService, type TrailEvent } from './news-reader.service';
import { NewsItemNotFoundError } from './publications.errors';

const COLUMNS = ['occurredAt', 'action', 'actorUserId', 'actorName', 'actingOrganisationId', 'changes', 'requestId'] as const;

/** The audit trail of one news item, oldest first, as CSV (UTF-8 with BOM) or JSON: for the joint office. */
@Controller('news')
export class NewsTrailController {
  constructor(private readonly reader: NewsReaderService) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Get(':id/trail.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="meldung-verlauf.csv"')
  @Header('cache-control', 'no-store')
  async csv(@Param('id') id: string, @Req() request: FastifyRequest): Promise<string> {
    const lines = (await this.events(id, request)).map((event) =>
      csvLine([
        event.occurredAt.toISOString(),
        event.action,
        event.actorUserId,
        event.actorName,
        event.actingOrganisationId,
        JSON.stringify(event.changes),
        event.requestId,
      ]),
    );
    return '\uFEFF' + csvLine([...COLUMNS]) + lines.join('');
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Get(':id/trail.json')
  @Header('content-type', 'application/json; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="meldung-verlauf.json"')
  @Header('cache-control', 'no-store')
  async json(@Param('id') id: string, @Req() request: FastifyRequest): Promise<{ newsItemId: string; events: TrailEvent[] }> {
    return { newsItemId: id, events: await this.events(id, request) };
  }

  private events(id: string, request: FastifyRequest): Promise<TrailEvent[]> {
    return this.reader.trail(request.auth!.user, id).catch((error: unknown) => {
      if (error instanceof NewsItemNotFoundError) throw new NotFoundException();
      throw error;
    });
  }
}
