/**
 * Serves the production build for e2e tests on a fresh SQLite database
 * (test-results/e2e-db-<port>/leadwell.db), migrated the same way `npm start` migrates.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../scripts/db-migrate";
import { startFakeGosom } from "../tests/support/fake-gosom-server";
import { startFakeResend } from "../tests/support/fake-resend-server";
import { startFakeTwilio } from "../tests/support/fake-twilio-server";
import { fakeResendUrl } from "./fake-resend";
import { E2E_TWILIO, fakeTwilioUrl } from "./fake-twilio";

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
// Website audits fetch fixture sites on 127.0.0.1 (e2e/22): the test-only loopback setting, honoured by
// a production build only because NEXTAUTH_URL below is itself on loopback (server/http-client/address-policy.ts).
process.env.LEADWELL_ALLOW_LOOPBACK_FETCH = "1";
process.env.RESEND_WEBHOOK_SECRET = `whsec_${Buffer.from("leadwell-test-webhook-key").toString("base64")}`; // = TEST_RESEND_WEBHOOK_SECRET (e2e/16 signs with it)
process.env.CRON_SECRET ??= "e2e-cron-secret"; // e2e/19 calls /api/cron/daily-summary with it

// Google Maps runs go to a fake gosom scraper (tests/support/fake-gosom-server.ts: the Cyprus file)
// on 127.0.0.1, which the guarded client may reach only with the test-only loopback setting (e2e/23).
const gosomPort = Number(port) + 7;
const fakeGosom = startFakeGosom({ port: gosomPort });
process.env.GMAPS_SCRAPER_URL = `http://127.0.0.1:${gosomPort}`;
// e2e/19 calls the daily-summary cron route "on a weekday" with x-leadwell-test-now, whatever day the
// suite runs: the test-only clock (server/cron/request-clock.ts), refused by a production configuration.
process.env.LEADWELL_TEST_CLOCK = "1";

// SMS go to a fake Twilio on a known port (e2e/fake-twilio.ts; e2e/26 reads what it accepted).
const fakeTwilio = startFakeTwilio({ ...E2E_TWILIO, port: Number(new URL(fakeTwilioUrl()).port) });
process.env.TWILIO_ACCOUNT_SID = E2E_TWILIO.accountSid;
process.env.TWILIO_AUTH_TOKEN = E2E_TWILIO.authToken;
process.env.TWILIO_FROM = E2E_TWILIO.from;
process.env.TWILIO_BASE_URL = fakeTwilioUrl();

Promise.all([migrateDatabase(), fakeResend, fakeGosom, fakeTwilio]).then(() => {
  const next = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, NEXTAUTH_SECRET: "e2e-secret-not-for-production", NEXTAUTH_URL: `http://127.0.0.1:${port}` },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
});
