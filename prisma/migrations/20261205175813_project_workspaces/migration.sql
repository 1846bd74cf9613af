-- CreateEnum
CREATE TYPE "ProjectApproval" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ProjectApplicationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ParticipantRole" ADD VALUE 'PILOT_USER';
ALTER TYPE "ParticipantRole" ADD VALUE 'EXPERT';
ALTER TYPE "ParticipantRole" ADD VALUE 'FUNDER';

-- AlterEnum
ALTER TYPE "ProjectStatus" ADD VALUE 'PAUSED';

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "originalDueOn" DATE;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "approval" "ProjectApproval" NOT NULL DEFAULT 'APPROVED',
ADD COLUMN     "approvalReason" TEXT,
ADD COLUMN     "endsOn" DATE,
ADD COLUMN     "goal" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "openForParticipants" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "proposedById" UUID,
ADD COLUMN     "regions" "RegionKey"[] DEFAULT ARRAY[]::"RegionKey"[];

-- AlterTable
ALTER TABLE "ProjectParticipant" ADD COLUMN     "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "ProjectApplication" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "note" TEXT NOT NULL,
    "status" "ProjectApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "appliedById" UUID,
    "decidedById" UUID,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProjectApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectUpdate" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectApplication_projectId_status_idx" ON "ProjectApplication"("projectId", "status");

-- CreateIndex
CREATE INDEX "ProjectApplication_organisationId_idx" ON "ProjectApplication"("organisationId");

-- CreateIndex
CREATE INDEX "ProjectUpdate_projectId_createdAt_idx" ON "ProjectUpdate"("projectId", "createdAt");

-- AddForeignKey
ALTER TABLE "ProjectApplication" ADD CONSTRAINT "ProjectApplication_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectApplication" ADD CONSTRAINT "ProjectApplication_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: at most one pending application per organisation and project.
CREATE UNIQUE INDEX "ProjectApplication_one_pending" ON "ProjectApplication" ("projectId", "organisationId") WHERE "status" = 'PENDING';
