"use client";

import { Notice, useNotice } from "@/components/shared/Notice";
import { format, parseISO } from "date-fns";
import { useEffect, useState } from "react";
import { Modal } from "@/components/activities/Modal";
import { Button } from "@/components/ui/button";
import { activityTypeLabel, type OutreachType } from "@/lib/activities/activity-types";
import type { LoggedActivity } from "@/server/services/activities/record-activity";
import { LogOutreachForm } from "./LogOutreachForm";
import { OneClickOutreachHost } from "./OneClickOutreachHost";
import { OUTREACH_LOGGED_EVENT, announceOutreach } from "./outreach-events";

/** Whether a key press happens while the user types (where "L" is a letter, not a shortcut). */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** What logging did, in one line for the confirmation. */
function summary(logged: LoggedActivity, type: OutreachType, followUpDay: string | null): string {
  const parts = [`${activityTypeLabel(type)} logged`];
  if (logged.movedTo) parts.push(`lead moved to ${logged.movedTo.name}`);
  if (logged.nextActionAt && followUpDay) parts.push(`follow-up ${format(parseISO(followUpDay), "EEE d MMM")}`);
  return parts.join(" · ");
}

/**
 * "Log outreach": opens the quick dialog to log an outbound touch (type, whom, outcome, notes, next
 * follow-up) — from a lead row or card (`compact`: an icon button), a record page, or the app
 * header. The header's instance (`appWide`) also opens it with the "L" key (outside text fields)
 * or Ctrl/Cmd+Shift+L, and shows every button's confirmation of what changed (a row's button may
 * be re-rendered away when the page refreshes after logging); it also hosts the one-click outreach
 * dialogs (OneClickOutreachHost), for the same reason.
 * @param name - the lead's (or contact's, deal's) name, shown in the dialog and the button's label.
 */
export function LogOutreachButton({
  leadId,
  contactId,
  dealId,
  name,
  compact = false,
  appWide = false,
}: {
  leadId?: string;
  contactId?: string;
  dealId?: string;
  name?: string;
  compact?: boolean;
  appWide?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useNotice();

  useEffect(() => {
    if (!appWide) return;
    const onLogged = (event: Event) => setNotice((event as CustomEvent<string>).detail);
    const onKey = (event: KeyboardEvent) => {
      const combo = (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === "l";
      const plain = event.key.toLowerCase() === "l" && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
      if (!combo && !plain) return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener(OUTREACH_LOGGED_EVENT, onLogged);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OUTREACH_LOGGED_EVENT, onLogged);
    };
  }, [appWide, setNotice]);

  const label = name ? `Log outreach to ${name}` : "Log outreach";
  return (
    <>
      {compact ? (
        <Button variant="ghost" size="sm" className="h-7 px-1.5" onClick={() => setOpen(true)} aria-label={label} title={label}>
          <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden>
            <path d="M2.5 3.5 17.5 10l-15 6.5 2-6.5-2-6.5Zm2.7 5.7h6.3v1.6H5.2L4.3 14l9.2-4-9.2-4 .9 3.2Z" />
          </svg>
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)} title={appWide ? "Log outreach (L)" : undefined} aria-keyshortcuts={appWide ? "L Control+Shift+L Meta+Shift+L" : undefined}>
          Log outreach
          {appWide ? (
            <kbd aria-hidden className="hidden rounded border border-slate-300 px-1 text-[0.65rem] text-slate-500 sm:inline">
              L
            </kbd>
          ) : null}
        </Button>
      )}
      {open ? (
        <Modal title={name ? `Log outreach · ${name}` : "Log outreach"} onClose={() => setOpen(false)}>
          <LogOutreachForm
            preset={{ leadId, contactId, dealId, name }}
            onCancel={() => setOpen(false)}
            onDone={(logged, { type, followUpDay }) => {
              setOpen(false);
              announceOutreach(summary(logged, type, followUpDay));
            }}
          />
        </Modal>
      ) : null}
      <Notice text={notice} />
      {appWide ? <OneClickOutreachHost /> : null}
    </>
  );
}
