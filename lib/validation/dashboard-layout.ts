import { z } from "zod";
import { WIDGET_IDS } from "@/lib/dashboard/widgets";

/**
 * A dashboard layout a user saves (Customise on the home page): widgets in their order, each shown
 * or hidden; every widget at most once. Widgets left out keep their default place (the reader in
 * lib/dashboard/widgets.ts appends them).
 */
export const dashboardLayoutSchema = z
  .array(z.object({ id: z.enum(WIDGET_IDS, { error: "Unknown widget" }), hidden: z.boolean({ error: "Must be true or false" }) }), { error: "A list of widgets" })
  .max(WIDGET_IDS.length, { error: "Too many widgets" })
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "Listed twice" });
      seen.add(entry.id);
    });
  });
export type DashboardLayoutInput = z.input<typeof dashboardLayoutSchema>;

/** The dashboard's scope in the URL: `?view=team` (managers and admins), else the viewer's own records. */
export const dashboardViewSchema = z.enum(["my", "team"]).catch("my");
export type DashboardView = z.infer<typeof dashboardViewSchema>;
