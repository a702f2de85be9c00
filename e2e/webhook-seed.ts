/**
 * Seeds, for e2e/16-webhooks.spec.ts, an email Leadwell "sent" through Resend to a lead, as the
 * send service leaves it (status SENT with Resend's id), against the database of the server under
 * test (DATABASE_URL, set by the spec). Usage: webhook-seed.ts <leadId> <toAddress>. Prints
 * `{ messageId, providerId }` as JSON on stdout.
 */
import { randomUUID } from "node:crypto";
import { disconnectDb, getDb } from "@/server/db";

const [leadId, toAddress] = process.argv.slice(2);
const providerId = randomUUID();
getDb()
  .emailMessage.create({
    data: { providerId, toAddress, subject: "A faster website for your tavern", status: "SENT", sentAt: new Date(), leadId, fromAddress: "leadwell@e2e.example" },
    select: { id: true },
  })
  .then(async (message) => {
    process.stdout.write(JSON.stringify({ messageId: message.id, providerId }));
    await disconnectDb();
  });
