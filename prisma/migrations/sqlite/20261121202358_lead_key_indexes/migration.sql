-- DropIndex
DROP INDEX "Lead_list_idx";

-- DropIndex
DROP INDEX "Lead_convertedAt_updatedAt_idx";

-- DropIndex
DROP INDEX "Lead_convertedAt_rating_idx";

-- CreateIndex
CREATE INDEX "Lead_list_idx" ON "Lead"("convertedAt", "createdAt", "searchText", "stageId", "ownerId", "temperature", "hasWebsite", "demoSiteBuilt", "source", "country", "niche", "tagKeys", "websiteIssueKeys", "id");

-- CreateIndex
CREATE INDEX "Lead_updated_idx" ON "Lead"("convertedAt", "updatedAt", "id", "tagKeys");

-- CreateIndex
CREATE INDEX "Lead_rating_idx" ON "Lead"("convertedAt", "rating", "niche", "websiteIssueKeys");

-- Backfill (hand-written): the key columns of existing leads from their tags and website issues,
-- as lib/leads/filter-keys.ts writes them: sorted ids or issues, each enclosed in "|"; tag ids
-- longer than 521 characters in all become "*" (the filter then reads the join table).
UPDATE "Lead" SET "tagKeys" = COALESCE((
    SELECT CASE WHEN length("keys") > 521 THEN '*' ELSE "keys" END
    FROM (SELECT '|' || group_concat("B", '|') || '|' AS "keys" FROM (SELECT "B" FROM "_LeadToTag" WHERE "A" = "Lead"."id" ORDER BY "B"))
), '')
WHERE "id" IN (SELECT "A" FROM "_LeadToTag");

UPDATE "Lead" SET "websiteIssueKeys" = COALESCE((
    SELECT '|' || group_concat("issue", '|') || '|'
    FROM (SELECT "issue" FROM "LeadWebsiteIssue" WHERE "leadId" = "Lead"."id" ORDER BY "issue")
), '')
WHERE "id" IN (SELECT "leadId" FROM "LeadWebsiteIssue");
