-- AlterTable
ALTER TABLE "Slot" ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;

-- Existing slots continue from the SEQUENCE their events were last written with (one per booking
-- plus each booking's own changes, one more once cancelled), so subscribed calendars keep updating.
UPDATE "Slot" AS s
   SET "sequence" = COALESCE((SELECT sum(b."sequence" + 1) FROM "Booking" AS b WHERE b."slotId" = s.id), 0)
                    + CASE WHEN s.status = 'CANCELLED' THEN 1 ELSE 0 END;
