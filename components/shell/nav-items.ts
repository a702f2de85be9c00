export type NavItem = { href: string; label: string; adminOnly?: boolean };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/leads", label: "Leads" },
  { href: "/deals", label: "Deals" },
  { href: "/board", label: "Board" },
  { href: "/tasks", label: "Tasks" },
  { href: "/outreach", label: "Outreach" },
  { href: "/templates", label: "Templates" },
  { href: "/campaigns", label: "Campaigns" },
  { href: "/sequences", label: "Sequences" },
  { href: "/analytics", label: "Analytics" },
  { href: "/gamification", label: "Gamification" },
  { href: "/goals", label: "Goals" },
  { href: "/missions", label: "Missions" },
  { href: "/boss", label: "Boss fight" },
  { href: "/rewards", label: "Rewards" },
  { href: "/outbox", label: "Outbox" },
  { href: "/companies", label: "Companies" },
  { href: "/contacts", label: "Contacts" },
  { href: "/leads/import", label: "Import" },
  { href: "/lead-generation", label: "Lead generation" },
  { href: "/jobs", label: "Jobs" },
  { href: "/settings/pipelines", label: "Pipelines", adminOnly: true },
  { href: "/settings/users", label: "Users", adminOnly: true },
  { href: "/settings/revenue", label: "Revenue", adminOnly: true },
  { href: "/settings/scoring", label: "Scoring", adminOnly: true },
  { href: "/settings/suppression", label: "Suppression" },
  { href: "/settings/email", label: "Email" },
  { href: "/settings/profile", label: "Profile" },
  { href: "/settings/pause", label: "Pause mode" },
];

/** Whether a nav item is the current section (the longest matching prefix wins). */
export function isActive(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  if (href === "/leads" && pathname.startsWith("/leads/import")) return false;
  if (href === "/leads/import" && pathname.startsWith("/import/")) return true;
  return pathname === href || pathname.startsWith(`${href}/`);
}
