import { z } from "zod";

/**
 * The home dashboard's widgets in their default order. `span` is the width on a wide screen, in
 * quarters of the page (1: a figure card, 2: a chart, 4: the full width).
 */
export const DASHBOARD_WIDGETS = [
  { id: "follow-ups", title: "Follow-ups", span: 2 },
  { id: "my-tasks", title: "My tasks", span: 2 },
  { id: "new-leads", title: "New leads", span: 1 },
  { id: "outreach", title: "Outreach", span: 1 },
  { id: "new-clients", title: "New clients this month", span: 1 },
  { id: "project-revenue", title: "Project revenue this month", span: 1 },
  { id: "mrr", title: "MRR", span: 2 },
  { id: "quotes-pending", title: "Quotes pending", span: 1 },
  { id: "potential-revenue", title: "Potential revenue", span: 1 },
  { id: "leads-by-status", title: "Leads by status", span: 2 },
  { id: "revenue-forecast", title: "Revenue forecast", span: 2 },
  { id: "outreach-by-week", title: "Outreach per week", span: 2 },
  { id: "deals-closed-by-week", title: "Deals closed per week", span: 2 },
  { id: "pipeline-value", title: "Pipeline value", span: 4 },
  { id: "game-level", title: "Level", span: 1 },
  { id: "game-streak", title: "Streak", span: 1 },
  { id: "game-mission", title: "Daily mission", span: 1 },
  { id: "game-boss", title: "Boss fight", span: 1 },
] as const satisfies ReadonlyArray<{ id: string; title: string; span: 1 | 2 | 4 }>;

export type DashboardWidget = (typeof DASHBOARD_WIDGETS)[number];
export type WidgetId = DashboardWidget["id"];
export const WIDGET_IDS = DASHBOARD_WIDGETS.map((w) => w.id) as [WidgetId, ...WidgetId[]];

/** One entry of a user's layout: a widget, in the user's order, shown or hidden. */
export type LayoutEntry = { id: WidgetId; hidden: boolean };

/** The registry entry of a widget id. */
export function widgetById(id: WidgetId): DashboardWidget {
  return DASHBOARD_WIDGETS.find((w) => w.id === id)!;
}

/** The layout of a user who never customised: every widget, shown, in the default order. */
export function defaultDashboardLayout(): LayoutEntry[] {
  return WIDGET_IDS.map((id) => ({ id, hidden: false }));
}

/** A layout as stored in `User.dashboardLayout`, read leniently: entries that are not objects with a string id are skipped. */
const storedLayoutSchema = z.array(z.unknown()).catch([]);
const storedEntrySchema = z.object({ id: z.string(), hidden: z.boolean().catch(false) });

/**
 * A user's layout from `User.dashboardLayout`: their order and hidden flags for the widgets that
 * still exist (unknown ids, from a removed widget or a hand edit, and repeats are dropped), then
 * every widget they have never seen, shown, in default order. Null or anything that is not a list
 * gives the default layout; never throws.
 */
export function readDashboardLayout(stored: unknown): LayoutEntry[] {
  const known = new Set<string>(WIDGET_IDS);
  const seen = new Set<string>();
  const layout: LayoutEntry[] = [];
  for (const item of storedLayoutSchema.parse(stored)) {
    const entry = storedEntrySchema.safeParse(item);
    if (!entry.success || !known.has(entry.data.id) || seen.has(entry.data.id)) continue;
    seen.add(entry.data.id);
    layout.push({ id: entry.data.id as WidgetId, hidden: entry.data.hidden });
  }
  for (const id of WIDGET_IDS) if (!seen.has(id)) layout.push({ id, hidden: false });
  return layout;
}
