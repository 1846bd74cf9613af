-- CreateEnum
CREATE TYPE "MeetingAttendance" AS ENUM ('PRESENT', 'ABSENT');

-- AlterTable
ALTER TABLE "MeetingRegistration" ADD COLUMN     "attendance" "MeetingAttendance",
ADD COLUMN     "attendanceAt" TIMESTAMPTZ(3);
