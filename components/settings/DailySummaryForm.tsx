"use client";

import { useState, useTransition } from "react";
import { sendDailySummaryNowAction, updateDailySummarySettingsAction } from "@/app/(app)/settings/profile/actions";
import { useActionForm } from "@/components/shared/use-action-form";
import { Button, LinkButton } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/input";
import { dailySummarySettingsSchema, type DailySummarySettings, type DailySummarySettingsInput } from "@/lib/validation/user";

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00` }));

/**
 * Profile → Daily summary: on or off and the send hour (in the user's time zone), a link to the
 * preview of today's summary, and "Send me one now".
 */
export function DailySummaryForm({ settings, isDefault, timeZone, email }: { settings: DailySummarySettings; isDefault: boolean; timeZone: string; email: string }) {
  const [saved, setSaved] = useState(false);
  const { register, onSubmit, errorOf, formError, formState } = useActionForm<DailySummarySettingsInput, DailySummarySettings, DailySummarySettings>({
    schema: dailySummarySettingsSchema,
    defaultValues: { dailySummaryEnabled: settings.dailySummaryEnabled, dailySummaryHour: String(settings.dailySummaryHour) },
    action: (data) => {
      setSaved(false);
      return updateDailySummarySettingsAction(data);
    },
    onSuccess: () => setSaved(true),
  });
  const [sendMessage, setSendMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [sending, startSending] = useTransition();
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <p className="text-sm text-slate-600">
          An email Monday to Friday with your follow-ups and tasks for the day, recent outreach, new leads and MRR; on Mondays also last week&apos;s results.
        </p>
        <FormMessage>{formError}</FormMessage>
        {saved ? <FormMessage tone="success">Saved</FormMessage> : null}
        <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
          <Checkbox {...register("dailySummaryEnabled")} />
          Send me the daily summary
        </label>
        {isDefault ? <p className="-mt-2 text-xs text-slate-500">You have not chosen yet: it is on for admins and off for everyone else until you save.</p> : null}
        <SelectField label="Send hour" id="dailySummaryHour" options={HOURS} hint={`From this hour in your time zone (${timeZone}), Monday to Friday`} error={errorOf("dailySummaryHour")} {...register("dailySummaryHour")} />
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save daily summary"}
        </Button>
      </form>
      <div className="space-y-2 border-t border-slate-100 pt-4">
        <div className="flex flex-wrap gap-2">
          <LinkButton href="/settings/profile/daily-summary">Preview today&apos;s summary</LinkButton>
          <Button
            variant="secondary"
            disabled={sending}
            onClick={() =>
              startSending(async () => {
                setSendMessage(null);
                const result = await sendDailySummaryNowAction();
                if (!result.ok) return setSendMessage({ tone: "error", text: result.error });
                setSendMessage({ tone: "success", text: result.data.outbox ? `Today's summary to ${result.data.to} put in the outbox` : `Today's summary sent to ${result.data.to}` });
              })
            }
          >
            {sending ? "Sending…" : "Send me one now"}
          </Button>
        </div>
        <p className="text-xs text-slate-500">
          &ldquo;Send me one now&rdquo; emails today&apos;s summary to {email} at once, whatever the hour, the day or the setting above. It does not count as today&apos;s summary: the scheduled one still comes at your hour.
        </p>
        {sendMessage ? <FormMessage tone={sendMessage.tone}>{sendMessage.text}</FormMessage> : null}
      </div>
    </div>
  );
}
