// The page reads the email its link names: never prerender.
export const dynamic = "force-dynamic";

/** The public unsubscribe pages: one small card, no app chrome (the reader is not a user). */
export default function UnsubscribeLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 p-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
    </main>
  );
}
