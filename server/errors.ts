import type { FieldErrors } from "@/lib/validation/zod-errors";

/**
 * Typed errors thrown by the service layer. One place per interface maps them:
 * server actions → form errors (server/action.ts), route handlers → problem details
 * (server/http.ts).
 */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends ServiceError {
  constructor(what: string) {
    super(`${what} not found`, 404);
  }
}

export class ForbiddenError extends ServiceError {
  constructor(message = "You do not have permission to do that") {
    super(message, 403);
  }
}

export class UnauthorizedError extends ServiceError {
  constructor(message = "Sign in to continue") {
    super(message, 401);
  }
}

export class ConflictError extends ServiceError {
  constructor(message: string) {
    super(message, 409);
  }
}

export class RateLimitError extends ServiceError {
  constructor(message: string) {
    super(message, 429);
  }
}

export class ValidationError extends ServiceError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message, 422);
  }
}
