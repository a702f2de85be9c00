/** Whether a Prisma error is a unique-constraint violation (P2002), e.g. a lost race to insert the same name. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
