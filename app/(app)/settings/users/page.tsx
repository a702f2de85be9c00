import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { InviteForm } from "@/components/settings/InviteForm";
import { UserRoleSelect } from "@/components/settings/UserRoleSelect";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { listUsers, type UserSummary } from "@/server/services/users/manage-users";

export const metadata: Metadata = { title: "Users" };

/** Users with their role; `withoutSignIn` rows show only the name (they have no email to show). */
function UserList({ users, currentUserId, withoutSignIn = false }: { users: UserSummary[]; currentUserId: string; withoutSignIn?: boolean }) {
  return (
    <ul className="divide-y divide-slate-100">
      {users.map((u) => (
        <li key={u.id} className={`flex flex-wrap items-center justify-between gap-2 px-4 ${withoutSignIn ? "py-2" : "py-3"}`}>
          <div>
            <div className="font-medium">{u.name}</div>
            {withoutSignIn ? null : <div className="text-sm text-slate-500">{u.email ?? "No email (cannot sign in)"}</div>}
          </div>
          <div className="flex items-center gap-2">
            {!u.canSignIn && !withoutSignIn ? <Badge>No sign-in</Badge> : null}
            <UserRoleSelect userId={u.id} role={u.role} disabled={u.id === currentUserId} />
          </div>
        </li>
      ))}
    </ul>
  );
}

const usersTitle = (count: number, what = "") => `${count} user${count === 1 ? "" : "s"}${what}`;

export default async function UsersPage() {
  const user = await requireUser();
  if (user.role !== "ADMIN") redirect("/");
  const users = await listUsers();
  // Users an import created (e.g. the Maven sales agents) own records but never sign in: listed apart.
  const withoutEmail = users.filter((u) => u.email === null);
  const team = users.filter((u) => u.email !== null);
  return (
    <>
      <PageHeader title="Users" description="Invite teammates and set their roles. Sales users edit only their own records; managers and admins edit all." />
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-5">
          <Card>
            <CardHeader title={usersTitle(team.length)} />
            <UserList users={team} currentUserId={user.id} />
          </Card>
          {withoutEmail.length ? (
            <Card>
              <CardHeader title={usersTitle(withoutEmail.length, " without sign-in")} />
              <p className="border-b border-slate-100 px-4 py-3 text-sm text-slate-500">
                Created by imports (such as the Maven sales agents) to own their records; they have no email and cannot sign in.
              </p>
              <UserList users={withoutEmail} currentUserId={user.id} withoutSignIn />
            </Card>
          ) : null}
        </div>
        <Card className="self-start">
          <CardHeader title="Invite a user" />
          <div className="p-4">
            <InviteForm />
          </div>
        </Card>
      </div>
    </>
  );
}
