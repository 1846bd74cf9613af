-- ---------------------------------------------------------------------------------------------
-- Issue 18 B4: every period the dashboard serves is whole months (custom ones are widened), and the
-- answers read the stored figures (DashboardBlock), not the views. The day views were only the
-- source of their month roll-ups, and refreshing both cost twice: the roll-ups are now grouped by
-- the Berlin month straight from the base tables, with the same names, columns and unique keys.
-- ---------------------------------------------------------------------------------------------
DROP MATERIALIZED VIEW "DashboardNeedFactsByMonth";
DROP MATERIALIZED VIEW "DashboardNeedCategoryFactsByMonth";
DROP MATERIALIZED VIEW "DashboardContactFactsByMonth";
DROP MATERIALIZED VIEW "DashboardBookingFactsByMonth";
DROP MATERIALIZED VIEW "DashboardSlotFactsByMonth";
DROP MATERIALIZED VIEW "DashboardNeedFacts";
DROP MATERIALIZED VIEW "DashboardNeedCategoryFacts";
DROP MATERIALIZED VIEW "DashboardContactFacts";
DROP MATERIALIZED VIEW "DashboardBookingFacts";
DROP MATERIALIZED VIEW "DashboardSlotFacts";

-- Published needs (never drafts) by the Berlin month published, the need's region and topic field; by status today.
CREATE MATERIALIZED VIEW "DashboardNeedFactsByMonth" AS
SELECT date_trunc('month', n."publishedAt" AT TIME ZONE 'Europe/Berlin')::date AS "month", m."regionKey", n."topicFieldKey",
       count(*)::int AS "published",
       count(*) FILTER (WHERE n."status" = 'OPEN')::int AS "open",
       count(*) FILTER (WHERE n."status" = 'FILLED')::int AS "filled"
FROM "SkillNeed" n JOIN "Municipality" m ON m."id" = n."municipalityId"
WHERE n."publishedAt" IS NOT NULL
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardNeedFactsByMonth_key" ON "DashboardNeedFactsByMonth"("month", "regionKey", "topicFieldKey");


-- The same needs by skill category: a need counts once per category it asks for (its categories
-- first, a hash of pairs, then joined to the needs).
CREATE MATERIALIZED VIEW "DashboardNeedCategoryFactsByMonth" AS
SELECT date_trunc('month', n."publishedAt" AT TIME ZONE 'Europe/Berlin')::date AS "month", m."regionKey", c."category",
       count(*)::int AS "published",
       count(*) FILTER (WHERE n."status" = 'OPEN')::int AS "open",
       count(*) FILTER (WHERE n."status" = 'FILLED')::int AS "filled"
FROM (SELECT DISTINCT ns."needId", s."category" FROM "NeedSkill" ns JOIN "Skill" s ON s."id" = ns."skillId") c
JOIN "SkillNeed" n ON n."id" = c."needId"
JOIN "Municipality" m ON m."id" = n."municipalityId"
WHERE n."publishedAt" IS NOT NULL
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardNeedCategoryFactsByMonth_key" ON "DashboardNeedCategoryFactsByMonth"("month", "regionKey", "category");

-- Contact requests by the Berlin month sent and the need's and the offer's region; accepted ones today.
CREATE MATERIALIZED VIEW "DashboardContactFactsByMonth" AS
SELECT date_trunc('month', c."createdAt" AT TIME ZONE 'Europe/Berlin')::date AS "month",
       nm."regionKey" AS "needRegionKey", om."regionKey" AS "offerRegionKey",
       count(*)::int AS "requests", count(*) FILTER (WHERE c."status" = 'ACCEPTED')::int AS "accepted"
FROM "ContactRequest" c
JOIN "SkillNeed" n ON n."id" = c."needId"
JOIN "Municipality" nm ON nm."id" = n."municipalityId"
JOIN "SkillOffer" o ON o."id" = c."offerId"
JOIN "Municipality" om ON om."id" = o."municipalityId"
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardContactFactsByMonth_key" ON "DashboardContactFactsByMonth"("month", "needRegionKey", "offerRegionKey");

-- Workbench bookings by the Berlin month of the consultation, topic field, advisor's organisation
-- and the booking company's region, with the bookings of each status as columns.
CREATE MATERIALIZED VIEW "DashboardBookingFactsByMonth" AS
SELECT date_trunc('month', s."startsAt" AT TIME ZONE 'Europe/Berlin')::date AS "month", f."topicFieldKey", f."organisationId", m."regionKey",
       count(*) FILTER (WHERE b."status" = 'CONFIRMED')::int AS "confirmed",
       count(*) FILTER (WHERE b."status" = 'ATTENDED')::int AS "attended",
       count(*) FILTER (WHERE b."status" = 'NO_SHOW')::int AS "noShows",
       count(*) FILTER (WHERE b."status" = 'CANCELLED')::int AS "cancelled"
FROM "Booking" b
JOIN "Slot" s ON s."id" = b."slotId"
JOIN "ConsultationFormat" f ON f."id" = s."formatId"
JOIN "Organisation" bo ON bo."id" = b."organisationId"
JOIN "Municipality" m ON m."id" = bo."municipalityId"
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX "DashboardBookingFactsByMonth_key" ON "DashboardBookingFactsByMonth"("month", "topicFieldKey", "organisationId", "regionKey");

-- Scheduled consultations (slots) by the Berlin month, topic field and advisor's organisation with
-- its region: seats offered and taken, for the utilisation.
CREATE MATERIALIZED VIEW "DashboardSlotFactsByMonth" AS
SELECT date_trunc('month', s."startsAt" AT TIME ZONE 'Europe/Berlin')::date AS "month", f."topicFieldKey", f."organisationId", m."regionKey",
       count(*)::int AS "slots", sum(s."capacity")::int AS "capacity", sum(s."seatsTaken")::int AS "seatsTaken"
FROM "Slot" s
JOIN "ConsultationFormat" f ON f."id" = s."formatId"
JOIN "Organisation" ao ON ao."id" = f."organisationId"
JOIN "Municipality" m ON m."id" = ao."municipalityId"
WHERE s."status" = 'SCHEDULED'
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX "DashboardSlotFactsByMonth_key" ON "DashboardSlotFactsByMonth"("month", "topicFieldKey", "organisationId", "regionKey");
