import bcrypt from "bcryptjs";

/** bcrypt cost factor (OWASP Password Storage Cheat Sheet: at least 10). */
const COST = 12;

/** Hashes a password with bcrypt. */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Compares a password with a bcrypt hash in constant time. */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
