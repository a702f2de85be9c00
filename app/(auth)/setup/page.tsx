import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/auth/AccountForm";
import { hasUsers } from "@/server/services/users/create-first-admin";
import { createFirstAdminAction } from "./actions";

export const metadata: Metadata = { title: "Create the admin account" };

export default async function SetupPage() {
  if (await hasUsers()) redirect("/sign-in");
  return (
    <>
      <h1 className="text-lg font-semibold">Create the admin account</h1>
      <p className="mt-1 mb-4 text-sm text-slate-500">Welcome to Leadwell. This first account manages users and settings.</p>
      <AccountForm action={createFirstAdminAction} submitLabel="Create admin account" />
    </>
  );
}
