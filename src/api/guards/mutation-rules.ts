import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type { GraphQLInputType } from "graphql";
import type { z } from "zod";
import { BadInputError } from "../../errors/app-errors.js";
import { NODE_FILES, RELATIONSHIP_FILES, sourceRow } from "../../import/dataset-spec.js";

const require = createRequire(import.meta.url);
const { getNullableType, isInputObjectType, isListType } = require("graphql") as typeof GraphQLModule;

/**
 * Mutations obey the importer's rules (src/import/dataset-spec.ts), with the very same zod
 * schemas: slug ids, required names and sources, year ranges, closed vocabularies. This module
 * only maps GraphQL input types onto those schemas.
 */
const nodeSpec = (file: string) => {
  const spec = NODE_FILES.find((f) => f.file === file);
  if (!spec) throw new Error(`dataset-spec has no ${file}`);
  return spec.row;
};
const relationshipSpec = (type: string) => {
  const spec = RELATIONSHIP_FILES.find((f) => f.type === type);
  if (!spec) throw new Error(`dataset-spec has no relationship ${type}`);
  return spec.row;
};

/** GraphQL node type -> the importer's row schema of that node's file. */
const NODE_RULES: Record<string, () => z.ZodObject> = {
  Firm: () => nodeSpec("organizations.csv"),
  University: () => nodeSpec("organizations.csv"),
  PharmaCompany: () => nodeSpec("organizations.csv"),
  Country: () => nodeSpec("countries.csv"),
  Region: () => nodeSpec("regions.csv"),
  TechnologyPlatform: () => nodeSpec("technology_platforms.csv"),
  Product: () => nodeSpec("products.csv"),
  StockExchange: () => nodeSpec("stock_exchanges.csv"),
  Source: () => sourceRow,
};
/** GraphQL relationship-properties type -> the importer's row schema of that relationship's file. */
const EDGE_RULES: Record<string, () => z.ZodObject> = {
  Alliance: () => relationshipSpec("ALLIANCE"),
  SpinOff: () => relationshipSpec("SPUN_OFF_FROM"),
  Acquisition: () => relationshipSpec("ACQUIRED"),
  Subsidiary: () => relationshipSpec("SUBSIDIARY_OF"),
  Location: () => relationshipSpec("LOCATED_IN"),
  Listing: () => relationshipSpec("LISTED_ON"),
  Development: () => relationshipSpec("DEVELOPS"),
  Ownership: () => relationshipSpec("OWNS"),
  PlatformBasis: () => relationshipSpec("BASED_ON"),
};

/** The importer reads CSV cells; a GraphQL value is turned into the cell that would hold it. */
function toCell(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.join("|");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value;
}

/** In update inputs the library wraps scalars as `{ set: value }` (or increments, pushes…). */
function updatedValue(value: unknown): { present: boolean; value?: unknown } {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if ("set" in value) return { present: true, value: (value as { set: unknown }).set };
    return { present: false };
  }
  return { present: true, value };
}

export interface MutationFacts {
  /** Every `source` key the mutation writes (checked against the Source nodes). */
  sources: Set<string>;
  /** Ids of nodes the mutation creates. */
  createdIds: string[];
}

function checkObject(
  where: string,
  rules: z.ZodObject,
  value: Record<string, unknown>,
  mode: "create" | "update",
  ownKeys: Set<string>,
  facts: MutationFacts,
) {
  for (const [key, schema] of Object.entries(rules.shape)) {
    // Only fields this GraphQL input has; `kind`, `from`, `to`, `country` come from the graph's shape.
    if (!ownKeys.has(key)) continue;
    let raw: unknown;
    if (mode === "create") raw = value[key];
    else {
      if (!(key in value)) continue;
      const updated = updatedValue(value[key]);
      if (!updated.present) continue;
      raw = updated.value;
    }
    const result = (schema as z.ZodType).safeParse(toCell(raw));
    if (!result.success) {
      const message = raw === undefined || raw === null ? "is required" : result.error.issues[0]?.message;
      throw new BadInputError(`${where}.${key} ${message} (got ${JSON.stringify(raw ?? null)}).`);
    }
    if (key === "source" && typeof raw === "string") facts.sources.add(raw);
  }
  if (mode === "create" && typeof value.id === "string" && rules.shape.name) facts.createdIds.push(value.id);
}

/**
 * Walks a mutation's arguments alongside their GraphQL input types and checks every node and
 * relationship it creates or updates with the importer's rules. Throws BAD_USER_INPUT naming the
 * argument path and field.
 */
export function checkMutationInput(
  path: string,
  type: GraphQLInputType,
  value: unknown,
  facts: MutationFacts,
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) {
      checkMutationInput(path, nullable.ofType, value, facts);
      return;
    }
    value.forEach((item, i) => {
      checkMutationInput(`${path}[${i}]`, nullable.ofType, item, facts);
    });
    return;
  }
  if (!isInputObjectType(nullable) || typeof value !== "object") return;
  const match = /^(\w+?)(Create|Update)Input$/.exec(nullable.name);
  if (match?.[1] && match[2]) {
    const rules = NODE_RULES[match[1]]?.() ?? EDGE_RULES[match[1]]?.();
    if (rules) {
      const ownKeys = new Set(Object.keys(nullable.getFields()));
      const mode = match[2] === "Create" ? "create" : "update";
      checkObject(path, rules, value as Record<string, unknown>, mode, ownKeys, facts);
    }
  }
  const fields = nullable.getFields();
  for (const [key, child] of Object.entries(value)) {
    const field = fields[key];
    if (field) checkMutationInput(`${path}.${key}`, field.type, child, facts);
  }
}
