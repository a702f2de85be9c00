-- DropIndex
DROP INDEX "Activity_direction_occurredAt_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Lead" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "contactName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "phoneDigits" TEXT,
    "website" TEXT,
    "websiteDomain" TEXT,
    "hasWebsite" BOOLEAN NOT NULL DEFAULT false,
    "demoSiteBuilt" BOOLEAN NOT NULL DEFAULT false,
    "niche" TEXT,
    "source" TEXT,
    "address" TEXT,
    "city" TEXT,
    "country" TEXT,
    "rating" REAL,
    "reviewCount" INTEGER,
    "mapsUrl" TEXT,
    "externalId" TEXT,
    "score" INTEGER NOT NULL DEFAULT 0,
    "temperature" TEXT NOT NULL DEFAULT 'COLD',
    "nextActionAt" DATETIME,
    "estimatedValue" INTEGER,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "notes" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "stageId" TEXT NOT NULL,
    "position" TEXT NOT NULL DEFAULT 'a0',
    "stageChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tagKeys" TEXT NOT NULL DEFAULT '',
    "reachedStageKeys" TEXT NOT NULL DEFAULT '',
    "websiteIssueKeys" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "convertedAt" DATETIME,
    "sourceJobId" TEXT,
    "lastAuditedAt" DATETIME,
    "companyId" TEXT,
    "contactId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Lead_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Lead_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Lead_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Lead_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Lead" ("address", "city", "companyId", "contactId", "contactName", "convertedAt", "country", "createdAt", "currency", "demoSiteBuilt", "email", "estimatedValue", "externalId", "hasWebsite", "id", "lastAuditedAt", "mapsUrl", "name", "nextActionAt", "niche", "notes", "ownerId", "phone", "phoneDigits", "position", "rating", "reviewCount", "score", "searchText", "source", "sourceJobId", "stageChangedAt", "stageId", "tagKeys", "temperature", "updatedAt", "website", "websiteDomain", "websiteIssueKeys") SELECT "address", "city", "companyId", "contactId", "contactName", "convertedAt", "country", "createdAt", "currency", "demoSiteBuilt", "email", "estimatedValue", "externalId", "hasWebsite", "id", "lastAuditedAt", "mapsUrl", "name", "nextActionAt", "niche", "notes", "ownerId", "phone", "phoneDigits", "position", "rating", "reviewCount", "score", "searchText", "source", "sourceJobId", "stageChangedAt", "stageId", "tagKeys", "temperature", "updatedAt", "website", "websiteDomain", "websiteIssueKeys" FROM "Lead";
DROP TABLE "Lead";
ALTER TABLE "new_Lead" RENAME TO "Lead";
CREATE INDEX "Lead_list_idx" ON "Lead"("convertedAt", "createdAt", "searchText", "stageId", "ownerId", "temperature", "hasWebsite", "demoSiteBuilt", "source", "country", "niche", "tagKeys", "websiteIssueKeys", "id");
CREATE INDEX "Lead_updated_idx" ON "Lead"("convertedAt", "updatedAt", "id", "tagKeys");
CREATE INDEX "Lead_convertedAt_name_idx" ON "Lead"("convertedAt", "name");
CREATE INDEX "Lead_score_idx" ON "Lead"("convertedAt", "score", "stageId", "ownerId", "temperature", "hasWebsite", "demoSiteBuilt");
CREATE INDEX "Lead_convertedAt_nextActionAt_ownerId_idx" ON "Lead"("convertedAt", "nextActionAt", "ownerId");
CREATE INDEX "Lead_rating_idx" ON "Lead"("convertedAt", "rating", "niche", "websiteIssueKeys");
CREATE INDEX "Lead_city_convertedAt_hasWebsite_idx" ON "Lead"("city", "convertedAt", "hasWebsite");
CREATE INDEX "Lead_externalId_idx" ON "Lead"("externalId");
CREATE INDEX "Lead_email_idx" ON "Lead"("email");
CREATE INDEX "Lead_phoneDigits_idx" ON "Lead"("phoneDigits");
CREATE INDEX "Lead_websiteDomain_idx" ON "Lead"("websiteDomain");
CREATE INDEX "Lead_board_idx" ON "Lead"("stageId", "convertedAt", "position");
CREATE INDEX "Lead_sourceJobId_idx" ON "Lead"("sourceJobId");
CREATE INDEX "Lead_funnel_idx" ON "Lead"("createdAt", "stageId", "reachedStageKeys", "ownerId", "niche", "source");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Activity_direction_idx" ON "Activity"("direction", "occurredAt", "type", "authorId", "leadId");

-- Backfill "reachedStageKeys" from the STAGE_CHANGED history: every stage a lead moved from or to.
UPDATE "Lead" SET "reachedStageKeys" = r."keys"
FROM (
  SELECT "leadId", '|' || group_concat("stageId", '|') || '|' AS "keys" FROM (
    SELECT a."leadId", json_extract(a."data", '$.from.id') AS "stageId" FROM "Activity" a WHERE a."type" = 'STAGE_CHANGED' AND a."leadId" IS NOT NULL
    UNION
    SELECT a."leadId", json_extract(a."data", '$.to.id') AS "stageId" FROM "Activity" a WHERE a."type" = 'STAGE_CHANGED' AND a."leadId" IS NOT NULL
  ) WHERE "stageId" IS NOT NULL GROUP BY "leadId"
) AS r
WHERE r."leadId" = "Lead"."id";
