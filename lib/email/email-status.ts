import type { EmailStatus } from "@/lib/enums";

/**
 * How far along an email is, for "a status never moves backwards": events arrive out of order
 * (Resend retries and sends them concurrently), so a late `delivered` after `opened` must keep
 * OPENED. Delivery problems and refusals outrank engagement: a bounce or complaint after an open
 * is what the sender needs to see. UNSUBSCRIBED is the last word.
 */
const RANK: Record<EmailStatus, number> = {
  QUEUED: 0,
  SENT: 1,
  DELAYED: 2,
  DELIVERED: 3,
  OPENED: 4,
  CLICKED: 5,
  FAILED: 6,
  SUPPRESSED: 6,
  BOUNCED: 7,
  COMPLAINED: 8,
  UNSUBSCRIBED: 9,
};

/** The status an email has after `next` is reported while it stands at `current`: the further of the two. */
export function advanceEmailStatus(current: EmailStatus, next: EmailStatus): EmailStatus {
  return RANK[next] > RANK[current] ? next : current;
}

