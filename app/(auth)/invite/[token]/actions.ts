"use server";

import { runPublicAction } from "@/server/action";
import { acceptInvite } from "@/server/services/users/invites";

/** Accepts an invite; needs no session because the one-time token is the credential. */
export async function acceptInviteAction(token: string, input: { name: string; password: string }) {
  return runPublicAction(() => acceptInvite({ token, name: input.name, password: input.password }));
}
