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
  { href: "/analytics", label: "Analytics" },
  { href: "/outbox", label: "Outbox" },
  { href: "/companies", label: "Companies" },
  { href: "/contacts", label: "Contacts" },
  { href: "/leads/import", label: "Import" },
  { href: "/lead-generation", label: "Lead generation" },
  { href: "/jobs", label: "Jobs" },
  { href: "/settings/pipelines", label: "Pipelines", adminOnly: true },
  { href: "/settings/users", label: "Users", adminOnly: true },
  { href: "/settings/revenue", label: "Revenue", adminOnly: true },
  { href: "/settings/suppression", label: "Suppression" },
  { href: "/settings/email", label: "Email" },
  { href: "/settings/profile", label: "Profile" },
];

/** Whether a nav item is the current section (the longest matching prefix wins). */
export function isActive(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  if (href === "/leads" && pathname.startsWith("/leads/import")) return false;
  if (href === "/leads/import" && pathname.startsWith("/import/")) return true;
  return pathname === href || pathname.startsWith(`${href}/`);
}
