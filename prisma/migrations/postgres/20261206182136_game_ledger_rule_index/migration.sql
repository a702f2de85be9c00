-- CreateIndex
CREATE INDEX "GameLedgerEntry_userId_rule_occurredAt_idx" ON "GameLedgerEntry"("userId", "rule", "occurredAt");
