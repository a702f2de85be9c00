-- AlterTable
ALTER TABLE "Stage" ADD COLUMN "rottingDays" INTEGER;

-- CreateTable
CREATE TABLE "Deal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "probability" INTEGER NOT NULL DEFAULT 0,
    "probabilityOverridden" BOOLEAN NOT NULL DEFAULT false,
    "weightedValue" INTEGER NOT NULL DEFAULT 0,
    "expectedCloseAt" DATETIME,
    "pipelineId" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "position" TEXT NOT NULL DEFAULT 'a0',
    "stageChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closeReason" TEXT,
    "companyId" TEXT,
    "contactId" TEXT,
    "leadId" TEXT,
    "ownerId" TEXT,
    "externalId" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deal_pipelineId_fkey" FOREIGN KEY ("pipelineId") REFERENCES "Pipeline" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deal_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deal_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Deal_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Deal_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Deal_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "notes" TEXT,
    "type" TEXT NOT NULL DEFAULT 'TODO',
    "priority" TEXT NOT NULL DEFAULT 'MEDIUM',
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "dueAt" DATETIME,
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "completedAt" DATETIME,
    "assigneeId" TEXT,
    "createdById" TEXT,
    "leadId" TEXT,
    "contactId" TEXT,
    "companyId" TEXT,
    "dealId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Task_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT 'DOCUMENT',
    "leadId" TEXT,
    "contactId" TEXT,
    "companyId" TEXT,
    "dealId" TEXT,
    "uploadedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_DealToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_DealToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DealToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'SALES',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "email", "id", "name", "passwordHash", "role", "timeZone", "updatedAt") SELECT "createdAt", "email", "id", "name", "passwordHash", "role", "timeZone", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "new_Company" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "website" TEXT,
    "industry" TEXT,
    "size" TEXT,
    "employees" INTEGER,
    "address" TEXT,
    "city" TEXT,
    "country" TEXT,
    "phone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PROSPECT',
    "parentId" TEXT,
    "ownerId" TEXT,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Company_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Company_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Company" ("address", "city", "country", "createdAt", "deletedAt", "domain", "id", "industry", "name", "ownerId", "phone", "size", "status", "updatedAt", "website") SELECT "address", "city", "country", "createdAt", "deletedAt", "domain", "id", "industry", "name", "ownerId", "phone", "size", "status", "updatedAt", "website" FROM "Company";
DROP TABLE "Company";
ALTER TABLE "new_Company" RENAME TO "Company";
CREATE INDEX "Company_deletedAt_name_idx" ON "Company"("deletedAt", "name");
CREATE INDEX "Company_deletedAt_createdAt_idx" ON "Company"("deletedAt", "createdAt");
CREATE INDEX "Company_domain_idx" ON "Company"("domain");
CREATE INDEX "Company_ownerId_idx" ON "Company"("ownerId");
CREATE INDEX "Company_status_idx" ON "Company"("status");
CREATE INDEX "Company_parentId_idx" ON "Company"("parentId");
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
    "websiteIssueKeys" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "convertedAt" DATETIME,
    "companyId" TEXT,
    "contactId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Lead_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Lead_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Lead_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Lead_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Lead" ("address", "city", "companyId", "contactId", "contactName", "convertedAt", "country", "createdAt", "currency", "demoSiteBuilt", "email", "estimatedValue", "externalId", "hasWebsite", "id", "mapsUrl", "name", "nextActionAt", "niche", "notes", "ownerId", "phone", "phoneDigits", "rating", "reviewCount", "score", "searchText", "source", "stageId", "temperature", "updatedAt", "website", "websiteDomain") SELECT "address", "city", "companyId", "contactId", "contactName", "convertedAt", "country", "createdAt", "currency", "demoSiteBuilt", "email", "estimatedValue", "externalId", "hasWebsite", "id", "mapsUrl", "name", "nextActionAt", "niche", "notes", "ownerId", "phone", "phoneDigits", "rating", "reviewCount", "score", "searchText", "source", "stageId", "temperature", "updatedAt", "website", "websiteDomain" FROM "Lead";
DROP TABLE "Lead";
ALTER TABLE "new_Lead" RENAME TO "Lead";
CREATE INDEX "Lead_list_idx" ON "Lead"("convertedAt", "createdAt", "searchText", "stageId", "ownerId", "temperature", "hasWebsite", "demoSiteBuilt", "source", "country", "niche", "id");
CREATE INDEX "Lead_convertedAt_updatedAt_idx" ON "Lead"("convertedAt", "updatedAt");
CREATE INDEX "Lead_convertedAt_name_idx" ON "Lead"("convertedAt", "name");
CREATE INDEX "Lead_score_idx" ON "Lead"("convertedAt", "score", "stageId", "ownerId", "temperature", "hasWebsite", "demoSiteBuilt");
CREATE INDEX "Lead_convertedAt_nextActionAt_ownerId_idx" ON "Lead"("convertedAt", "nextActionAt", "ownerId");
CREATE INDEX "Lead_convertedAt_rating_idx" ON "Lead"("convertedAt", "rating");
CREATE INDEX "Lead_city_convertedAt_hasWebsite_idx" ON "Lead"("city", "convertedAt", "hasWebsite");
CREATE INDEX "Lead_externalId_idx" ON "Lead"("externalId");
CREATE INDEX "Lead_email_idx" ON "Lead"("email");
CREATE INDEX "Lead_phoneDigits_idx" ON "Lead"("phoneDigits");
CREATE INDEX "Lead_websiteDomain_idx" ON "Lead"("websiteDomain");
CREATE INDEX "Lead_board_idx" ON "Lead"("stageId", "convertedAt", "position");
CREATE TABLE "new_Activity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "direction" TEXT,
    "outcome" TEXT,
    "durationSeconds" INTEGER,
    "subject" TEXT,
    "body" TEXT,
    "data" JSONB,
    "occurredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leadId" TEXT,
    "contactId" TEXT,
    "companyId" TEXT,
    "dealId" TEXT,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Activity_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Activity_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Activity_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Activity" ("authorId", "body", "companyId", "contactId", "createdAt", "data", "direction", "id", "leadId", "occurredAt", "subject", "type", "updatedAt") SELECT "authorId", "body", "companyId", "contactId", "createdAt", "data", "direction", "id", "leadId", "occurredAt", "subject", "type", "updatedAt" FROM "Activity";
DROP TABLE "Activity";
ALTER TABLE "new_Activity" RENAME TO "Activity";
CREATE INDEX "Activity_leadId_occurredAt_idx" ON "Activity"("leadId", "occurredAt");
CREATE INDEX "Activity_contactId_occurredAt_idx" ON "Activity"("contactId", "occurredAt");
CREATE INDEX "Activity_companyId_occurredAt_idx" ON "Activity"("companyId", "occurredAt");
CREATE INDEX "Activity_authorId_occurredAt_idx" ON "Activity"("authorId", "occurredAt");
CREATE INDEX "Activity_dealId_occurredAt_idx" ON "Activity"("dealId", "occurredAt");
CREATE INDEX "Activity_direction_occurredAt_idx" ON "Activity"("direction", "occurredAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Deal_board_idx" ON "Deal"("stageId", "position");

-- CreateIndex
CREATE INDEX "Deal_pipelineId_expectedCloseAt_idx" ON "Deal"("pipelineId", "expectedCloseAt");

-- CreateIndex
CREATE INDEX "Deal_pipelineId_updatedAt_idx" ON "Deal"("pipelineId", "updatedAt");

-- CreateIndex
CREATE INDEX "Deal_ownerId_idx" ON "Deal"("ownerId");

-- CreateIndex
CREATE INDEX "Deal_companyId_idx" ON "Deal"("companyId");

-- CreateIndex
CREATE INDEX "Deal_contactId_idx" ON "Deal"("contactId");

-- CreateIndex
CREATE INDEX "Deal_leadId_idx" ON "Deal"("leadId");

-- CreateIndex
CREATE INDEX "Deal_externalId_idx" ON "Deal"("externalId");

-- CreateIndex
CREATE INDEX "Task_status_dueAt_idx" ON "Task"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_assigneeId_status_dueAt_idx" ON "Task"("assigneeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_completedAt_idx" ON "Task"("completedAt");

-- CreateIndex
CREATE INDEX "Task_leadId_idx" ON "Task"("leadId");

-- CreateIndex
CREATE INDEX "Task_contactId_idx" ON "Task"("contactId");

-- CreateIndex
CREATE INDEX "Task_companyId_idx" ON "Task"("companyId");

-- CreateIndex
CREATE INDEX "Task_dealId_idx" ON "Task"("dealId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_leadId_createdAt_idx" ON "Attachment"("leadId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_contactId_createdAt_idx" ON "Attachment"("contactId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_companyId_createdAt_idx" ON "Attachment"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_dealId_createdAt_idx" ON "Attachment"("dealId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "_DealToTag_AB_unique" ON "_DealToTag"("A", "B");

-- CreateIndex
CREATE INDEX "_DealToTag_B_index" ON "_DealToTag"("B");
