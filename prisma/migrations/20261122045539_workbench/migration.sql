-- CreateEnum
CREATE TYPE "ConsultationMode" AS ENUM ('ONSITE', 'REMOTE');

-- CreateEnum
CREATE TYPE "FormatStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "AvailabilityExceptionKind" AS ENUM ('ABSENCE', 'EXTRA');

-- CreateEnum
CREATE TYPE "SlotStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('CONFIRMED', 'CANCELLED', 'ATTENDED', 'NO_SHOW');

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "ConsultationFormat" (
    "id" UUID NOT NULL,
    "advisorId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "topicFieldKey" "TopicFieldKey" NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "mode" "ConsultationMode" NOT NULL,
    "location" TEXT,
    "meetingLink" TEXT,
    "capacity" INTEGER NOT NULL,
    "bufferBeforeMinutes" INTEGER NOT NULL DEFAULT 0,
    "bufferAfterMinutes" INTEGER NOT NULL DEFAULT 0,
    "minimumNoticeHours" INTEGER NOT NULL DEFAULT 24,
    "bookingHorizonDays" INTEGER NOT NULL DEFAULT 60,
    "cancellationDeadlineHours" INTEGER NOT NULL DEFAULT 24,
    "status" "FormatStatus" NOT NULL DEFAULT 'ACTIVE',
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsultationFormat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityRule" (
    "id" UUID NOT NULL,
    "advisorId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AvailabilityRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityException" (
    "id" UUID NOT NULL,
    "advisorId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "AvailabilityExceptionKind" NOT NULL,
    "startMinute" INTEGER,
    "endMinute" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AvailabilityException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Slot" (
    "id" UUID NOT NULL,
    "formatId" UUID NOT NULL,
    "advisorId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedFrom" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "status" "SlotStatus" NOT NULL DEFAULT 'SCHEDULED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),
    "reminderSentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Slot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" UUID NOT NULL,
    "slotId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "bookedById" UUID,
    "agenda" TEXT NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'CONFIRMED',
    "idempotencyKey" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelledById" UUID,
    "cancellationReason" TEXT,
    "attendanceMarkedAt" TIMESTAMPTZ(3),
    "reminderSentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "ConsultationFormat_status_topicFieldKey_idx" ON "ConsultationFormat"("status", "topicFieldKey");

-- CreateIndex
CREATE INDEX "ConsultationFormat_advisorId_status_idx" ON "ConsultationFormat"("advisorId", "status");

-- CreateIndex
CREATE INDEX "ConsultationFormat_organisationId_idx" ON "ConsultationFormat"("organisationId");

-- CreateIndex
CREATE INDEX "AvailabilityRule_advisorId_idx" ON "AvailabilityRule"("advisorId");

-- CreateIndex
CREATE INDEX "AvailabilityException_advisorId_date_idx" ON "AvailabilityException"("advisorId", "date");

-- CreateIndex
CREATE INDEX "Slot_advisorId_startsAt_idx" ON "Slot"("advisorId", "startsAt");

-- CreateIndex
CREATE INDEX "Slot_formatId_startsAt_idx" ON "Slot"("formatId", "startsAt");

-- CreateIndex
CREATE INDEX "Slot_status_startsAt_idx" ON "Slot"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_slotId_idx" ON "Booking"("slotId");

-- CreateIndex
CREATE INDEX "Booking_organisationId_createdAt_idx" ON "Booking"("organisationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_bookedById_idempotencyKey_key" ON "Booking"("bookedById", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- AddForeignKey
ALTER TABLE "ConsultationFormat" ADD CONSTRAINT "ConsultationFormat_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationFormat" ADD CONSTRAINT "ConsultationFormat_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationFormat" ADD CONSTRAINT "ConsultationFormat_topicFieldKey_fkey" FOREIGN KEY ("topicFieldKey") REFERENCES "TopicField"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityRule" ADD CONSTRAINT "AvailabilityRule_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "ConsultationFormat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the booking rules the database keeps, whatever the code does.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- No two scheduled slots of one advisor overlap (meeting plus buffers), identical or not, across
-- formats: a one-to-one booking holds its own slot, a group session one slot for all its seats.
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_no_overlap" EXCLUDE USING gist (
  "advisorId" WITH =,
  tstzrange("blockedFrom", "blockedUntil", '[)') WITH &&
) WHERE ("status" = 'SCHEDULED');
-- A group session never takes more seats than it has (seats are counted under the slot's row lock).
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_seats_check" CHECK ("seatsTaken" BETWEEN 0 AND "capacity");
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_times_check" CHECK ("blockedFrom" <= "startsAt" AND "startsAt" < "endsAt" AND "endsAt" <= "blockedUntil");
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_capacity_check" CHECK ("capacity" BETWEEN 1 AND 200);

-- One live seat per organisation in a slot.
CREATE UNIQUE INDEX "Booking_one_seat_per_organisation" ON "Booking" ("slotId", "organisationId") WHERE "status" <> 'CANCELLED';
-- The reminder job's queue: confirmed bookings without a reminder yet.
CREATE INDEX "Booking_reminder_due_idx" ON "Booking" ("slotId") WHERE "status" = 'CONFIRMED' AND "reminderSentAt" IS NULL;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_cancelled_check" CHECK (("status" = 'CANCELLED') = ("cancelledAt" IS NOT NULL));

ALTER TABLE "ConsultationFormat" ADD CONSTRAINT "ConsultationFormat_numbers_check" CHECK (
  "durationMinutes" BETWEEN 15 AND 480 AND "capacity" BETWEEN 1 AND 200
  AND "bufferBeforeMinutes" BETWEEN 0 AND 240 AND "bufferAfterMinutes" BETWEEN 0 AND 240
  AND "minimumNoticeHours" BETWEEN 0 AND 720 AND "bookingHorizonDays" BETWEEN 1 AND 365
  AND "cancellationDeadlineHours" BETWEEN 0 AND 720
);
ALTER TABLE "ConsultationFormat" ADD CONSTRAINT "ConsultationFormat_mode_check" CHECK (
  ("mode" = 'ONSITE' AND "location" IS NOT NULL) OR ("mode" = 'REMOTE' AND "meetingLink" IS NOT NULL)
);
ALTER TABLE "AvailabilityRule" ADD CONSTRAINT "AvailabilityRule_times_check" CHECK (
  "weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute"
);
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_times_check" CHECK (
  ("startMinute" IS NULL AND "endMinute" IS NULL AND "kind" = 'ABSENCE')
  OR ("startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute")
);
