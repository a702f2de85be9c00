-- AlterTable
ALTER TABLE "Lead" ADD COLUMN "lastAuditedAt" DATETIME;
ALTER TABLE "Lead" ADD COLUMN "sourceJobId" TEXT;

-- CreateTable
CREATE TABLE "WebsiteAudit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "leadId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "finalUrl" TEXT,
    "status" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "checks" JSONB NOT NULL,
    "issues" JSONB NOT NULL,
    "generator" TEXT,
    "loadMs" INTEGER,
    "bytes" INTEGER,
    "error" TEXT,
    "jobId" TEXT,
    "auditedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebsiteAudit_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KeywordMonitor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "keywords" JSONB NOT NULL,
    "negativeKeywords" JSONB NOT NULL,
    "cron" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "lastRunAt" DATETIME,
    "lastJobId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LeadSignal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "leadId" TEXT NOT NULL,
    "monitorId" TEXT,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "snippet" TEXT,
    "matched" JSONB NOT NULL,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeadSignal_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LeadSignal_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "KeywordMonitor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WebsiteAudit_leadId_auditedAt_idx" ON "WebsiteAudit"("leadId", "auditedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LeadSignal_url_key" ON "LeadSignal"("url");

-- CreateIndex
CREATE INDEX "LeadSignal_leadId_createdAt_idx" ON "LeadSignal"("leadId", "createdAt");

-- CreateIndex
CREATE INDEX "LeadSignal_monitorId_createdAt_idx" ON "LeadSignal"("monitorId", "createdAt");

-- CreateIndex
CREATE INDEX "Lead_sourceJobId_idx" ON "Lead"("sourceJobId");
