-- CreateEnum
CREATE TYPE "LegalPageKind" AS ENUM ('IMPRINT', 'PRIVACY', 'ACCESSIBILITY');

-- CreateTable
CREATE TABLE "LegalPageVersion" (
    "id" UUID NOT NULL,
    "page" "LegalPageKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "bodyDe" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" UUID,

    CONSTRAINT "LegalPageVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LegalPageVersion_page_version_key" ON "LegalPageVersion"("page", "version");

-- AddForeignKey
ALTER TABLE "LegalPageVersion" ADD CONSTRAINT "LegalPageVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
