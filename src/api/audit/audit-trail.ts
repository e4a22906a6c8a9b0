import neo4j from "neo4j-driver";
import type { Database } from "../../db/database.js";

export interface AuditEntry {
  sub: string;
  roles: string[];
  /** The root mutation field (createFirms, updateFirms…). */
  operation: string;
  /** The client's operation name, if it gave one. */
  operationName: string | null;
  /** Ids the mutation created or selected by id. */
  ids: string[];
  /** The `where` of the mutation, as JSON, when it had one. */
  where: string | null;
}

/**
 * Every successful write through the API leaves one `:AuditEvent` node in the same database
 * (who, when, operation, ids). Admins read it with the `auditTrail` query; analysts with Cypher
 * (`MATCH (a:AuditEvent) RETURN a ORDER BY a.at DESC`). The importer and the CLIs do not write here:
 * they run with the database's own credentials, outside the API.
 */
export class AuditTrail {
  constructor(private readonly db: Database) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db.write(
      `CREATE (:AuditEvent {at: datetime(), sub: $sub, roles: $roles, operation: $operation,
         operationName: $operationName, ids: $ids, where: $where})`,
      { ...entry },
    );
  }

  async list(limit: number, sub: string | null): Promise<Record<string, unknown>[]> {
    return this.db.read(
      `MATCH (a:AuditEvent) WHERE $sub IS NULL OR a.sub = $sub
       RETURN toString(a.at) AS at, a.sub AS sub, a.roles AS roles, a.operation AS operation,
              a.operationName AS operationName, a.ids AS ids, a.where AS where
       ORDER BY a.at DESC LIMIT $limit`,
      { limit: neo4j.int(Math.trunc(limit)), sub },
    );
  }
}
