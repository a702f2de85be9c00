/**
 * Test data for e2e/06-board.spec.ts, made through the app's own services on the e2e database
 * (DATABASE_URL, set by the spec). Prints JSON on stdout.
 *   tsx --tsconfig scripts/tsconfig.json e2e/board-seed.ts pipeline <name> <deal title>…
 *     → { pipelineId, stages: { name: id }, deals: { title: id } }: a deal pipeline created by the
 *       admin, the deals in its first open stage (each new deal goes on top, so the last is first).
 *   tsx --tsconfig scripts/tsconfig.json e2e/board-seed.ts leads <name>…   → { leads: { name: id } }, new leads of the admin
 *   tsx --tsconfig scripts/tsconfig.json e2e/board-seed.ts delete <deal id>   (a deal gone behind the board's back)
 */
import { disconnectDb, getDb } from "@/server/db";
import { createDeal } from "@/server/services/deals/create-deal";
import { createLead } from "@/server/services/leads/create-lead";
import { deleteDeal } from "@/server/services/deals/delete-deal";
import { createPipeline } from "@/server/services/pipelines/create-pipeline";
import { ADMIN } from "./support";

async function main([command, ...args]: string[]): Promise<unknown> {
  const admin = await getDb().user.findUniqueOrThrow({ where: { email: ADMIN.email }, select: { id: true, role: true, timeZone: true } });
  if (command === "delete") return deleteDeal(admin, args[0]);
  if (command === "leads") {
    const leads: Record<string, string> = {};
    for (const name of args) leads[name] = (await createLead(admin, { name, estimatedValue: 500 })).id;
    return { leads };
  }
  const [name, ...titles] = args;
  const { id: pipelineId } = await createPipeline(admin, { name });
  const stages = await getDb().stage.findMany({ where: { pipelineId }, orderBy: { position: "asc" }, select: { id: true, name: true } });
  const deals: Record<string, string> = {};
  for (const [i, title] of titles.entries()) deals[title] = (await createDeal(admin, { title, value: 1000 * (i + 1), pipelineId })).id;
  return { pipelineId, stages: Object.fromEntries(stages.map((s) => [s.name, s.id])), deals };
}

main(process.argv.slice(2))
  .then((result) => process.stdout.write(JSON.stringify(result ?? {})))
  .finally(disconnectDb);
