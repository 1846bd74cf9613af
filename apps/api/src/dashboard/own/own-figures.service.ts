import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { PRISMA } from '../../database/database.module';
import type { AdvisorOwnFigures, AdvisorWorkloadFigures, OrganisationOwnFigures } from './own-figures.model';

interface FormatRow {
  formatId: string;
  title: string;
  bookings: number;
  upcoming: number;
  attended: number;
  noShows: number;
  capacity: number;
  seatsTaken: number;
}

const share = (part: number, basis: number) => (basis > 0 ? part / basis : null);

function workload(rows: FormatRow[]): AdvisorWorkloadFigures {
  const sum = (key: keyof Omit<FormatRow, 'formatId' | 'title'>) => rows.reduce((total, row) => total + row[key], 0);
  return {
    bookings: sum('bookings'),
    upcoming: sum('upcoming'),
    attended: sum('attended'),
    noShows: sum('noShows'),
    noShowRate: share(sum('noShows'), sum('attended') + sum('noShows')),
    utilisation: share(sum('seatsTaken'), sum('capacity')),
  };
}

/**
 * Figures companies and advisors see about themselves, on their own pages, read live from the base
 * tables (a handful of indexed counts). The partnership dashboard stays closed to them.
 */
@Injectable()
export class OwnFiguresService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** The caller must be a member of the organisation (checked by the resolver). */
  async organisation(organisationId: string, now: Date = new Date()): Promise<OrganisationOwnFigures> {
    const [row] = await this.prisma.$queryRaw<[OrganisationOwnFigures]>`
      WITH mine AS (
        SELECT c."status", c."requestingOrganisationId" = ${organisationId}::uuid AS "sent",
               (c."fromSide" = 'OFFER' AND n."organisationId" = ${organisationId}::uuid)
               OR (c."fromSide" = 'NEED' AND o."organisationId" = ${organisationId}::uuid) AS "received"
        FROM "ContactRequest" c
        JOIN "SkillNeed" n ON n."id" = c."needId"
        JOIN "SkillOffer" o ON o."id" = c."offerId"
        WHERE n."organisationId" = ${organisationId}::uuid OR o."organisationId" = ${organisationId}::uuid
           OR c."requestingOrganisationId" = ${organisationId}::uuid
      )
      SELECT
        (SELECT count(*) FROM "SkillNeed" WHERE "organisationId" = ${organisationId}::uuid AND "status" = 'OPEN')::int AS "needsOpen",
        (SELECT count(*) FROM "SkillNeed" WHERE "organisationId" = ${organisationId}::uuid AND "status" = 'FILLED')::int AS "needsFilled",
        (SELECT count(*) FROM "SkillOffer" WHERE "organisationId" = ${organisationId}::uuid AND "status" = 'OPEN')::int AS "offersOpen",
        (SELECT count(*) FROM mine WHERE "sent")::int AS "contactRequestsSent",
        (SELECT count(*) FROM mine WHERE "received")::int AS "contactRequestsReceived",
        (SELECT count(*) FROM mine WHERE "status" = 'ACCEPTED')::int AS "contactsAccepted",
        (SELECT count(*) FROM "Booking" b JOIN "Slot" s ON s."id" = b."slotId"
          WHERE b."organisationId" = ${organisationId}::uuid AND b."status" = 'CONFIRMED' AND s."startsAt" > ${now})::int AS "bookingsUpcoming",
        (SELECT count(*) FROM "Booking" WHERE "organisationId" = ${organisationId}::uuid AND "status" = 'ATTENDED')::int AS "bookingsAttended",
        (SELECT count(*) FROM "Booking" WHERE "organisationId" = ${organisationId}::uuid AND "status" = 'NO_SHOW')::int AS "bookingsMissed"`;
    return row;
  }

  async advisor(advisorId: string, now: Date = new Date()): Promise<AdvisorOwnFigures> {
    const rows = await this.prisma.$queryRaw<FormatRow[]>`
      SELECT f."id" AS "formatId", f."title",
        coalesce(b."bookings", 0)::int AS "bookings", coalesce(b."upcoming", 0)::int AS "upcoming",
        coalesce(b."attended", 0)::int AS "attended", coalesce(b."noShows", 0)::int AS "noShows",
        coalesce(s."capacity", 0)::int AS "capacity", coalesce(s."seatsTaken", 0)::int AS "seatsTaken"
      FROM "ConsultationFormat" f
      LEFT JOIN (
        SELECT s."formatId",
          count(*) FILTER (WHERE b."status" <> 'CANCELLED') AS "bookings",
          count(*) FILTER (WHERE b."status" = 'CONFIRMED' AND s."startsAt" > ${now}) AS "upcoming",
          count(*) FILTER (WHERE b."status" = 'ATTENDED') AS "attended",
          count(*) FILTER (WHERE b."status" = 'NO_SHOW') AS "noShows"
        FROM "Slot" s JOIN "Booking" b ON b."slotId" = s."id"
        WHERE s."advisorId" = ${advisorId}::uuid GROUP BY 1
      ) b ON b."formatId" = f."id"
      LEFT JOIN (
        SELECT "formatId", sum("capacity") AS "capacity", sum("seatsTaken") AS "seatsTaken"
        FROM "Slot" WHERE "advisorId" = ${advisorId}::uuid AND "status" = 'SCHEDULED' GROUP BY 1
      ) s ON s."formatId" = f."id"
      WHERE f."advisorId" = ${advisorId}::uuid
      ORDER BY f."title", f."id"`;
    return {
      ...workload(rows),
      byFormat: rows.map((row) => ({ formatId: row.formatId, title: row.title, ...workload([row]) })),
    };
  }
}
