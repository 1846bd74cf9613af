-- CreateEnum
CREATE TYPE "MeetingInvitationAnswer" AS ENUM ('OPEN', 'YES', 'NO', 'DEPUTY');

-- CreateTable
CREATE TABLE "MeetingInvitation" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "officeId" UUID,
    "organisationId" UUID,
    "answer" "MeetingInvitationAnswer" NOT NULL DEFAULT 'OPEN',
    "answeredById" UUID,
    "deputyId" UUID,
    "answeredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingInvitation_officeId_idx" ON "MeetingInvitation"("officeId");

-- CreateIndex
CREATE INDEX "MeetingInvitation_organisationId_idx" ON "MeetingInvitation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvitation_meetingId_officeId_key" ON "MeetingInvitation"("meetingId", "officeId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvitation_meetingId_organisationId_key" ON "MeetingInvitation"("meetingId", "organisationId");

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: an invitation names an office or an organisation, never both, never neither.
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_office_or_organisation" CHECK (("officeId" IS NULL) <> ("organisationId" IS NULL));
