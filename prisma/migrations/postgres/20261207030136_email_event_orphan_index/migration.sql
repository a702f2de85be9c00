-- CreateIndex
CREATE INDEX "EmailEvent_outcome_processedAt_idx" ON "EmailEvent"("outcome", "processedAt");
