import { SignJWT } from "jose";
import { ConfigError } from "../errors/app-errors.js";
import type { Role } from "./auth/tokens.js";

/**
 * Mints an HS256 token (sub, iat, exp, roles) that the API accepts (src/api/auth/tokens.ts verifies
 * it with the same JWT_SECRET); the role decides what it may write. For local use and tests; production tokens
 * come from your identity provider, signed with the same secret.
 */
export async function mintToken(
  secret: string | undefined,
  options: { subject?: string; expiresIn?: string; role?: Role } = {},
): Promise<string> {
  if (!secret)
    throw new ConfigError("JWT_SECRET is not set: without it no token is valid and the API is read-only.");
  return new SignJWT({ roles: [options.role ?? "editor"] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(options.subject ?? "local-editor")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "8h")
    .sign(new TextEncoder().encode(secret));
}
