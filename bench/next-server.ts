import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";

/** The session secret of the servers benchmarks start (never used outside them). */
const SECRET = "bench-secret-not-for-production";

/**
 * Starts `next start` on the production build in NEXT_DIST_DIR (default .next) against
 * `databaseUrl`, on 127.0.0.1:`port`, as `npm start` does (scripts/next-cluster.mjs: as many
 * processes as WEB_CONCURRENCY in `env`, default 1), and resolves once it answers (at most 60 s).
 * @param env - further environment variables of the server (e.g. LEADWELL_WORKER=off, WEB_CONCURRENCY=2).
 * @throws Error without a production build, or when the server does not answer in time.
 */
export async function startNext(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  if (!hasProductionBuild()) throw new Error("No production build in NEXT_DIST_DIR (default .next): run `npm run build` first.");
  const server = spawn(process.execPath, [path.join("scripts", "next-cluster.mjs"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stopNext reaches every server process of the cluster.
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/sign-in`).then((r) => r.ok, () => false);
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopNext(server);
  throw new Error("next start did not answer within 60 s");
}

/** Stops a server started by startNext (every process of its group) and resolves once it has exited (SIGKILL after 10 s). */
export async function stopNext(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A session cookie for `user` on a server started by startNext (a next-auth JWT signed with its secret). */
export async function sessionCookie(user: { id: string; name: string; email: string | null }): Promise<string> {
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email }, secret: SECRET });
  return `next-auth.session-token=${token}`;
}

/**
 * The counts of server processes a benchmark's `--processes` lists ("1,2": one, then two).
 * @throws Error unless every count is a whole number ≥ 1.
 */
export function parseProcessCounts(list: string): number[] {
  const counts = list.split(",").map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("processes must list whole numbers ≥ 1, e.g. 1,2");
  return counts;
}

/** Whether a production build exists in NEXT_DIST_DIR (default .next). */
export function hasProductionBuild(): boolean {
  return fs.existsSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"));
}
