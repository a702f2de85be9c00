import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { orNotFound } from "@/server/page";
import { findUnsubscribeTarget } from "@/server/services/email/find-unsubscribe-target";
import { confirmUnsubscribeAction } from "./actions";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/**
 * /unsubscribe/:token — public (the link in an email): shows the address and asks to confirm; a
 * GET never unsubscribes, since mail scanners open links. Mail clients unsubscribe in one click
 * through POST /api/unsubscribe/:token instead (RFC 8058). A forged token is the 404 page.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const target = await orNotFound(findUnsubscribeTarget(token));
  if (target.unsubscribed) {
    return (
      <div data-testid="unsubscribed">
        <h1 className="text-lg font-semibold text-slate-900">You are unsubscribed</h1>
        <p className="mt-2 text-sm text-slate-600">
          <strong className="font-medium text-slate-900">{target.address}</strong> will get no more emails from {target.from}.
        </p>
      </div>
    );
  }
  return (
    <form action={confirmUnsubscribeAction.bind(null, token)}>
      <h1 className="text-lg font-semibold text-slate-900">Unsubscribe?</h1>
      <p className="mt-2 text-sm text-slate-600">
        Stop all emails from {target.from} to <strong className="font-medium text-slate-900">{target.address}</strong>.
      </p>
      <Button type="submit" className="mt-4">
        Unsubscribe {target.address}
      </Button>
    </form>
  );
}
