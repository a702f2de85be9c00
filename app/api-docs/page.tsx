import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/ApiReference";
import type { DocDocument } from "@/lib/api-docs/operations-by-tag";
import { apiDocument } from "@/server/api/openapi/api-document";

export const metadata: Metadata = { title: "API reference" };

// The document states this server's rate limit (API_RATE_LIMIT_PER_MINUTE), read when the server runs.
export const dynamic = "force-dynamic";

/** /api-docs — the REST API reference, rendered from the same OpenAPI document as /api/v1/openapi.json. Public (it holds no data) and offline. */
export default function ApiDocsPage() {
  // The document is plain JSON; DocDocument names the parts the page reads.
  return <ApiReference document={apiDocument() as unknown as DocDocument} />;
}
