import type { ResendEmailEventType } from "@/lib/email/resend-event";
import type { ActivityType, EmailStatus } from "@/lib/enums";

/** The milestone instants of an EmailMessage that events set (campaign stats count them). */
export type EmailMilestone = "sentAt" | "deliveredAt" | "openedAt" | "clickedAt" | "bouncedAt" | "complainedAt";

/** What an event about a sent email does to it: the status it reports, the milestones it reaches, the timeline entry it writes. */
export type EmailEventEffect = { status: EmailStatus; milestones: EmailMilestone[]; activity?: ActivityType };

/**
 * The effect of each Resend email event type on the email it is about
 * (https://resend.com/docs/webhooks/event-types). A click also counts as an open (the recipient
 * opened it to click, even when images — the open pixel — were blocked). `email.scheduled` and
 * `email.received` (an inbound email, not one Leadwell sent) are not here: they change no sent
 * email.
 */
export const EMAIL_EVENT_EFFECTS: Partial<Record<ResendEmailEventType, EmailEventEffect>> = {
  "email.sent": { status: "SENT", milestones: ["sentAt"] },
  "email.delivered": { status: "DELIVERED", milestones: ["deliveredAt"] },
  "email.delivery_delayed": { status: "DELAYED", milestones: [] },
  "email.opened": { status: "OPENED", milestones: ["openedAt"], activity: "EMAIL_OPENED" },
  "email.clicked": { status: "CLICKED", milestones: ["clickedAt", "openedAt"], activity: "EMAIL_CLICKED" },
  "email.bounced": { status: "BOUNCED", milestones: ["bouncedAt"], activity: "EMAIL_BOUNCED" },
  "email.complained": { status: "COMPLAINED", milestones: ["complainedAt"] },
  "email.failed": { status: "FAILED", milestones: [] },
  "email.suppressed": { status: "SUPPRESSED", milestones: [] },
};

/**
 * Whether a bounce is hard (the address does not accept mail) and must be suppressed. Resend's
 * `bounce.type` is "Permanent" for a hard bounce, "Transient" or "Undetermined" otherwise
 * (https://resend.com/docs/dashboard/emails/email-bounces, the SES bounce types); "hard" is
 * accepted as well.
 */
export function isHardBounce(bounceType: string): boolean {
  return /^(permanent|hard)$/i.test(bounceType.trim());
}
