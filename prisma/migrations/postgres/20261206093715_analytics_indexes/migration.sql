-- DropIndex
DROP INDEX "Activity_direction_occurredAt_idx";

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "reachedStageKeys" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Lead_funnel_idx" ON "Lead"("createdAt", "stageId", "reachedStageKeys", "ownerId", "niche", "source");

-- CreateIndex
CREATE INDEX "Activity_direction_idx" ON "Activity"("direction", "occurredAt", "type", "authorId", "leadId");

-- Backfill "reachedStageKeys" from the STAGE_CHANGED history: every stage a lead moved from or to.
UPDATE "Lead" SET "reachedStageKeys" = r."keys"
FROM (
  SELECT "leadId", '|' || string_agg("stageId", '|' ORDER BY "stageId") || '|' AS "keys" FROM (
    SELECT a."leadId", a."data"->'from'->>'id' AS "stageId" FROM "Activity" a WHERE a."type" = 'STAGE_CHANGED' AND a."leadId" IS NOT NULL
    UNION
    SELECT a."leadId", a."data"->'to'->>'id' AS "stageId" FROM "Activity" a WHERE a."type" = 'STAGE_CHANGED' AND a."leadId" IS NOT NULL
  ) s WHERE "stageId" IS NOT NULL GROUP BY "leadId"
) AS r
WHERE r."leadId" = "Lead"."id";
