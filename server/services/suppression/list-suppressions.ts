import type { SuppressionListQuery } from "@/lib/validation/suppression";
import { getDb } from "@/server/db";
import { buildSuppressionWhere } from "./build-suppression-where";
import { suppressionRowSelect, type SuppressionRow } from "./suppression-record";

/**
 * The page Settings → Suppression: entries matching the filters, newest first (ties by id), one
 * page of `pageSize`, with how many match in all. Every signed-in user may see the list.
 */
export async function listSuppressions(query: SuppressionListQuery): Promise<{ rows: SuppressionRow[]; total: number }> {
  const db = getDb();
  const where = buildSuppressionWhere(query);
  const [rows, total] = await Promise.all([
    db.emailSuppression.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: suppressionRowSelect,
    }),
    db.emailSuppression.count({ where }),
  ]);
  return { rows, total };
}
