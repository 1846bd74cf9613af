import { Controller, Get, Header, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/decorators';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { canSeeLink } from './meeting-access';
import { meetingFile } from './meeting-calendar';
import { MeetingNotFoundError } from './meetings.errors';
import { MeetingsService } from './meetings.service';

/**
 * One meeting as a .ics file, for whoever may see the meeting (signed in or not); the online link
 * only for those who may see it on the page. Anything else answers 404, like an unknown id.
 */
@Controller()
export class MeetingCalendarController {
  constructor(
    private readonly meetings: MeetingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('meetings/:id/calendar.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'no-store')
  async meeting(@Param('id') id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const user = request.auth?.user ?? null;
    const viewer = await this.meetings.viewer(user);
    const meeting = await this.meetings.findVisible(id, viewer).catch((error: unknown) => {
      if (error instanceof MeetingNotFoundError) throw new NotFoundException();
      throw error;
    });
    const key = user ? `${user.id}|${meeting.id}` : null;
    const [registration] = key ? await this.meetings.activeRegistrations([key]) : [];
    const accepted = key ? (await this.meetings.acceptedInvitations([key])).has(key) : false;
    const file = meetingFile(meeting, user?.locale ?? 'de', this.config.publicUrl, canSeeLink(viewer, meeting, registration, accepted));
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.content;
  }
}
