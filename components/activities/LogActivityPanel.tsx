"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActivityTarget } from "./activity-target";
import { LogActivityForm } from "./LogActivityForm";
import { Modal } from "./Modal";
import { NoteForm } from "./NoteForm";

/**
 * The top of a record's timeline: a note box, and "Log activity" for a call, email, meeting… with
 * its details (in a dialog). `children` go beside that button (e.g. the lead's "Log outreach").
 */
export function LogActivityPanel({ target, timeZone, children }: { target: ActivityTarget; timeZone: string; children?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-3 border-b border-slate-100 pb-4">
      <NoteForm target={target} />
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
          Log activity
        </Button>
        {children}
      </div>
      {open ? (
        <Modal title="Log activity" onClose={() => setOpen(false)}>
          <LogActivityForm target={target} timeZone={timeZone} onDone={() => setOpen(false)} />
        </Modal>
      ) : null}
    </div>
  );
}
