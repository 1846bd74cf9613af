-- Meetings held, their participants and decisions by month (issue 18 B1/B4): the meetings panel's
-- figures and disclosure control are stored per refresh like the other view panels', so that a
-- quarter and its months cannot be subtracted to give a hidden count away. "Held" (ended) and a
-- decision's milestone status (overdue) are as of the refresh (now() when the view is refreshed).
-- kind 'held': key ''; 'participants': the region of the registration's organisation ('' if none);
-- 'decisions': where the decision led (NONE, DONE, OPEN, OVERDUE).
CREATE MATERIALIZED VIEW "DashboardMeetingFactsByMonth" AS
WITH held AS (
  SELECT m."id", date_trunc('month', m."startsAt" AT TIME ZONE 'Europe/Berlin')::date AS "month"
  FROM "Meeting" m
  WHERE m."status" = 'SCHEDULED' AND m."endsAt" <= now()
)
SELECT h."month", 'held' AS "kind", '' AS "key", count(*)::int AS "n"
FROM held h GROUP BY 1
UNION ALL
SELECT h."month", 'participants', coalesce(mu."regionKey"::text, ''), count(*)::int
FROM "MeetingRegistration" r
JOIN held h ON h."id" = r."meetingId"
JOIN "Organisation" o ON o."id" = r."organisationId"
LEFT JOIN "Municipality" mu ON mu."id" = o."municipalityId"
WHERE r."status" = 'REGISTERED'
GROUP BY 1, 3
UNION ALL
SELECT date_trunc('month', d."decidedAt" AT TIME ZONE 'Europe/Berlin')::date, 'decisions',
       CASE WHEN ms."id" IS NULL THEN 'NONE'
            WHEN ms."doneAt" IS NOT NULL THEN 'DONE'
            WHEN ms."dueOn" < (now() AT TIME ZONE 'Europe/Berlin')::date THEN 'OVERDUE'
            ELSE 'OPEN' END,
       count(*)::int
FROM "MeetingDecision" d
JOIN "Meeting" m ON m."id" = d."meetingId"
LEFT JOIN "Milestone" ms ON ms."id" = d."milestoneId"
WHERE m."status" = 'SCHEDULED'
GROUP BY 1, 3;
CREATE UNIQUE INDEX "DashboardMeetingFactsByMonth_key" ON "DashboardMeetingFactsByMonth"("month", "kind", "key");
