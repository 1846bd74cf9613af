-- AlterTable
ALTER TABLE "MeetingInvitation" ADD COLUMN     "reminderSentAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "MeetingRegistration" ADD COLUMN     "reminderSentAt" TIMESTAMPTZ(3);
