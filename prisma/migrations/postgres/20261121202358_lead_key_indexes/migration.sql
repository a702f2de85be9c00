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

-- Backfill (hand-written). First cut search texts written before the 500-byte limit to the longest
-- run of whole characters within 500 bytes (lib/leads/normalize.ts), so that Lead_list_idx entries
-- stay within PostgreSQL's 2,704 bytes once tagKeys is filled.
UPDATE "Lead" l SET "searchText" = (
    SELECT left(l."searchText", max(n)) FROM generate_series(0, char_length(l."searchText")) AS n
    WHERE octet_length(left(l."searchText", n)) <= 500
)
WHERE octet_length("searchText") > 500;

-- Then the key columns of existing leads from their tags and website issues, as
-- lib/leads/filter-keys.ts writes them: sorted ids or issues (byte order), each enclosed in "|";
-- tag ids longer than 521 characters in all become "*" (the filter then reads the join table).
UPDATE "Lead" l SET "tagKeys" = COALESCE((
    SELECT CASE WHEN length(s."keys") > 521 THEN '*' ELSE s."keys" END
    FROM (SELECT '|' || string_agg(t."B", '|' ORDER BY t."B" COLLATE "C") || '|' AS "keys" FROM "_LeadToTag" t WHERE t."A" = l."id") s
), '')
WHERE l."id" IN (SELECT "A" FROM "_LeadToTag");

UPDATE "Lead" l SET "websiteIssueKeys" = COALESCE((
    SELECT '|' || string_agg(CAST(i."issue" AS TEXT), '|' ORDER BY CAST(i."issue" AS TEXT) COLLATE "C") || '|'
    FROM "LeadWebsiteIssue" i WHERE i."leadId" = l."id"
), '')
WHERE l."id" IN (SELECT "leadId" FROM "LeadWebsiteIssue");
