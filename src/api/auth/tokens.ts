import { errors as joseErrors, jwtVerify } from "jose";
import { AppError } from "../../errors/app-errors.js";

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The verified identity of a request; anonymous requests are viewers with no subject. */
export interface Viewer {
  sub: string | null;
  roles: Role[];
}

/** The payload handed to @neo4j/graphql as `context.jwt` (its @authorization rules read `roles`). */
export interface VerifiedJwt {
  sub: string;
  exp: number;
  iat?: number;
  roles: Role[];
}

export class UnauthenticatedError extends AppError {
  readonly code = "UNAUTHENTICATED";
}

export const ANONYMOUS: Viewer = { sub: null, roles: ["viewer"] };

/** Roles a claim grants: unknown names are ignored; admin implies editor; everyone is a viewer. */
export function rolesFrom(claim: unknown): Role[] {
  const named = Array.isArray(claim) ? claim.filter((r): r is Role => ROLES.includes(r as Role)) : [];
  const roles = new Set<Role>(["viewer", ...named]);
  if (roles.has("admin")) roles.add("editor");
  return ROLES.filter((r) => roles.has(r));
}

/**
 * Verifies an `Authorization: Bearer …` header: HS256 with JWT_SECRET, `sub` and `exp` required,
 * a lifetime of at most `maxLifetimeSeconds` (from `iat`, or from now when absent). The library
 * receives the verified payload and never parses the token itself.
 */
export async function verifyAuthorization(
  header: string | undefined,
  secret: string | undefined,
  maxLifetimeSeconds: number,
): Promise<{ viewer: Viewer; jwt?: VerifiedJwt }> {
  if (!header) return { viewer: ANONYMOUS };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new UnauthenticatedError("The Authorization header must be 'Bearer <token>'.");
  if (!secret) throw new UnauthenticatedError("This server has no JWT_SECRET: it accepts no tokens.");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(match[1], new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      requiredClaims: ["sub", "exp"],
    }));
  } catch (error) {
    const reason =
      error instanceof joseErrors.JWTExpired
        ? "the token has expired"
        : error instanceof joseErrors.JWTClaimValidationFailed
          ? `the token has no valid '${error.claim}' claim`
          : "the token is not valid (signature, format or algorithm)";
    throw new UnauthenticatedError(`Unauthenticated: ${reason}.`);
  }
  const sub = payload.sub;
  const exp = payload.exp as number;
  const iat = typeof payload.iat === "number" ? payload.iat : undefined;
  if (typeof sub !== "string" || sub.trim() === "")
    throw new UnauthenticatedError("Unauthenticated: the token has no valid 'sub' claim.");
  const lifetime = exp - (iat ?? Math.floor(Date.now() / 1000));
  if (lifetime > maxLifetimeSeconds) {
    throw new UnauthenticatedError(
      `Unauthenticated: the token lives ${lifetime} s; this server accepts at most ${maxLifetimeSeconds} s (JWT_MAX_LIFETIME).`,
    );
  }
  const roles = rolesFrom(payload.roles);
  return { viewer: { sub, roles }, jwt: { sub, exp, ...(iat ? { iat } : {}), roles } };
}
