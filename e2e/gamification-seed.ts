/**
 * Test data for e2e/27-gamification.spec.ts, on the e2e database (DATABASE_URL, set by the spec).
 * Prints JSON on stdout.
 *   tsx --tsconfig scripts/tsconfig.json e2e/gamification-seed.ts gamer <tag>
 *     → { email, password }: a new sales user (time zone UTC) whose mission today (UTC) is
 *       "log 3 outreach" for 5 tokens, so the spec knows what its outreach moves.
 */
import { zonedDay } from "@/lib/dates";
import { hashPassword } from "@/server/auth/password";
import { disconnectDb, getDb } from "@/server/db";

async function main([command, tag]: string[]): Promise<unknown> {
  const db = getDb();
  if (command !== "gamer") throw new Error(`Unknown command ${command}`);
  const email = `gamer.${tag.toLowerCase()}@e2e.example`;
  const password = "gamer password 27";
  const user = await db.user.create({ data: { email, name: `Gamer ${tag}`, role: "SALES", timeZone: "UTC", passwordHash: await hashPassword(password) }, select: { id: true } });
  await db.dailyMission.create({ data: { userId: user.id, localDate: zonedDay(new Date(), "UTC"), type: "OUTREACH_COUNT", target: 3, reward: 5 } });
  return { email, password };
}

main(process.argv.slice(2))
  .then((result) => console.log(JSON.stringify(result)))
  .finally(() => disconnectDb());
