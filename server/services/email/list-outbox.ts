import { getDb } from "@/server/db";

/** Emails a page of the outbox shows. */
export const OUTBOX_PAGE_SIZE = 20;

/** One email kept in the outbox, with the record it was sent from. */
export type OutboxEmail = {
  id: string;
  fromAddress: string;
  toAddress: string;
  replyTo: string | null;
  subject: string;
  html: string | null;
  text: string | null;
  createdAt: Date;
  lead: { id: string; name: string } | null;
  contact: { id: string; firstName: string; lastName: string | null } | null;
  deal: { id: string; title: string } | null;
  sentBy: { name: string } | null;
};

/**
 * A page of the local outbox (emails "sent" without RESEND_API_KEY), newest first, with the
 * total. Every signed-in user sees the team's outbox.
 * @param page - 1-based; pages past the end are empty.
 */
export async function listOutbox(page = 1): Promise<{ rows: OutboxEmail[]; total: number; page: number; pageSize: number }> {
  const db = getDb();
  const current = Number.isSafeInteger(page) && page > 0 ? page : 1;
  const where = { outbox: true };
  const [rows, total] = await Promise.all([
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        fromAddress: true,
        toAddress: true,
        replyTo: true,
        subject: true,
        html: true,
        text: true,
        createdAt: true,
        lead: { select: { id: true, name: true } },
        contact: { select: { id: true, firstName: true, lastName: true } },
        deal: { select: { id: true, title: true } },
        sentBy: { select: { name: true } },
      },
    }),
    db.emailMessage.count({ where }),
  ]);
  return { rows, total, page: current, pageSize: OUTBOX_PAGE_SIZE };
}
