import type { GraphQLSchema } from "graphql";
import { BadInputError } from "../../errors/app-errors.js";
import type { Viewer } from "../auth/tokens.js";
import { ForbiddenError } from "../guards/write-guard.js";
import type { AuditTrail } from "./audit-trail.js";

/** Resolves Query.auditTrail (declared in schema.graphql) for admins only. */
export function installAuditQuery(schema: GraphQLSchema, audit: AuditTrail): void {
  const field = schema.getQueryType()?.getFields().auditTrail;
  if (!field) return;
  field.resolve = async (
    _source,
    args: { limit: number; sub?: string | null },
    context: { viewer: Viewer },
  ) => {
    if (!context.viewer.roles.includes("admin")) {
      throw new ForbiddenError("Forbidden: the audit trail needs a token with the admin role.");
    }
    if (args.limit < 1 || args.limit > 1000) throw new BadInputError("limit must be from 1 to 1000.");
    return audit.list(args.limit, args.sub ?? null);
  };
}
