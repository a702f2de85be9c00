"use server";

import { runPublicAction } from "@/server/action";
import { createFirstAdmin } from "@/server/services/users/create-first-admin";

/** Creates the first admin; needs no session because the service refuses once any user exists. */
export async function createFirstAdminAction(input: { name: string; email: string; password: string }) {
  return runPublicAction(() => createFirstAdmin(input));
}
