/** Generates the Prisma clients for both providers (server/generated/{sqlite,postgres}). */
import { runPrisma } from "./prisma-cli";

runPrisma(["generate"], "file:./data/leadwell.db", { quiet: true });
runPrisma(["generate"], "postgresql://localhost/generate-only", { quiet: true });
console.log("generated Prisma clients for SQLite and PostgreSQL");
