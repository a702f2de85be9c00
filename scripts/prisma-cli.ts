import { spawnSync } from "node:child_process";
import path from "node:path";

const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");

/**
 * Runs the Prisma CLI with DATABASE_URL set to `databaseUrl` (which also selects the
 * schema and migrations folder through prisma.config.ts).
 * @returns the exit status and captured stdout.
 * @throws Error when the CLI fails and `allowFailure` is not set, with its output.
 */
export function runPrisma(
  args: string[],
  databaseUrl: string,
  { allowFailure = false, quiet = false }: { allowFailure?: boolean; quiet?: boolean } = {},
): { status: number; stdout: string } {
  const result = spawnSync(prismaBin, args, {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  const status = result.status ?? 1;
  if (!quiet && result.stderr) process.stderr.write(result.stderr.replace(/^npm warn.*\n/gm, ""));
  if (status !== 0 && !allowFailure) {
    throw new Error(`prisma ${args.join(" ")} failed (${status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { status, stdout: result.stdout };
}
