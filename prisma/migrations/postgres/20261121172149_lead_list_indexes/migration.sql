-- DropIndex
DROP INDEX "Lead_convertedAt_createdAt_idx";

-- DropIndex
DROP INDEX "Lead_convertedAt_score_idx";

-- DropIndex
DROP INDEX "Lead_convertedAt_nextActionAt_idx";

-- DropIndex
DROP INDEX "Lead_stageId_createdAt_idx";

-- DropIndex
DROP INDEX "Lead_temperature_idx";

-- DropIndex
DROP INDEX "Lead_niche_idx";

-- DropIndex
DROP INDEX "Lead_source_idx";

-- DropIndex
DROP INDEX "Lead_ownerId_idx";

-- DropIndex
DROP INDEX "Lead_city_idx";

-- DropIndex
DROP INDEX "Lead_country_idx";

-- DropIndex
DROP INDEX "Lead_hasWebsite_idx";

-- DropIndex
DROP INDEX "Lead_demoSiteBuilt_idx";

-- CreateIndex
CREATE INDEX "Lead_list_idx" ON "Lead"("convertedAt", "createdAt", "searchText", "stageId", "ownerId", "temperature", "hasWebsite", "demoSiteBuilt", "source", "country", "niche", "id");

-- CreateIndex
CREATE INDEX "Lead_score_idx" ON "Lead"("convertedAt", "score", "stageId", "ownerId", "temperature", "hasWebsite", "demoSiteBuilt");

-- CreateIndex
CREATE INDEX "Lead_convertedAt_nextActionAt_ownerId_idx" ON "Lead"("convertedAt", "nextActionAt", "ownerId");

-- CreateIndex
CREATE INDEX "Lead_city_convertedAt_hasWebsite_idx" ON "Lead"("city", "convertedAt", "hasWebsite");
