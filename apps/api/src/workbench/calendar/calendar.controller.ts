import { Controller, Get, Header, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/decorators';
import { CalendarFeedService } from './calendar-feed.service';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const FEED_FILE = /^(.+)\.ics$/;

/**
 * Calendar files: the private feed (public route, the secret token is the key) and one booking
 * for its participants and advisor. Anything not found, not theirs or malformed answers 404 (a
 * JSON error through the HttpExceptionFilter), so nobody can tell which bookings exist.
 */
@Controller()
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get('calendar/:file')
  @Header('content-type', CALENDAR_TYPE)
  @Header('cache-control', 'no-store')
  @Header('x-robots-tag', 'noindex')
  async feed(@Param('file') file: string): Promise<string> {
    const token = FEED_FILE.exec(file)?.[1];
    const content = token ? await this.feeds.feed(token) : null;
    if (content === null) throw new NotFoundException();
    return content;
  }

  @Get('workbench/bookings/:id/calendar.ics')
  @Header('content-type', CALENDAR_TYPE)
  @Header('cache-control', 'no-store')
  async booking(@Param('id') id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const download = await this.feeds.bookingFile(request.auth!.user, id);
    if (!download) throw new NotFoundException();
    reply.header('content-disposition', `attachment; filename="${download.filename}"`);
    return download.content;
  }
}
