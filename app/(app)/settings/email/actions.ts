"use server";

import { revalidatePath } from "next/cache";
import type { EmailSettingsInput, UserSenderInput } from "@/lib/validation/email-settings";
import { runAction } from "@/server/action";
import { sendTestEmail } from "@/server/services/email/send-test-email";
import { updateEmailSettings } from "@/server/services/email-settings/update-email-settings";
import { updateUserSender } from "@/server/services/email-settings/update-user-sender";

/** Settings → Email → Save (admins). */
export async function updateEmailSettingsAction(input: EmailSettingsInput) {
  return runAction(async (user) => {
    await updateEmailSettings(user, input);
    revalidatePath("/settings/email");
    return null;
  });
}

/** Settings → Email → Send test email (to the signed-in user). */
export async function sendTestEmailAction() {
  return runAction(async (user) => {
    const sent = await sendTestEmail(user);
    revalidatePath("/outbox");
    return { to: sent.to, outbox: sent.outbox };
  });
}

/** Profile → Email sender: the user's own sender name and Reply-To. */
export async function updateUserSenderAction(input: UserSenderInput) {
  return runAction(async (user) => {
    await updateUserSender(user, input);
    revalidatePath("/settings/profile");
    revalidatePath("/settings/email");
    return null;
  });
}
