import type { SequenceExitReason } from "@/lib/validation/sequence";

/** How the timeline and the pages say why an enrolment ended. */
export const EXIT_REASON_TEXT: Record<SequenceExitReason, string> = {
  REPLIED: "replied",
  BOUNCED: "an email bounced",
  COMPLAINED: "marked an email as spam",
  UNSUBSCRIBED: "unsubscribed",
  BOOKED_CALL: "booked a call",
  WON: "the lead was won",
  LOST: "the lead was lost",
  STAGE: "the lead reached an exit stage",
  MANUAL: "unenrolled by hand",
};
