import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { getCurrentUser } from "@/server/auth/session";
import { hasUsers } from "@/server/services/users/create-first-admin";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (!(await hasUsers())) redirect("/setup");
  if (await getCurrentUser()) redirect("/");
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
      <SignInForm />
    </>
  );
}
