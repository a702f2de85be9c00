"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { cn } from "@/lib/cn";
import type { Role } from "@/lib/enums";
import { NotificationBell } from "@/components/notifications/NotificationBell";
import { LogOutreachButton } from "@/components/outreach/LogOutreachButton";
import { GlobalSearch } from "./GlobalSearch";
import { NAV_ITEMS, isActive } from "./nav-items";

/** The signed-in frame: navigation (a drawer on phones), global search and the user; `banner` (pause mode) shows under the header. */
export function AppShell({ user, banner, children }: { user: { name: string; email: string; role: Role }; banner?: React.ReactNode; children: React.ReactNode }) {
  // Never null under the App Router; typed nullable because the app also has a Pages Router route (pages/api).
  const pathname = usePathname() ?? "/";
  const [menuOpen, setMenuOpen] = useState(false);
  const items = NAV_ITEMS.filter((item) => !item.adminOnly || user.role === "ADMIN");

  const nav = (
    <nav aria-label="Main" className="flex flex-col gap-0.5">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          onClick={() => setMenuOpen(false)}
          aria-current={isActive(item.href, pathname) ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-2 text-sm font-medium",
            isActive(item.href, pathname) ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );

  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr]">
      <aside className="hidden border-r border-slate-200 bg-white p-4 lg:flex lg:flex-col lg:gap-6">
        <Link href="/" className="px-3 text-lg font-bold tracking-tight text-brand-700">
          Leadwell
        </Link>
        {nav}
      </aside>
      {menuOpen ? (
        <div className="fixed inset-0 z-40 lg:hidden" role="dialog" aria-label="Menu">
          <button className="absolute inset-0 bg-slate-900/30" aria-label="Close menu" onClick={() => setMenuOpen(false)} />
          <div className="absolute inset-y-0 left-0 w-64 bg-white p-4 shadow-xl">{nav}</div>
        </div>
      ) : null}
      <div className="min-w-0">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur">
          <button
            className="rounded-md p-2 text-slate-700 hover:bg-slate-100 lg:hidden"
            aria-label="Open menu"
            onClick={() => setMenuOpen(true)}
          >
            <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden>
              <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
            </svg>
          </button>
          <GlobalSearch />
          <div className="ml-auto flex items-center gap-3">
            <LogOutreachButton appWide />
            <NotificationBell />
            <div className="hidden text-right sm:block">
              <div className="text-sm font-medium text-slate-800" data-testid="current-user">
                {user.name}
              </div>
              <div className="text-xs text-slate-500">{user.role.toLowerCase()}</div>
            </div>
            <button
              className="rounded-md px-2.5 py-1.5 text-sm whitespace-nowrap text-slate-600 hover:bg-slate-100"
              onClick={() => signOut({ callbackUrl: "/sign-in" })}
            >
              Sign out
            </button>
          </div>
        </header>
        {banner}
        <main className="mx-auto max-w-[90rem] p-4 sm:p-6">{children}</main>
      </div>
    </div>
  );
}
