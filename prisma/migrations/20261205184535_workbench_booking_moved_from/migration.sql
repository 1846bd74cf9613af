-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "movedFromSlotId" UUID,
ADD COLUMN     "previousStartsAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Booking_movedFromSlotId_idx" ON "Booking"("movedFromSlotId");
