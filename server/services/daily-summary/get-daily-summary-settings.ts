import "server-only";
import { dailySummaryOptedIn } from "@/lib/daily-summary/summary-schedule";
import type { DailySummarySettings } from "@/lib/validation/user";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";

/**
 * A user's daily summary settings as Profile shows them: whether they get it (their choice, or the
 * default for their role while they have made none) and their send hour (0–23 local).
 * @throws NotFoundError when the user does not exist.
 */
export async function getDailySummarySettings(userId: string): Promise<DailySummarySettings & { isDefault: boolean }> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { role: true, dailySummaryEnabled: true, dailySummaryHour: true } });
  if (!user) throw new NotFoundError("User");
  return { dailySummaryEnabled: dailySummaryOptedIn(user), dailySummaryHour: user.dailySummaryHour, isDefault: user.dailySummaryEnabled === null };
}
