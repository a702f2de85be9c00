import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { InviteForm } from "@/components/settings/InviteForm";
import { UserRoleSelect } from "@/components/settings/UserRoleSelect";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { listUsers } from "@/server/services/users/manage-users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireUser();
  if (user.role !== "ADMIN") redirect("/");
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users" description="Invite teammates and set their roles. Sales users edit only their own records; managers and admins edit all." />
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <Card>
          <CardHeader title={`${users.length} users`} />
          <ul className="divide-y divide-slate-100">
            {users.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div>
                  <div className="font-medium">{u.name}</div>
                  <div className="text-sm text-slate-500">{u.email ?? "No email (cannot sign in)"}</div>
                </div>
                <div className="flex items-center gap-2">
                  {!u.canSignIn ? <Badge>No sign-in</Badge> : null}
                  <UserRoleSelect userId={u.id} role={u.role} disabled={u.id === user.id} />
                </div>
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <CardHeader title="Invite a user" />
          <div className="p-4">
            <InviteForm />
          </div>
        </Card>
      </div>
    </>
  );
}
