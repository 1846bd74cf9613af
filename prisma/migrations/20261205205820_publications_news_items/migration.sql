-- CreateEnum
CREATE TYPE "NewsItemStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "NewsApproverRole" AS ENUM ('COORDINATOR', 'OFFICE_HOLDER');

-- CreateTable
CREATE TABLE "NewsItem" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "officeId" UUID,
    "authorId" UUID NOT NULL,
    "topicFieldKey" "TopicFieldKey",
    "projectId" UUID,
    "meetingId" UUID,
    "language" "Locale" NOT NULL,
    "status" "NewsItemStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "teaser" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "promoted" BOOLEAN NOT NULL DEFAULT false,
    "promotionCents" INTEGER,
    "budgetLine" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvedAs" "NewsApproverRole",
    "publishedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawalReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsMedia" (
    "id" UUID NOT NULL,
    "newsItemId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "publicFunds" BOOLEAN NOT NULL,
    "producedBy" TEXT,

    CONSTRAINT "NewsMedia_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsItemVersion" (
    "id" UUID NOT NULL,
    "newsItemId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "teaser" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reason" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsItemVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NewsItem_status_publishedAt_idx" ON "NewsItem"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "NewsItem_organisationId_idx" ON "NewsItem"("organisationId");

-- CreateIndex
CREATE INDEX "NewsItem_officeId_idx" ON "NewsItem"("officeId");

-- CreateIndex
CREATE INDEX "NewsItem_authorId_idx" ON "NewsItem"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "NewsMedia_newsItemId_position_key" ON "NewsMedia"("newsItemId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "NewsItemVersion_newsItemId_version_key" ON "NewsItemVersion"("newsItemId", "version");

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_topicFieldKey_fkey" FOREIGN KEY ("topicFieldKey") REFERENCES "TopicField"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsMedia" ADD CONSTRAINT "NewsMedia_newsItemId_fkey" FOREIGN KEY ("newsItemId") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItemVersion" ADD CONSTRAINT "NewsItemVersion_newsItemId_fkey" FOREIGN KEY ("newsItemId") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItemVersion" ADD CONSTRAINT "NewsItemVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: promotion is all or nothing; an approved item says by whom and as what.
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_promotion_check" CHECK (
  (promoted AND "promotionCents" IS NOT NULL AND "promotionCents" >= 0 AND "budgetLine" IS NOT NULL)
  OR (NOT promoted AND "promotionCents" IS NULL AND "budgetLine" IS NULL)
);
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_approval_check" CHECK (
  status NOT IN ('PUBLISHED', 'WITHDRAWN') OR ("approvedAs" IS NOT NULL AND "publishedAt" IS NOT NULL)
);
