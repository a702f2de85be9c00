import { PauseBanner } from "@/components/gamification/PauseBanner";
import { AppShell } from "@/components/shell/AppShell";
import { requireUser } from "@/server/auth/session";
import { getActivePause } from "@/server/services/gamification/pause";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const pause = await getActivePause(user.id, new Date());
  const banner = pause ? <PauseBanner toDay={pause.toDay} reason={pause.reason} /> : null;
  return (
    <AppShell user={{ name: user.name, email: user.email, role: user.role }} banner={banner}>
      {children}
    </AppShell>
  );
}
