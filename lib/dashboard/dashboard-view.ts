import type { Role } from "@/lib/enums";
import type { DashboardView } from "@/lib/validation/dashboard-layout";

/** Whether a role may see the team's figures on the dashboard (managers and admins). */
export function canSeeTeam(role: Role): boolean {
  return role !== "SALES";
}

/** The view the dashboard shows: the one asked for, except that SALES always sees its own ("my"). */
export function effectiveDashboardView(role: Role, requested: DashboardView): DashboardView {
  return requested === "team" && canSeeTeam(role) ? "team" : "my";
}
