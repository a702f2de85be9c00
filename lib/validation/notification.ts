import { z } from "zod";

/**
 * GET /api/notifications query: `after`, an ISO 8601 instant (only notifications created after it,
 * for the bell's poll); without it the latest ones. Anything else in `after` is a 422.
 */
export const notificationPollSchema = z.object({
  after: z
    .string({ error: "Must be an ISO 8601 instant" })
    .max(40, { error: "Must be an ISO 8601 instant" })
    .refine((v) => /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), { error: "Must be an ISO 8601 instant" })
    .transform((v) => new Date(v))
    .nullish()
    .transform((v) => v ?? null),
});
