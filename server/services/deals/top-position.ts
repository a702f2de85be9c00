import { generateKeyBetween } from "fractional-indexing";
import type { Tx } from "@/server/db";

/**
 * A position key that sorts before every deal now in the stage (the top of its board column):
 * `generateKeyBetween(null, first key)`. Keys compare byte by byte; equal keys order by id.
 */
export async function topPositionInStage(tx: Tx, stageId: string): Promise<string> {
  const first = await tx.deal.findFirst({ where: { stageId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { position: true } });
  return generateKeyBetween(null, first?.position ?? null);
}
