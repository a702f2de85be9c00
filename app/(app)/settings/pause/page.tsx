import type { Metadata } from "next";
import { PauseForm } from "@/components/gamification/PauseForm";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { getActivePause } from "@/server/services/gamification/pause";

export const metadata: Metadata = { title: "Pause mode" };

/** /settings/pause: start a pause of 1–14 days with a reason, or end the active one. */
export default async function PauseSettingsPage() {
  const user = await requireUser();
  const pause = await getActivePause(user.id, new Date());
  return (
    <>
      <PageHeader title="Pause mode" description="Taking time off? Pause the game so your streak and goals wait for you." />
      <Card className="max-w-lg">
        <CardHeader title={pause ? "Pause active" : "Start a pause"} />
        <div className="space-y-4 p-4">
          <p className="text-sm text-slate-600">
            A pause freezes your outreach streak, the consistency score, daily goals and daily missions. Tasks still fall due and become overdue, and this month&apos;s
            boss fight carries on.
          </p>
          <PauseForm pause={pause} />
        </div>
      </Card>
    </>
  );
}
