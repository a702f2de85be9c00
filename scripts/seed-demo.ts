/**
 * `npm run seed:demo`: fills the empty database named by DATABASE_URL (default: the SQLite file
 * data/leadwell.db) with demo data — a team, about 300 leads with history, 40 companies with
 * contacts, deals, outreach and tasks, clients' projects and recurring revenue — and prints what it created. Run `npm run db:migrate` first; an existing database
 * with leads or companies is left alone.
 */
import { databaseUrl } from "@/lib/database-url";
import { disconnectDb } from "@/server/db";
import { ServiceError } from "@/server/errors";
import { seedDemoData } from "@/server/services/demo/seed-demo-data";

async function main() {
  process.env.DATABASE_URL = databaseUrl();
  const summary = await seedDemoData();
  console.log(`Demo data added to ${process.env.DATABASE_URL}:
  users          ${summary.users}
  leads          ${summary.leads} (${summary.convertedLeads} converted)
  companies      ${summary.companies}
  contacts       ${summary.contacts}
  notes          ${summary.notes}
  stage changes  ${summary.stageChanges}
  outreach       ${summary.outreach}
  deals          ${summary.deals}
  tasks          ${summary.tasks}
  projects       ${summary.projects}
  recurring      ${summary.recurringLines} lines`);
  console.log(
    summary.admin.password
      ? `\nSign in as ${summary.admin.email} with the password ${summary.admin.password} (shown only now).`
      : `\nThe data is owned by ${summary.admin.email} and three demo team members (who cannot sign in).`,
  );
}

/** Prisma's code for "the table does not exist". */
const NO_SUCH_TABLE = "P2021";

main()
  .catch((error) => {
    if (error instanceof ServiceError) console.error(error.message);
    else if ((error as { code?: string }).code === NO_SUCH_TABLE) console.error("The database has no tables yet: run `npm run db:migrate` first.");
    else console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
