import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { insertRows } from "@/server/services/imports/insert-rows";
import { newRowId } from "@/server/services/imports/new-row-id";

/**
 * Inserts step runs inside `tx` as insertRows does (one JSON parameter per 1,000 rows: a tick
 * writes thousands of them, and createMany costs about 0.5 ms a row on 2 cores). Every row gets
 * every column (insertRows wants the same keys) and its id and createdAt.
 */
export async function insertStepRuns(tx: Tx, runs: readonly Prisma.SequenceStepRunCreateManyInput[], at: Date): Promise<void> {
  await insertRows(
    tx,
    "SequenceStepRun",
    runs.map((run) => ({
      id: run.id ?? newRowId(at.getTime()),
      enrolmentId: run.enrolmentId,
      stepId: run.stepId,
      status: run.status ?? "PENDING",
      variantLabel: run.variantLabel ?? null,
      skipReason: run.skipReason ?? null,
      emailMessageId: run.emailMessageId ?? null,
      taskId: run.taskId ?? null,
      createdAt: (run.createdAt as Date | undefined) ?? at,
      doneAt: (run.doneAt as Date | null | undefined) ?? null,
    })),
  );
}
