-- Co-working desk days by month and the place's region (issue 18 B1/B4): the co-working panel's
-- figures and disclosure control are stored per refresh like the other view panels', so that a
-- quarter and its months cannot be subtracted to give a hidden count away.
CREATE MATERIALIZED VIEW "DashboardDeskDayFactsByMonth" AS
SELECT date_trunc('month', b."date")::date AS "month", m."regionKey", count(*)::int AS "deskDays"
FROM "DeskBooking" b
JOIN "CoworkingPlace" p ON p."id" = b."placeId"
JOIN "Municipality" m ON m."id" = p."municipalityId"
WHERE b."status" = 'CONFIRMED'
GROUP BY 1, 2;
CREATE UNIQUE INDEX "DashboardDeskDayFactsByMonth_key" ON "DashboardDeskDayFactsByMonth"("month", "regionKey");
