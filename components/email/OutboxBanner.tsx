import Link from "next/link";

/**
 * Says that sends go to the local outbox because RESEND_API_KEY is not set (issue 10 §6); shown on
 * the send dialog, /outbox and Settings → Email. Renders nothing when Resend is configured.
 * @param linkToOutbox - add a link to /outbox (not on the outbox itself).
 */
export function OutboxBanner({ providerConfigured, linkToOutbox = false }: { providerConfigured: boolean; linkToOutbox?: boolean }) {
  if (providerConfigured) return null;
  return (
    <p role="note" data-testid="outbox-banner" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <strong className="font-semibold">RESEND_API_KEY is not set:</strong> emails go to this outbox, nothing leaves the server.
      {linkToOutbox ? (
        <>
          {" "}
          <Link href="/outbox" className="underline">
            Open the outbox
          </Link>
        </>
      ) : null}
    </p>
  );
}
