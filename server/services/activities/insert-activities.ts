import type { Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { insertRows } from "@/server/services/imports/insert-rows";
import { newRowId } from "@/server/services/imports/new-row-id";

/**
 * Inserts timeline entries inside `tx` in bulk (insertRows: one JSON parameter per 1,000 rows,
 * where createMany costs about 0.5 ms a row on 2 cores), for the writers of many system entries
 * at once: sequence ticks, and the processing of a batch of Resend webhook events. Each entry gets
 * a new id and `at` as createdAt and updatedAt; the fields it does not give are null. Nothing
 * else happens (no rescoring, no gamification): the caller does what its entries call for.
 * @param at - the writing instant (UTC).
 */
export async function insertActivities(tx: Tx, activities: readonly Prisma.ActivityCreateManyInput[], at: Date): Promise<void> {
  await insertRows(
    tx,
    "Activity",
    activities.map((a) => ({
      id: newRowId(at.getTime()),
      type: a.type,
      direction: a.direction ?? null,
      subject: a.subject ?? null,
      body: a.body ?? null,
      occurredAt: a.occurredAt as Date,
      leadId: a.leadId ?? null,
      contactId: a.contactId ?? null,
      companyId: a.companyId ?? null,
      dealId: a.dealId ?? null,
      authorId: a.authorId ?? null,
      emailMessageId: a.emailMessageId ?? null,
      data: a.data as Prisma.InputJsonValue,
      createdAt: at,
      updatedAt: at,
    })),
  );
}
