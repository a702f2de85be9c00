import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";

const apiKeyRowSelect = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} satisfies Prisma.ApiKeySelect;

/** An API key as Profile → API keys lists it (never its token or hash). Dates in UTC. */
export type ApiKeyRow = Prisma.ApiKeyGetPayload<{ select: typeof apiKeyRowSelect }>;

/**
 * The API keys of one user, newest first, revoked and expired ones included (the list shows why a
 * key stopped working). `lastUsedAt` is recorded at most once a minute per key.
 * @param owner - whose keys (the signed-in user).
 */
export async function listApiKeys(owner: { id: string }): Promise<ApiKeyRow[]> {
  return getDb().apiKey.findMany({ where: { userId: owner.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: apiKeyRowSelect });
}
