"use client";

import { useOptimistic, useTransition } from "react";
import { setTemplateFavouriteAction } from "@/app/(app)/templates/actions";
import { cn } from "@/lib/cn";

/** The star of a template: a toggle button that stars or un-stars it for the team (shown at once). */
export function FavouriteStar({ templateId, name, favourite }: { templateId: string; name: string; favourite: boolean }) {
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(favourite);
  return (
    <button
      type="button"
      aria-pressed={shown}
      aria-label={`Favourite ${name}`}
      title={shown ? "Starred: listed first. Click to un-star" : "Star: list it first"}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          setShown(!shown);
          await setTemplateFavouriteAction(templateId, !shown);
        })
      }
      className={cn("inline-flex size-8 items-center justify-center rounded-md text-xl leading-none hover:bg-slate-100", shown ? "text-amber-500" : "text-slate-300")}
    >
      {shown ? "★" : "☆"}
    </button>
  );
}
