import { z } from "zod";

/**
 * The email event types Resend posts to a webhook (resend-node 6.38
 * `src/webhooks/interfaces/webhook-event.interface.ts`; https://resend.com/docs/webhooks/event-types).
 * Any other type (contact.*, domain.*, inbox.*, or one added later) is still a valid event:
 * Leadwell stores it and ignores it.
 */
export const RESEND_EMAIL_EVENT_TYPES = [
  "email.sent",
  "email.scheduled",
  "email.delivered",
  "email.delivery_delayed",
  "email.complained",
  "email.bounced",
  "email.opened",
  "email.clicked",
  "email.received",
  "email.failed",
  "email.suppressed",
] as const;
export type ResendEmailEventType = (typeof RESEND_EMAIL_EVENT_TYPES)[number];

const EMAIL_EVENT_TYPE_SET: ReadonlySet<string> = new Set(RESEND_EMAIL_EVENT_TYPES);

/** True when `type` is one of Resend's email event types. */
export function isResendEmailEventType(type: string): type is ResendEmailEventType {
  return EMAIL_EVENT_TYPE_SET.has(type);
}

/** An instant as Resend writes it ("2026-02-22T23:41:12.126Z"); anything `Date.parse` reads is accepted. */
const instant = z.string().refine((value) => !Number.isNaN(Date.parse(value)), { error: "Not a date" });

/** Resend sends one address or a list; both become a list. */
const addressList = z.union([z.string(), z.array(z.string())]).transform((value) => (typeof value === "string" ? [value] : value));

/**
 * Tags are an object in the current docs and SDK (`{"category":"confirm_email"}`); older
 * fixtures show `[{name, value}]`. Both become a `Record<string, string>`.
 */
const tags = z
  .union([z.record(z.string(), z.string()), z.array(z.object({ name: z.string(), value: z.string() }))])
  .transform((value): Record<string, string> => (Array.isArray(value) ? Object.fromEntries(value.map((tag) => [tag.name, tag.value])) : value));

/**
 * `data` of an email event. Only `email_id`, `from` and `to` are required; the rest is optional
 * so that a field Resend drops or adds never makes a genuine, signed event unreadable. Unknown
 * fields are kept (loose objects).
 */
const emailEventData = z.looseObject({
  email_id: z.string().min(1),
  created_at: instant.optional(),
  broadcast_id: z.string().optional(),
  template_id: z.string().optional(),
  message_id: z.string().optional(),
  from: z.string(),
  to: addressList,
  subject: z.string().optional(),
  tags: tags.optional(),
});

/** `data.bounce` of email.bounced: `type` is "Permanent" (hard), "Transient" or "Undetermined". */
const bounce = z.looseObject({
  type: z.string(),
  subType: z.string().optional(),
  message: z.string().optional(),
  diagnosticCode: z.array(z.string()).optional(),
});

/** `data.click` of email.clicked. */
const click = z.looseObject({
  link: z.string(),
  ipAddress: z.string().optional(),
  timestamp: instant.optional(),
  userAgent: z.string().optional(),
});

/** An inbound email's extra fields (email.received); the body itself is fetched from Resend's API. */
const receivedEmailData = emailEventData.extend({
  cc: addressList.optional(),
  bcc: addressList.optional(),
  received_for: addressList.optional(),
  attachments: z.array(z.looseObject({ id: z.string(), filename: z.string().nullish(), content_type: z.string().optional() })).optional(),
});

const emailEvent = <T extends ResendEmailEventType, D extends z.ZodType>(type: T, data: D) =>
  z.object({ type: z.literal(type), created_at: instant, data });

/** One email event, typed by its `type`. */
export const resendEmailEventSchema = z.discriminatedUnion("type", [
  emailEvent("email.sent", emailEventData),
  emailEvent("email.scheduled", emailEventData),
  emailEvent("email.delivered", emailEventData),
  emailEvent("email.delivery_delayed", emailEventData),
  emailEvent("email.complained", emailEventData),
  emailEvent("email.opened", emailEventData),
  emailEvent("email.bounced", emailEventData.extend({ bounce })),
  emailEvent("email.clicked", emailEventData.extend({ click })),
  emailEvent("email.received", receivedEmailData),
  emailEvent("email.failed", emailEventData.extend({ failed: z.looseObject({ reason: z.string() }) })),
  emailEvent("email.suppressed", emailEventData.extend({ suppressed: z.looseObject({ type: z.string(), message: z.string().optional() }) })),
]);
export type ResendEmailEvent = z.infer<typeof resendEmailEventSchema>;

/** An event of a type Leadwell does not handle: the envelope is checked, `data` is kept as is. */
export const resendOtherEventSchema = z.object({
  type: z
    .string()
    .min(1)
    .refine((type) => !isResendEmailEventType(type), { error: "An email event must match its schema" }),
  created_at: instant,
  data: z.record(z.string(), z.unknown()),
});
export type ResendOtherEvent = z.infer<typeof resendOtherEventSchema>;

/**
 * Resend's webhook envelope `{ type, created_at, data }` (there is no event id in the body: the
 * `svix-id` header is the event's identity). An email event must have its type's fields (a
 * clicked event its `click.link`, a bounced one its `bounce.type`…); an event of any other
 * type is accepted with its `data` untouched.
 */
export const resendEventSchema = z.union([resendEmailEventSchema, resendOtherEventSchema]);
export type ResendEvent = z.infer<typeof resendEventSchema>;

/** Narrows a parsed event to an email event. */
export function isResendEmailEvent(event: ResendEvent): event is ResendEmailEvent {
  return isResendEmailEventType(event.type);
}

/**
 * Parses a webhook body as a Resend event, judging an email event by its type's schema so that
 * the first issue names the field it lacks (`data.click`), not the union.
 * @param value - the parsed JSON body.
 */
export function parseResendEvent(value: unknown): z.ZodSafeParseResult<ResendEvent> {
  const type = typeof value === "object" && value !== null && "type" in value ? value.type : undefined;
  return typeof type === "string" && isResendEmailEventType(type) ? resendEmailEventSchema.safeParse(value) : resendOtherEventSchema.safeParse(value);
}
