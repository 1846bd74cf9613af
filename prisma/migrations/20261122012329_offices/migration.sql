-- CreateTable
CREATE TABLE "Office" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "role" "PlatformRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeTerm" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OfficeTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Office_organisationId_titleDe_key" ON "Office"("organisationId", "titleDe");

-- CreateIndex
CREATE INDEX "OfficeTerm_officeId_idx" ON "OfficeTerm"("officeId");

-- CreateIndex
CREATE INDEX "OfficeTerm_userId_idx" ON "OfficeTerm"("userId");

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeTerm" ADD CONSTRAINT "OfficeTerm_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeTerm" ADD CONSTRAINT "OfficeTerm_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: an office has at most one holder at a time; a term ends after it starts.
CREATE UNIQUE INDEX "OfficeTerm_one_holder_per_office" ON "OfficeTerm" ("officeId") WHERE "endedAt" IS NULL;
ALTER TABLE "OfficeTerm" ADD CONSTRAINT "OfficeTerm_order_check" CHECK ("endedAt" IS NULL OR "endedAt" >= "startedAt");
