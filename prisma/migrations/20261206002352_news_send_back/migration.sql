-- AlterTable
ALTER TABLE "NewsItem" ADD COLUMN     "sentBackAs" "NewsApproverRole",
ADD COLUMN     "sentBackAt" TIMESTAMPTZ(3),
ADD COLUMN     "sentBackComment" TEXT;
