-- Written by hand (issue 19): the dashboard counts approved projects only (a proposal waiting for
-- the joint office, or rejected by it, is no project of the partnership yet). Same columns and
-- keys as in the migration `dashboard`; the milestone view depends on nothing, so both are rebuilt.
DROP MATERIALIZED VIEW "DashboardMilestoneFacts";
DROP MATERIALIZED VIEW "DashboardProjectFacts";

CREATE MATERIALIZED VIEW "DashboardProjectFacts" AS
SELECT p."id" AS "projectId", p."topicFieldKey", p."status",
       coalesce(array_agg(DISTINCT m."regionKey") FILTER (WHERE m."regionKey" IS NOT NULL), '{}') AS "regionKeys"
FROM "Project" p
LEFT JOIN "ProjectParticipant" pp ON pp."projectId" = p."id"
LEFT JOIN "Organisation" o ON o."id" = pp."organisationId"
LEFT JOIN "Municipality" m ON m."id" = o."municipalityId"
WHERE p."approval" = 'APPROVED'
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "DashboardProjectFacts_key" ON "DashboardProjectFacts"("projectId");

CREATE MATERIALIZED VIEW "DashboardMilestoneFacts" AS
SELECT ms."id" AS "milestoneId", ms."projectId", p."topicFieldKey", ms."dueOn",
       (ms."doneAt" AT TIME ZONE 'Europe/Berlin')::date AS "doneOn"
FROM "Milestone" ms JOIN "Project" p ON p."id" = ms."projectId"
WHERE p."approval" = 'APPROVED';
CREATE UNIQUE INDEX "DashboardMilestoneFacts_key" ON "DashboardMilestoneFacts"("milestoneId");

-- Who takes part in approved projects, from which region, and whether across the partnership:
-- a participant on the other side (Dortmund / Südwestfalen) than the project's lead.
CREATE MATERIALIZED VIEW "DashboardParticipationFacts" AS
SELECT pp."projectId", pp."organisationId", m."regionKey",
       (r."side" IS NOT NULL AND lr."side" IS NOT NULL AND r."side" <> lr."side") AS "crossSide"
FROM "ProjectParticipant" pp
JOIN "Project" p ON p."id" = pp."projectId" AND p."approval" = 'APPROVED'
JOIN "Organisation" o ON o."id" = pp."organisationId"
JOIN "Municipality" m ON m."id" = o."municipalityId"
JOIN "Region" r ON r."key" = m."regionKey"
LEFT JOIN "ProjectParticipant" lp ON lp."projectId" = pp."projectId" AND lp."role" = 'LEAD'
LEFT JOIN "Organisation" lo ON lo."id" = lp."organisationId"
LEFT JOIN "Municipality" lm ON lm."id" = lo."municipalityId"
LEFT JOIN "Region" lr ON lr."key" = lm."regionKey";
CREATE UNIQUE INDEX "DashboardParticipationFacts_key" ON "DashboardParticipationFacts"("projectId", "organisationId");
