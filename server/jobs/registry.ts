import type { AnyJobType } from "./job-type";

const globalForRegistry = globalThis as unknown as { leadwellJobTypes?: Map<string, AnyJobType> };

/** Kept on globalThis: Next.js bundles the in-process worker apart from the routes. */
function jobTypes(): Map<string, AnyJobType> {
  globalForRegistry.leadwellJobTypes ??= new Map();
  return globalForRegistry.leadwellJobTypes;
}

/**
 * Adds a job type to this process's registry (a worker runs only the types it knows). The
 * built-in types are registered by server/jobs/job-types.ts; tests may register their own.
 * Registering the same name again replaces the definition (module reloads in development).
 */
export function registerJobType(definition: AnyJobType): void {
  jobTypes().set(definition.type, definition);
}

/** The registered definition of a job type, or undefined. */
export function findJobType(type: string): AnyJobType | undefined {
  return jobTypes().get(type);
}

/** Every registered job type. */
export function listJobTypes(): AnyJobType[] {
  return [...jobTypes().values()];
}
