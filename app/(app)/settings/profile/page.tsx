import type { Metadata } from "next";
import { ProfileForm } from "@/components/settings/ProfileForm";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Profile" description={user.email} />
      <Card className="max-w-lg p-4">
        <ProfileForm name={user.name} timeZone={user.timeZone} />
      </Card>
    </>
  );
}
