"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/action";
import { inviteUser } from "@/server/services/users/invites";
import { updateProfile, updateUserRole } from "@/server/services/users/manage-users";
import type { InviteInput } from "@/lib/validation/user";

export async function inviteUserAction(input: InviteInput) {
  return runAction(async (user) => {
    const { token, expiresAt } = await inviteUser(user, input);
    return { path: `/invite/${token}`, expiresAt };
  });
}

export async function updateUserRoleAction(input: { userId: string; role: string }) {
  return runAction(async (user) => {
    await updateUserRole(user, input);
    revalidatePath("/settings/users");
    return null;
  });
}

export async function updateProfileAction(input: { name: string; timeZone: string }) {
  return runAction(async (user) => {
    await updateProfile(user, input);
    revalidatePath("/", "layout");
    return null;
  });
}
