import "server-only";
import { readDashboardLayout, type LayoutEntry } from "@/lib/dashboard/widgets";
import { dashboardLayoutSchema } from "@/lib/validation/dashboard-layout";
import { getDb } from "@/server/db";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";

/**
 * Saves the acting user's dashboard layout (the widgets' order and which are hidden) in
 * `User.dashboardLayout`, completed with any widget left out, and returns it. A personal
 * preference, so not audited (like the profile).
 * @throws ValidationError for an unknown widget, a widget listed twice or a malformed list.
 */
export async function saveDashboardLayout(actor: Actor, input: unknown): Promise<LayoutEntry[]> {
  const layout = readDashboardLayout(parseOrThrow(dashboardLayoutSchema, input));
  await getDb().user.update({ where: { id: actor.id }, data: { dashboardLayout: layout } });
  return layout;
}
