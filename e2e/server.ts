/**
 * Serves the production build for e2e tests on a fresh SQLite database
 * (test-results/e2e-db-<port>/leadwell.db), migrated the same way `npm start` migrates.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../scripts/db-migrate";
import { startFakeResend } from "../tests/support/fake-resend-server";
import { fakeResendUrl } from "./fake-resend";

const port = process.env.E2E_PORT ?? "3100";
const dir = path.join(process.cwd(), "test-results", `e2e-db-${port}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(dir, "leadwell.db")}`;
process.env.UPLOAD_DIR = path.join(dir, "uploads");
delete process.env.ADMIN_EMAIL;
delete process.env.ADMIN_PASSWORD;

// Emails go to a fake Resend API on a known port (e2e/fake-resend.ts), whose recorded sends the
// specs read; real Resend is never called.
const fakeResend = startFakeResend({ port: Number(new URL(fakeResendUrl()).port), requestsPerSecond: null });
process.env.RESEND_BASE_URL = fakeResendUrl();
process.env.RESEND_API_KEY = "re_e2e_fake_key";
process.env.EMAIL_FROM = "Leadwell <leadwell@e2e.example>";
process.env.RESEND_WEBHOOK_SECRET = `whsec_${Buffer.from("leadwell-test-webhook-key").toString("base64")}`; // = TEST_RESEND_WEBHOOK_SECRET (e2e/16 signs with it)

Promise.all([migrateDatabase(), fakeResend]).then(() => {
  const next = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, NEXTAUTH_SECRET: "e2e-secret-not-for-production", NEXTAUTH_URL: `http://127.0.0.1:${port}` },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
});
