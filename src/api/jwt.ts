import { SignJWT } from "jose";
import { ConfigError } from "../errors/app-errors.js";

/**
 * Mints an HS256 token that @neo4j/graphql accepts for mutations (it verifies with the same
 * JWT_SECRET, passed as `features.authorization.key`). For local use and tests; production tokens
 * come from your identity provider, signed with the same secret.
 */
export async function mintToken(
  secret: string | undefined,
  options: { subject?: string; expiresIn?: string } = {},
): Promise<string> {
  if (!secret)
    throw new ConfigError("JWT_SECRET is not set: without it no token is valid and the API is read-only.");
  return new SignJWT({ roles: ["editor"] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(options.subject ?? "local-editor")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "8h")
    .sign(new TextEncoder().encode(secret));
}
