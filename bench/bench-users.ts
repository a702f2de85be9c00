import { getDb } from "@/server/db";

/**
 * Creates the four users benchmarks spread generated records over — an admin (the viewer of "my
 * leads" and the holder of API keys), a manager and two sales reps — and returns their ids, the
 * admin's first.
 */
export async function createBenchUsers(): Promise<string[]> {
  const db = getDb();
  const users = [
    { email: "owner@bench.test", name: "Olivia Owner", role: "ADMIN" as const },
    { email: "manager@bench.test", name: "Marco Manager", role: "MANAGER" as const },
    { email: "sales1@bench.test", name: "Sam Sales", role: "SALES" as const },
    { email: "sales2@bench.test", name: "Sara Sales", role: "SALES" as const },
  ];
  const ids: string[] = [];
  for (const data of users) ids.push((await db.user.create({ data, select: { id: true } })).id);
  return ids;
}
