-- CreateEnum
CREATE TYPE "Side" AS ENUM ('DORTMUND', 'SUEDWESTFALEN');

-- CreateEnum
CREATE TYPE "RegionKey" AS ENUM ('DORTMUND', 'HOCHSAUERLANDKREIS', 'MAERKISCHER_KREIS', 'OLPE', 'SIEGEN_WITTGENSTEIN', 'SOEST', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('CITY', 'ECONOMIC_DEVELOPMENT', 'CHAMBER', 'DISTRICT_GOVERNMENT', 'REGIONAL_AGENCY', 'COMPANY', 'RESEARCH', 'ADVISORY', 'EDUCATION');

-- CreateEnum
CREATE TYPE "SizeBand" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE');

-- CreateEnum
CREATE TYPE "TopicFieldKey" AS ENUM ('NETWORKING', 'SKILLED_WORKERS', 'IT_COMPETENCE', 'RECOVERY', 'INFRASTRUCTURE');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PLANNED', 'ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('LEAD', 'PARTNER');

-- CreateTable
CREATE TABLE "Region" (
    "key" "RegionKey" NOT NULL,
    "name" TEXT NOT NULL,
    "side" "Side",
    "seat" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "population" INTEGER,
    "populationYear" INTEGER,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "regionKey" "RegionKey" NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "isDistrictSeat" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "isMember" BOOLEAN NOT NULL DEFAULT false,
    "isFictional" BOOLEAN NOT NULL DEFAULT false,
    "municipalityId" UUID NOT NULL,
    "industry" TEXT,
    "sizeBand" "SizeBand",
    "website" TEXT,
    "description" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "sortName" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicField" (
    "key" "TopicFieldKey" NOT NULL,
    "position" INTEGER NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionDe" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "goalDe" TEXT NOT NULL,
    "goalEn" TEXT NOT NULL,

    CONSTRAINT "TopicField_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "topicFieldKey" "TopicFieldKey" NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionDe" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'PLANNED',
    "startsOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectParticipant" (
    "projectId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "ProjectParticipant_pkey" PRIMARY KEY ("projectId","organisationId")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "doneAt" TIMESTAMPTZ(3),

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Municipality_regionKey_idx" ON "Municipality"("regionKey");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_name_regionKey_key" ON "Municipality"("name", "regionKey");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_sortName_id_idx" ON "Organisation"("sortName", "id");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_municipalityId_idx" ON "Organisation"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "TopicField_position_key" ON "TopicField"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE INDEX "Project_topicFieldKey_idx" ON "Project"("topicFieldKey");

-- CreateIndex
CREATE INDEX "ProjectParticipant_organisationId_idx" ON "ProjectParticipant"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_projectId_position_key" ON "Milestone"("projectId", "position");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionKey_fkey" FOREIGN KEY ("regionKey") REFERENCES "Region"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_topicFieldKey_fkey" FOREIGN KEY ("topicFieldKey") REFERENCES "TopicField"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParticipant" ADD CONSTRAINT "ProjectParticipant_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectParticipant" ADD CONSTRAINT "ProjectParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a project has at most one lead organisation.
CREATE UNIQUE INDEX "ProjectParticipant_one_lead_per_project" ON "ProjectParticipant" ("projectId") WHERE "role" = 'LEAD';

-- Hand-written: coordinates stay in range.
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_coordinates_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180);
