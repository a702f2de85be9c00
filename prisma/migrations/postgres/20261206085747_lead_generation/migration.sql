-- CreateEnum
CREATE TYPE "WebsiteAuditStatus" AS ENUM ('CHECKED', 'NO_WEBSITE', 'UNREACHABLE', 'BLOCKED');

-- CreateEnum
CREATE TYPE "MonitorKind" AS ENUM ('FEED', 'REDDIT');

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "lastAuditedAt" TIMESTAMP(3),
ADD COLUMN     "sourceJobId" TEXT;

-- CreateTable
CREATE TABLE "WebsiteAudit" (
    "id" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "finalUrl" TEXT,
    "status" "WebsiteAuditStatus" NOT NULL,
    "httpStatus" INTEGER,
    "checks" JSONB NOT NULL,
    "issues" JSONB NOT NULL,
    "generator" TEXT,
    "loadMs" INTEGER,
    "bytes" INTEGER,
    "error" TEXT,
    "jobId" TEXT,
    "auditedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebsiteAudit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeywordMonitor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MonitorKind" NOT NULL,
    "url" TEXT NOT NULL,
    "keywords" JSONB NOT NULL,
    "negativeKeywords" JSONB NOT NULL,
    "cron" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "lastRunAt" TIMESTAMP(3),
    "lastJobId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KeywordMonitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadSignal" (
    "id" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "monitorId" TEXT,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "snippet" TEXT,
    "matched" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadSignal_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "WebsiteAudit" ADD CONSTRAINT "WebsiteAudit_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadSignal" ADD CONSTRAINT "LeadSignal_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadSignal" ADD CONSTRAINT "LeadSignal_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "KeywordMonitor"("id") ON DELETE SET NULL ON UPDATE CASCADE;
