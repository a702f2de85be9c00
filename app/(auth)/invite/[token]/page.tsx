import type { Metadata } from "next";
import { AccountForm } from "@/components/auth/AccountForm";
import { findInvite } from "@/server/services/users/invites";
import { acceptInviteAction } from "./actions";

export const metadata: Metadata = { title: "Join Leadwell" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findInvite(token);
  if (!invite) {
    return (
      <>
        <h1 className="text-lg font-semibold">Invite not valid</h1>
        <p className="mt-2 text-sm text-slate-600">This invite link is unknown, already used or expired. Ask your admin for a new one.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-lg font-semibold">Join Leadwell</h1>
      <p className="mt-1 mb-4 text-sm text-slate-500">You were invited as {invite.role.toLowerCase()}.</p>
      <AccountForm action={acceptInviteAction.bind(null, token)} submitLabel="Create my account" fixedEmail={invite.email} />
    </>
  );
}
