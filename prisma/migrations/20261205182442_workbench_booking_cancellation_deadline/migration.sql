-- The cancellation deadline is copied onto each booking when it is made, so a later edit of the
-- format does not change the rules of existing bookings. Existing bookings take their format's
-- current deadline (the rule they were shown when nobody has edited the format since).
ALTER TABLE "Booking" ADD COLUMN "cancellationDeadlineHours" INTEGER;

UPDATE "Booking" AS b
   SET "cancellationDeadlineHours" = f."cancellationDeadlineHours"
  FROM "Slot" AS s
  JOIN "ConsultationFormat" AS f ON f.id = s."formatId"
 WHERE s.id = b."slotId";

ALTER TABLE "Booking" ALTER COLUMN "cancellationDeadlineHours" SET NOT NULL;
