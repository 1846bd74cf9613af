-- A draft may be discarded (closed) without ever having been published: closed needs and offers
-- need no publishing time. Before, closing a draft violated these checks and ended in a 500.
ALTER TABLE "SkillNeed" DROP CONSTRAINT "SkillNeed_published_check";
ALTER TABLE "SkillNeed" ADD CONSTRAINT "SkillNeed_published_check" CHECK ("status" IN ('DRAFT', 'CLOSED') OR "publishedAt" IS NOT NULL);
ALTER TABLE "SkillOffer" DROP CONSTRAINT "SkillOffer_published_check";
ALTER TABLE "SkillOffer" ADD CONSTRAINT "SkillOffer_published_check" CHECK ("status" IN ('DRAFT', 'CLOSED') OR "publishedAt" IS NOT NULL);
