import { Injectable } from '@nestjs/common';
import type { MeetingRegistration, Milestone } from '@wiw/db';
import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../common/loaders/loader-helpers';
import type { LoaderSource } from '../common/loaders/loaders';
import { InvitationsService } from './invitations.service';
import type { MeetingViewer } from './meeting-access';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes/minutes.service';
import { RegistrationsService } from './registrations.service';

@Injectable()
export class MeetingLoaders implements LoaderSource {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly registrations: RegistrationsService,
    private readonly invitations: InvitationsService,
    private readonly minutes: MinutesService,
  ) {}

  create() {
    return {
      meeting: oneByKey(
        (ids: readonly string[]) => this.meetings.findByIds(ids),
        (m) => m.id,
        'Meeting',
      ),
      meetingAgenda: manyByKey(
        (ids: readonly string[]) => this.meetings.agendaOf(ids),
        (item) => item.meetingId,
      ),
      meetingCounts: new DataLoader<string, { registered: number; waitlisted: number }>(async (ids) => {
        const counts = await this.meetings.countsOf(ids);
        return ids.map((id) => counts.get(id)!);
      }),
      /** A person's memberships as meetings look at them (meeting-access.ts), by user id. */
      meetingMemberships: manyByKey(
        (userIds: readonly string[]) => this.meetings.membershipsOf(userIds),
        (row) => row.userId,
      ),
      /** The offices a person holds now, by user id. */
      meetingOffices: manyByKey(
        (userIds: readonly string[]) => this.meetings.officesOf(userIds),
        (row) => row.userId,
      ),
      /** Whether a person accepted an invitation to a meeting, by "userId|meetingId". */
      acceptedInvitationOf: new DataLoader<string, boolean>(async (keys) => {
        const accepted = await this.meetings.acceptedInvitations(keys);
        return keys.map((key) => accepted.has(key));
      }),
      /** A person's active registration for a meeting, by "userId|meetingId". */
      meetingRegistrationOf: new DataLoader<string, MeetingRegistration | null>(async (keys) => {
        const rows = await this.meetings.activeRegistrations(keys);
        return keys.map((key) => rows.find((row) => `${row.userId}|${row.meetingId}` === key) ?? null);
      }),
      meetingInvitations: manyByKey(
        (ids: readonly string[]) => this.invitations.ofMeetings(ids),
        (row) => row.meetingId,
      ),
      meetingMinutes: new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.minutes.minutesOf(ids);
        return ids.map((id) => rows.find((row) => row.meetingId === id) ?? null);
      }),
      agendaItemMinutes: manyByKey(
        (ids: readonly string[]) => this.minutes.agendaMinutesOf(ids),
        (row) => row.agendaItemId,
      ),
      meetingDecisions: manyByKey(
        (ids: readonly string[]) => this.minutes.decisionsOf(ids),
        (row) => row.meetingId,
      ),
      decisionById: oneByKey(
        (ids: readonly string[]) => this.minutes.decisionsByIds(ids),
        (row) => row.id,
        'Decision',
      ),
      milestoneById: oneByKey(
        (ids: readonly string[]) => this.minutes.milestonesByIds(ids),
        (row: Milestone) => row.id,
        'Milestone',
      ),
      /** Whether the request's viewer may see a meeting (one viewer per request: cached by meeting id). */
      meetingVisible: new DataLoader<{ meetingId: string; viewer: MeetingViewer }, boolean, string>(
        async (keys) => {
          const visible = await this.minutes.visibleIds(
            keys[0]!.viewer,
            keys.map((key) => key.meetingId),
          );
          return keys.map((key) => visible.has(key.meetingId));
        },
        { cacheKeyFn: (key) => key.meetingId },
      ),
      waitlistPosition: new DataLoader<string, number | null>(async (ids) => {
        const positions = await this.registrations.waitlistPositions(ids);
        return ids.map((id) => positions.get(id) ?? null);
      }),
    };
  }
}

declare module '../common/loaders/loaders' {
  interface Loaders extends ReturnType<MeetingLoaders['create']> {}
}
