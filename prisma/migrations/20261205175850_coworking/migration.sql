-- CreateEnum
CREATE TYPE "CoworkingAmenity" AS ENUM ('WIFI', 'MEETING_ROOM', 'PHONE_BOOTH', 'KITCHEN', 'PRINTER', 'PARKING', 'BIKE_PARKING', 'EV_CHARGING', 'CHILDCARE', 'LOCKERS');

-- CreateEnum
CREATE TYPE "CoworkingAccessibility" AS ENUM ('STEP_FREE_ENTRANCE', 'ELEVATOR', 'ACCESSIBLE_TOILET', 'HEIGHT_ADJUSTABLE_DESKS', 'HEARING_LOOP', 'GUIDE_DOGS_WELCOME');

-- CreateEnum
CREATE TYPE "DeskBookingStatus" AS ENUM ('CONFIRMED', 'CANCELLED');

-- CreateTable
CREATE TABLE "CoworkingPlace" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "operatorId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "openingHours" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "amenities" "CoworkingAmenity"[],
    "accessibility" "CoworkingAccessibility"[],
    "accessibilityNote" TEXT NOT NULL DEFAULT '',
    "desks" INTEGER NOT NULL,
    "dayPriceCents" INTEGER,
    "freeForMembers" BOOLEAN NOT NULL DEFAULT false,
    "photoCredit" TEXT,
    "cancellationDeadlineHours" INTEGER NOT NULL DEFAULT 24,
    "isFictional" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CoworkingPlace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoworkingDeskDay" (
    "placeId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "capacity" INTEGER NOT NULL,
    "desksTaken" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CoworkingDeskDay_pkey" PRIMARY KEY ("placeId","date")
);

-- CreateTable
CREATE TABLE "DeskBooking" (
    "id" UUID NOT NULL,
    "placeId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "userId" UUID,
    "organisationId" UUID,
    "status" "DeskBookingStatus" NOT NULL DEFAULT 'CONFIRMED',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelledById" UUID,

    CONSTRAINT "DeskBooking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoworkingPlace_slug_key" ON "CoworkingPlace"("slug");

-- CreateIndex
CREATE INDEX "CoworkingPlace_municipalityId_idx" ON "CoworkingPlace"("municipalityId");

-- CreateIndex
CREATE INDEX "CoworkingPlace_operatorId_idx" ON "CoworkingPlace"("operatorId");

-- CreateIndex
CREATE INDEX "DeskBooking_placeId_date_idx" ON "DeskBooking"("placeId", "date");

-- CreateIndex
CREATE INDEX "DeskBooking_userId_date_idx" ON "DeskBooking"("userId", "date");

-- AddForeignKey
ALTER TABLE "CoworkingPlace" ADD CONSTRAINT "CoworkingPlace_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoworkingPlace" ADD CONSTRAINT "CoworkingPlace_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoworkingDeskDay" ADD CONSTRAINT "CoworkingDeskDay_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "CoworkingPlace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeskBooking" ADD CONSTRAINT "DeskBooking_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "CoworkingPlace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeskBooking" ADD CONSTRAINT "DeskBooking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeskBooking" ADD CONSTRAINT "DeskBooking_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeskBooking" ADD CONSTRAINT "DeskBooking_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the rules of day desks that must hold under concurrency (see docs/ARCHITECTURE.md).
-- A day never has more desks taken than it has: bookings count up with an upsert on the day's row,
-- which holds its lock until commit, and this check refuses the one too many (DESK_DAY_FULL).
ALTER TABLE "CoworkingDeskDay" ADD CONSTRAINT "CoworkingDeskDay_desks_check" CHECK ("desksTaken" BETWEEN 0 AND "capacity");
-- One confirmed desk per person and Berlin day, whichever place (DESK_DAY_ALREADY_BOOKED).
CREATE UNIQUE INDEX "DeskBooking_one_per_person_and_day" ON "DeskBooking" ("userId", "date") WHERE "status" = 'CONFIRMED';
ALTER TABLE "DeskBooking" ADD CONSTRAINT "DeskBooking_cancelled_check" CHECK (("status" = 'CANCELLED') = ("cancelledAt" IS NOT NULL));
ALTER TABLE "CoworkingPlace" ADD CONSTRAINT "CoworkingPlace_numbers_check" CHECK (
  "desks" BETWEEN 1 AND 500 AND ("dayPriceCents" IS NULL OR "dayPriceCents" BETWEEN 0 AND 50000)
  AND "cancellationDeadlineHours" BETWEEN 0 AND 168
);
