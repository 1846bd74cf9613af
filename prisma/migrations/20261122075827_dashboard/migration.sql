-- CreateEnum
CREATE TYPE "RegionStatisticKind" AS ENUM ('COMMUTERS', 'EMPLOYEES');

-- CreateTable
CREATE TABLE "RegionStatistic" (
    "id" UUID NOT NULL,
    "kind" "RegionStatisticKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "fromRegionKey" "RegionKey",
    "toRegionKey" "RegionKey" NOT NULL,
    "value" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionStatistic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashboardRefresh" (
    "name" TEXT NOT NULL,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "DashboardRefresh_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "RegionStatistic_kind_year_idx" ON "RegionStatistic"("kind", "year");

-- ---------------------------------------------------------------------------------------------
-- Written by hand: one row per kind, year and region pair (EMPLOYEES rows have no fromRegion).
-- ---------------------------------------------------------------------------------------------
CREATE UNIQUE INDEX "RegionStatistic_kind_year_regions_key"
  ON "RegionStatistic"("kind", "year", "fromRegionKey", "toRegionKey") NULLS NOT DISTINCT;
ALTER TABLE "RegionStatistic" ADD CONSTRAINT "RegionStatistic_value_check" CHECK ("value" >= 0);
ALTER TABLE "RegionStatistic" ADD CONSTRAINT "RegionStatistic_year_check" CHECK ("year" BETWEEN 1950 AND 2100);
ALTER TABLE "RegionStatistic" ADD CONSTRAINT "RegionStatistic_regions_check"
  CHECK (("kind" = 'COMMUTERS') = ("fromRegionKey" IS NOT NULL));

-- ---------------------------------------------------------------------------------------------
-- Dashboard aggregates: materialized views refreshed CONCURRENTLY by DashboardRefreshService
-- (every 30 s by default). Days are calendar days in Europe/Berlin. Each view has a unique index
-- over its dimensions, which REFRESH ... CONCURRENTLY needs; readers are never blocked.
-- ---------------------------------------------------------------------------------------------

-- Organisations by region, kind and day of registration, with the members among them.
-- (Counts are columns rather than a status dimension: fewer rows to sum per request.)
CREATE MATERIALIZED VIEW "DashboardOrganisationFacts" AS
SELECT m."regionKey", o."kind", (o."createdAt" AT TIME ZONE 'Europe/Berlin')::date AS "day",
       count(*)::int AS "n", count(*) FILTER (WHERE o."isMember")::int AS "members"
FROM "Organisation" o JOIN "Municipality" m ON m."id" = o."municipalityId"
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardOrganisationFacts_key" ON "DashboardOrganisationFacts"("day", "regionKey", "kind");

-- Published needs (never drafts, nor drafts discarded unpublished) by the need's region, topic field and
-- day published; by status today.
CREATE MATERIALIZED VIEW "DashboardNeedFacts" AS
SELECT m."regionKey", n."topicFieldKey",
       (n."publishedAt" AT TIME ZONE 'Europe/Berlin')::date AS "day",
       count(*)::int AS "published",
       count(*) FILTER (WHERE n."status" = 'OPEN')::int AS "open",
       count(*) FILTER (WHERE n."status" = 'FILLED')::int AS "filled"
FROM "SkillNeed" n JOIN "Municipality" m ON m."id" = n."municipalityId"
WHERE n."publishedAt" IS NOT NULL
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardNeedFacts_key" ON "DashboardNeedFacts"("day", "regionKey", "topicFieldKey");

-- The same needs by skill category: a need counts once per category it asks for.
CREATE MATERIALIZED VIEW "DashboardNeedCategoryFacts" AS
SELECT x."regionKey", x."category", x."day",
       count(*)::int AS "published",
       count(*) FILTER (WHERE x."status" = 'OPEN')::int AS "open",
       count(*) FILTER (WHERE x."status" = 'FILLED')::int AS "filled"
FROM (
  -- Each need once per category (a hash of pairs; cheaper than count(DISTINCT) per group).
  SELECT DISTINCT n."id", m."regionKey", s."category", n."status",
         (n."publishedAt" AT TIME ZONE 'Europe/Berlin')::date AS "day"
  FROM "SkillNeed" n
  JOIN "Municipality" m ON m."id" = n."municipalityId"
  JOIN "NeedSkill" ns ON ns."needId" = n."id"
  JOIN "Skill" s ON s."id" = ns."skillId"
  WHERE n."publishedAt" IS NOT NULL
) x
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardNeedCategoryFacts_key" ON "DashboardNeedCategoryFacts"("day", "regionKey", "category");

-- Today's demand (open needs asking for a skill) and supply (open offers with it), by region.
CREATE MATERIALIZED VIEW "DashboardSkillGap" AS
WITH demand AS (
  SELECT ns."skillId", m."regionKey", count(*)::int AS "n"
  FROM "NeedSkill" ns
  JOIN "SkillNeed" n ON n."id" = ns."needId"
  JOIN "Municipality" m ON m."id" = n."municipalityId"
  WHERE ns."open"
  GROUP BY 1, 2
), supply AS (
  SELECT os."skillId", m."regionKey", count(*)::int AS "n"
  FROM "OfferSkill" os
  JOIN "SkillOffer" o ON o."id" = os."offerId"
  JOIN "Municipality" m ON m."id" = o."municipalityId"
  WHERE os."open"
  GROUP BY 1, 2
)
SELECT coalesce(d."skillId", s."skillId") AS "skillId", coalesce(d."regionKey", s."regionKey") AS "regionKey",
       coalesce(d."n", 0) AS "demand", coalesce(s."n", 0) AS "supply"
FROM demand d FULL JOIN supply s ON s."skillId" = d."skillId" AND s."regionKey" = d."regionKey";
CREATE UNIQUE INDEX "DashboardSkillGap_key" ON "DashboardSkillGap"("regionKey", "skillId");

-- Contact requests (matches someone acted on) by day sent and the need's and the offer's region;
-- how many of them are accepted today.
CREATE MATERIALIZED VIEW "DashboardContactFacts" AS
SELECT nm."regionKey" AS "needRegionKey", om."regionKey" AS "offerRegionKey",
       (c."createdAt" AT TIME ZONE 'Europe/Berlin')::date AS "day",
       count(*)::int AS "requests", count(*) FILTER (WHERE c."status" = 'ACCEPTED')::int AS "accepted"
FROM "ContactRequest" c
JOIN "SkillNeed" n ON n."id" = c."needId"
JOIN "Municipality" nm ON nm."id" = n."municipalityId"
JOIN "SkillOffer" o ON o."id" = c."offerId"
JOIN "Municipality" om ON om."id" = o."municipalityId"
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardContactFacts_key" ON "DashboardContactFacts"("day", "needRegionKey", "offerRegionKey");

-- Workbench bookings by the day of the consultation, topic field, advisor's organisation and the
-- booking company's region, with the bookings of each status as columns.
CREATE MATERIALIZED VIEW "DashboardBookingFacts" AS
SELECT f."topicFieldKey", f."organisationId", m."regionKey",
       (s."startsAt" AT TIME ZONE 'Europe/Berlin')::date AS "day",
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
CREATE UNIQUE INDEX "DashboardBookingFacts_key" ON "DashboardBookingFacts"("day", "topicFieldKey", "organisationId", "regionKey");

-- Scheduled consultations (slots) by day, topic field and advisor's organisation with its region:
-- seats offered and taken, for the utilisation.
CREATE MATERIALIZED VIEW "DashboardSlotFacts" AS
SELECT f."topicFieldKey", f."organisationId", m."regionKey",
       (s."startsAt" AT TIME ZONE 'Europe/Berlin')::date AS "day",
       count(*)::int AS "slots", sum(s."capacity")::int AS "capacity", sum(s."seatsTaken")::int AS "seatsTaken"
FROM "Slot" s
JOIN "ConsultationFormat" f ON f."id" = s."formatId"
JOIN "Organisation" ao ON ao."id" = f."organisationId"
JOIN "Municipality" m ON m."id" = ao."municipalityId"
WHERE s."status" = 'SCHEDULED'
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX "DashboardSlotFacts_key" ON "DashboardSlotFacts"("day", "topicFieldKey", "organisationId", "regionKey");

-- Projects with the regions of their participants, and their milestones by due day.
CREATE MATERIALIZED VIEW "DashboardProjectFacts" AS
SELECT p."id" AS "projectId", p."topicFieldKey", p."status",
       coalesce(array_agg(DISTINCT m."regionKey") FILTER (WHERE m."regionKey" IS NOT NULL), '{}') AS "regionKeys"
FROM "Project" p
LEFT JOIN "ProjectParticipant" pp ON pp."projectId" = p."id"
LEFT JOIN "Organisation" o ON o."id" = pp."organisationId"
LEFT JOIN "Municipality" m ON m."id" = o."municipalityId"
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardProjectFacts_key" ON "DashboardProjectFacts"("projectId");

CREATE MATERIALIZED VIEW "DashboardMilestoneFacts" AS
SELECT ms."id" AS "milestoneId", ms."projectId", p."topicFieldKey", ms."dueOn",
       (ms."doneAt" AT TIME ZONE 'Europe/Berlin')::date AS "doneOn"
FROM "Milestone" ms JOIN "Project" p ON p."id" = ms."projectId";
CREATE UNIQUE INDEX "DashboardMilestoneFacts_key" ON "DashboardMilestoneFacts"("milestoneId");

-- ---------------------------------------------------------------------------------------------
-- Month roll-ups of the day views: a month, quarter or year reads whole months from these, and a
-- custom period adds its edge days from the day views. Refreshed after their day views.
-- ---------------------------------------------------------------------------------------------
CREATE MATERIALIZED VIEW "DashboardNeedFactsByMonth" AS
SELECT date_trunc('month', "day")::date AS "month", "regionKey", "topicFieldKey",
       sum("published")::int AS "published", sum("open")::int AS "open", sum("filled")::int AS "filled"
FROM "DashboardNeedFacts" GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardNeedFactsByMonth_key" ON "DashboardNeedFactsByMonth"("month", "regionKey", "topicFieldKey");

CREATE MATERIALIZED VIEW "DashboardNeedCategoryFactsByMonth" AS
SELECT date_trunc('month', "day")::date AS "month", "regionKey", "category",
       sum("published")::int AS "published", sum("open")::int AS "open", sum("filled")::int AS "filled"
FROM "DashboardNeedCategoryFacts" GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardNeedCategoryFactsByMonth_key" ON "DashboardNeedCategoryFactsByMonth"("month", "regionKey", "category");

CREATE MATERIALIZED VIEW "DashboardContactFactsByMonth" AS
SELECT date_trunc('month', "day")::date AS "month", "needRegionKey", "offerRegionKey",
       sum("requests")::int AS "requests", sum("accepted")::int AS "accepted"
FROM "DashboardContactFacts" GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardContactFactsByMonth_key" ON "DashboardContactFactsByMonth"("month", "needRegionKey", "offerRegionKey");

CREATE MATERIALIZED VIEW "DashboardBookingFactsByMonth" AS
SELECT date_trunc('month', "day")::date AS "month", "topicFieldKey", "organisationId", "regionKey",
       sum("confirmed")::int AS "confirmed", sum("attended")::int AS "attended",
       sum("noShows")::int AS "noShows", sum("cancelled")::int AS "cancelled"
FROM "DashboardBookingFacts" GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX "DashboardBookingFactsByMonth_key" ON "DashboardBookingFactsByMonth"("month", "topicFieldKey", "organisationId", "regionKey");

CREATE MATERIALIZED VIEW "DashboardSlotFactsByMonth" AS
SELECT date_trunc('month', "day")::date AS "month", "topicFieldKey", "organisationId", "regionKey",
       sum("slots")::int AS "slots", sum("capacity")::int AS "capacity", sum("seatsTaken")::int AS "seatsTaken"
FROM "DashboardSlotFacts" GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX "DashboardSlotFactsByMonth_key" ON "DashboardSlotFactsByMonth"("month", "topicFieldKey", "organisationId", "regionKey");
