"use server";

import { notFound, redirect } from "next/navigation";
import { NotFoundError } from "@/server/errors";
import { unsubscribeEmailMessage } from "@/server/services/email/unsubscribe-email-message";

/**
 * The unsubscribe page's confirm button (no sign-in: the signed token is the credential). Shows
 * the page again, which then says the address is unsubscribed; a forged token is the 404 page.
 */
export async function confirmUnsubscribeAction(token: string): Promise<void> {
  try {
    await unsubscribeEmailMessage(token);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  redirect(`/unsubscribe/${encodeURIComponent(token)}`);
}
