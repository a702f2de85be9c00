import Link from "next/link";
import { dayLabel } from "@/lib/gamification/day-labels";

/** The app-wide banner while the user's pause is active: until when (its last local day, yyyy-MM-dd), why, and where to end it. */
export function PauseBanner({ toDay, reason }: { toDay: string; reason: string }) {
  return (
    <div role="status" data-testid="pause-banner" className="border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900">
      Pause mode is on until <strong>{dayLabel(toDay)}</strong>: your streak, consistency, daily goals and missions are frozen. <span className="text-sky-700">({reason})</span>{" "}
      <Link href="/settings/pause" className="font-medium underline">
        End pause
      </Link>
    </div>
  );
}
