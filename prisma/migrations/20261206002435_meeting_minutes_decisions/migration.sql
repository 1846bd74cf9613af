-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "decisionId" UUID,
ADD COLUMN     "responsibleOrganisationId" UUID;

-- CreateTable
CREATE TABLE "MeetingMinutes" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedById" UUID,
    "correctedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MeetingMinutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemMinutes" (
    "agendaItemId" UUID NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "AgendaItemMinutes_pkey" PRIMARY KEY ("agendaItemId")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "textDe" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "milestoneId" UUID,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingMinutes_meetingId_key" ON "MeetingMinutes"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingDecision_agendaItemId_idx" ON "MeetingDecision"("agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_meetingId_number_key" ON "MeetingDecision"("meetingId", "number");

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_responsibleOrganisationId_fkey" FOREIGN KEY ("responsibleOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "MeetingDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMinutes" ADD CONSTRAINT "MeetingMinutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemMinutes" ADD CONSTRAINT "AgendaItemMinutes_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;
