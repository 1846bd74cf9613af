/*
  Warnings:

  - A unique constraint covering the columns `[code]` on the table `Municipality` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "SkillCategory" AS ENUM ('SOFTWARE', 'DATA_AI', 'IT_SECURITY', 'AUTOMATION', 'LOGISTICS', 'METALWORKING', 'AUTOMOTIVE', 'ELECTRICAL', 'BUSINESS', 'OTHER');

-- CreateEnum
CREATE TYPE "SkillLevel" AS ENUM ('BASIC', 'INTERMEDIATE', 'EXPERT');

-- CreateEnum
CREATE TYPE "SkillWeight" AS ENUM ('REQUIRED', 'NICE_TO_HAVE');

-- CreateEnum
CREATE TYPE "NeedKind" AS ENUM ('EMPLOYMENT', 'APPRENTICESHIP', 'PROJECT', 'CONSULTING');

-- CreateEnum
CREATE TYPE "RemoteMode" AS ENUM ('ONSITE', 'HYBRID', 'REMOTE');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('DRAFT', 'OPEN', 'FILLED', 'CLOSED');

-- CreateEnum
CREATE TYPE "OfferKind" AS ENUM ('TRAINING', 'ADVISORY', 'IT_COMPETENCE', 'TALENT');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ContactSide" AS ENUM ('NEED', 'OFFER');

-- CreateEnum
CREATE TYPE "ContactRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "code" SERIAL NOT NULL;

-- CreateTable
CREATE TABLE "Skill" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "labelDe" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "synonyms" TEXT[],
    "category" "SkillCategory" NOT NULL,
    "escoUri" TEXT,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillNeed" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "createdById" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "kind" "NeedKind" NOT NULL,
    "municipalityId" UUID NOT NULL,
    "remoteMode" "RemoteMode" NOT NULL,
    "startDate" DATE,
    "topicFieldKey" "TopicFieldKey" NOT NULL,
    "status" "NeedStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "expiryNoticeAt" TIMESTAMPTZ(3),
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SkillNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedSkill" (
    "needId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "weight" "SkillWeight" NOT NULL,
    "level" "SkillLevel" NOT NULL,
    "open" BOOLEAN NOT NULL DEFAULT false,
    "organisationId" UUID NOT NULL,
    "weightTotal" INTEGER NOT NULL,

    CONSTRAINT "NeedSkill_pkey" PRIMARY KEY ("needId","skillId")
);

-- CreateTable
CREATE TABLE "SkillOffer" (
    "id" UUID NOT NULL,
    "kind" "OfferKind" NOT NULL,
    "organisationId" UUID,
    "ownerId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "municipalityId" UUID NOT NULL,
    "radiusKm" INTEGER NOT NULL,
    "availableFrom" DATE NOT NULL,
    "remoteWilling" BOOLEAN NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SkillOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferSkill" (
    "offerId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "level" "SkillLevel" NOT NULL,
    "open" BOOLEAN NOT NULL DEFAULT false,
    "organisationId" UUID,

    CONSTRAINT "OfferSkill_pkey" PRIMARY KEY ("offerId","skillId")
);

-- CreateTable
CREATE TABLE "ContactRequest" (
    "id" UUID NOT NULL,
    "needId" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "fromSide" "ContactSide" NOT NULL,
    "requestedById" UUID,
    "requestingOrganisationId" UUID,
    "message" TEXT NOT NULL,
    "status" "ContactRequestStatus" NOT NULL DEFAULT 'PENDING',
    "answeredById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "ContactRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Skill_slug_key" ON "Skill"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Skill_escoUri_key" ON "Skill"("escoUri");

-- CreateIndex
CREATE INDEX "Skill_category_idx" ON "Skill"("category");

-- CreateIndex
CREATE INDEX "SkillNeed_status_publishedAt_id_idx" ON "SkillNeed"("status", "publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "SkillNeed_organisationId_status_idx" ON "SkillNeed"("organisationId", "status");

-- CreateIndex
CREATE INDEX "SkillNeed_status_expiresAt_idx" ON "SkillNeed"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "NeedSkill_skillId_idx" ON "NeedSkill"("skillId");

-- CreateIndex
CREATE INDEX "SkillOffer_status_publishedAt_id_idx" ON "SkillOffer"("status", "publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "SkillOffer_organisationId_status_idx" ON "SkillOffer"("organisationId", "status");

-- CreateIndex
CREATE INDEX "SkillOffer_ownerId_status_idx" ON "SkillOffer"("ownerId", "status");

-- CreateIndex
CREATE INDEX "OfferSkill_skillId_idx" ON "OfferSkill"("skillId");

-- CreateIndex
CREATE INDEX "ContactRequest_needId_offerId_idx" ON "ContactRequest"("needId", "offerId");

-- CreateIndex
CREATE INDEX "ContactRequest_requestingOrganisationId_createdAt_idx" ON "ContactRequest"("requestingOrganisationId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactRequest_requestedById_createdAt_idx" ON "ContactRequest"("requestedById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- AddForeignKey
ALTER TABLE "SkillNeed" ADD CONSTRAINT "SkillNeed_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillNeed" ADD CONSTRAINT "SkillNeed_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillNeed" ADD CONSTRAINT "SkillNeed_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillNeed" ADD CONSTRAINT "SkillNeed_topicFieldKey_fkey" FOREIGN KEY ("topicFieldKey") REFERENCES "TopicField"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedSkill" ADD CONSTRAINT "NeedSkill_needId_fkey" FOREIGN KEY ("needId") REFERENCES "SkillNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedSkill" ADD CONSTRAINT "NeedSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillOffer" ADD CONSTRAINT "SkillOffer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillOffer" ADD CONSTRAINT "SkillOffer_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillOffer" ADD CONSTRAINT "SkillOffer_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSkill" ADD CONSTRAINT "OfferSkill_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "SkillOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSkill" ADD CONSTRAINT "OfferSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_needId_fkey" FOREIGN KEY ("needId") REFERENCES "SkillNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "SkillOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: matching reads only these covering partial indexes (index-only scans over the open rows,
-- one range per skill, sorted by the candidate's id for a streaming merge).
CREATE INDEX "OfferSkill_match_idx" ON "OfferSkill" ("skillId", "offerId") INCLUDE ("level", "organisationId") WHERE "open";
CREATE INDEX "NeedSkill_match_idx" ON "NeedSkill" ("skillId", "needId") INCLUDE ("level", "weight", "organisationId", "weightTotal") WHERE "open";

-- Hand-written: rules the database keeps, whatever the code does.
ALTER TABLE "SkillNeed" ADD CONSTRAINT "SkillNeed_headcount_check" CHECK ("headcount" BETWEEN 1 AND 1000);
ALTER TABLE "SkillNeed" ADD CONSTRAINT "SkillNeed_published_check" CHECK ("status" = 'DRAFT' OR "publishedAt" IS NOT NULL);
ALTER TABLE "SkillOffer" ADD CONSTRAINT "SkillOffer_radius_check" CHECK ("radiusKm" BETWEEN 0 AND 500);
ALTER TABLE "SkillOffer" ADD CONSTRAINT "SkillOffer_published_check" CHECK ("status" = 'DRAFT' OR "publishedAt" IS NOT NULL);
ALTER TABLE "SkillOffer" ADD CONSTRAINT "SkillOffer_owner_check" CHECK (
  ("kind" = 'TALENT' AND "organisationId" IS NULL AND "ownerId" IS NOT NULL) OR ("kind" <> 'TALENT' AND "organisationId" IS NOT NULL)
);
ALTER TABLE "NeedSkill" ADD CONSTRAINT "NeedSkill_weightTotal_check" CHECK ("weightTotal" > 0);
-- At most one live (pending or accepted) contact request per need and offer.
CREATE UNIQUE INDEX "ContactRequest_one_live_per_pair" ON "ContactRequest" ("needId", "offerId") WHERE "status" IN ('PENDING', 'ACCEPTED');

-- Great-circle distance in km (haversine, mean earth radius 6371.0088 km); packages/domain has the same formula.
CREATE FUNCTION great_circle_km(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 2 * 6371.0088 * asin(least(1.0, sqrt(
    power(sin(radians(lat2 - lat1) / 2), 2) + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)
  )))
$$;
