import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type {
  DocumentNode,
  FieldDefinitionNode,
  FieldNode,
  GraphQLFieldResolver,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  SelectionSetNode,
} from "graphql";
import { toCypherValue } from "../../cypher/run-query.js";
import type { Database } from "../../db/database.js";
import { TRAVERSAL_GUARDS } from "./guards.js";
import { rememberKnown } from "./known-ids.js";

const { Kind, getNamedType, isAbstractType, isLeafType, isListType, getNullableType, parse } = createRequire(
  import.meta.url,
)("graphql") as typeof GraphQLModule;

/**
 * Direct resolution of the single-entity traversals (README "Queries at scale").
 *
 * @neo4j/graphql translates a request for a top-level `@cypher` field into a statement that wraps
 * ours and projects every nested selection with its own subqueries (one union branch per
 * organization kind for each `organization { … }`). The translation depends on the arguments, so a
 * traversal asked for another id is translated again (~1.2 ms), and the wrapped statement, its
 * session set-up and its result mapping come on top: at 1M organizations GraphQL took 2.2-2.8x the
 * raw query's p99. When the selection asks only for what the traversal's statement already returns
 * (the result types' plain fields and the organizations' stored properties), the resolver runs that
 * same statement (the field's `@cypher` text in schema.graphql, i.e. cypher/api/<field>.cypher)
 * with the field's arguments as parameters, and shapes the rows in memory. Any other selection (a
 * relationship, a nested traversal, a connection on an organization…) still goes to the library.
 * Arguments, unknown ids, limits, timeouts and error codes stay with the wrappers around this one.
 */
export const DIRECT_TRAVERSALS = [
  "spinOffLineage",
  "spinOffDescendants",
  "partnerDependency",
  "dependentFirms",
  "connectionPath",
];

const ORGANIZATION = "Organization";

/** How a field of a traversal result type (LineageStep, PathStep…) is read from the statement's map. */
type FieldPlan =
  /** A map key of the same name (a field without directive). */
  | { kind: "key" }
  /** `UNWIND this.<key> AS x RETURN x`: a list of maps under `key`. */
  | { kind: "unwind"; key: string }
  /** `MATCH (o:Organization {id: this.<key>}) RETURN o`: the organization whose id is under `key`. */
  | { kind: "organization"; key: string }
  /** `UNWIND this.<key> AS id MATCH (o:Organization {id: id}) RETURN o`: organizations by ids. */
  | { kind: "organizations"; key: string };

interface Plans {
  /** Result type name -> field name -> plan (a missing field cannot be resolved directly). */
  results: Map<string, Map<string, FieldPlan>>;
  /** Organization type name -> fields that are stored properties (no directive, scalar or enum). */
  properties: Map<string, Set<string>>;
  /** Root field name -> its `@cypher` statement and column. */
  roots: Map<string, { statement: string; columnName: string }>;
}

const UNWIND = /^\s*UNWIND this\.(\w+) AS (\w+) RETURN \2\s*$/;
const BY_ID = /^\s*MATCH \(o:Organization \{id: this\.(\w+)\}\) RETURN o\s*$/;
const BY_IDS = /^\s*UNWIND this\.(\w+) AS id MATCH \(o:Organization \{id: id\}\) RETURN o\s*$/;

/**
 * The statement without its comments (`//` to the end of a line, and block comments) and with each
 * run of white space cut to one space or line break, for sending on every request. The cypher/ files open with long headers (title, parameters, `@expect`
 * lines), about half of each traversal's text, and the driver cuts a message into 1,400-byte chunks,
 * one socket write each, so each request cost one to three more writes to the database than its
 * statement needs (README "Queries at scale"). Strings ('…', "…", with backslash escapes) and
 * `quoted` names are copied as they are, whatever they hold.
 */
export function withoutComments(statement: string): string {
  let out = "";
  for (let i = 0; i < statement.length; ) {
    const c = statement[i] as string;
    if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < statement.length && statement[j] !== c) j += statement[j] === "\\" && c !== "`" ? 2 : 1;
      out += statement.slice(i, j + 1);
      i = j + 1;
    } else if (statement.startsWith("//", i)) {
      const end = statement.indexOf("\n", i);
      i = end < 0 ? statement.length : end;
    } else if (statement.startsWith("/*", i)) {
      const end = statement.indexOf("*/", i + 2);
      if (out !== "" && !out.endsWith(" ") && !out.endsWith("\n")) out += " ";
      i = end < 0 ? statement.length : end + 2;
    } else if (c === " " || c === "\t" || c === "\r" || c === "\n") {
      // A run of white space becomes one space, or one line break if it holds one.
      const last = out.at(-1);
      if (c === "\n" && last === " ") out = `${out.slice(0, -1)}\n`;
      else if (out !== "" && last !== " " && last !== "\n") out += c === "\n" ? "\n" : " ";
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out.trimEnd();
}

function cypherOf(field: FieldDefinitionNode): { statement: string; columnName: string } | undefined {
  const directive = field.directives?.find((d) => d.name.value === "cypher");
  if (!directive) return undefined;
  const argument = (name: string) => {
    const value = directive.arguments?.find((a) => a.name.value === name)?.value;
    return value?.kind === Kind.STRING ? value.value : undefined;
  };
  const statement = argument("statement");
  const columnName = argument("columnName");
  return statement && columnName ? { statement, columnName } : undefined;
}

function fieldPlan(field: FieldDefinitionNode): FieldPlan | undefined {
  if (field.arguments?.length) return undefined;
  if (!field.directives?.length) return { kind: "key" };
  if (field.directives.length > 1) return undefined;
  const cypher = cypherOf(field);
  if (!cypher) return undefined;
  const unwind = UNWIND.exec(cypher.statement);
  if (unwind && unwind[2] === cypher.columnName) return { kind: "unwind", key: unwind[1] as string };
  const byId = BY_ID.exec(cypher.statement);
  if (byId && cypher.columnName === "o") return { kind: "organization", key: byId[1] as string };
  const byIds = BY_IDS.exec(cypher.statement);
  if (byIds && cypher.columnName === "o") return { kind: "organizations", key: byIds[1] as string };
  return undefined;
}

/** Reads the plans from the type definitions the library was given (schema.graphql, includes expanded). */
export function directPlans(typeDefs: string, schema: GraphQLSchema): Plans {
  const document: DocumentNode = parse(typeDefs);
  const results = new Map<string, Map<string, FieldPlan>>();
  const properties = new Map<string, Set<string>>();
  const roots = new Map<string, { statement: string; columnName: string }>();
  const organizationTypes = new Set(
    schema.getPossibleTypes(schema.getType(ORGANIZATION) as never).map((t) => t.name),
  );
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const name = definition.name.value;
    if (name === "Query") {
      for (const field of definition.fields ?? []) {
        const cypher = cypherOf(field);
        if (cypher && DIRECT_TRAVERSALS.includes(field.name.value))
          roots.set(field.name.value, { ...cypher, statement: withoutComments(cypher.statement) });
      }
    } else if (organizationTypes.has(name)) {
      const stored = new Set<string>();
      for (const field of definition.fields ?? []) {
        const type = schema.getType(unwrapName(field));
        if (!field.directives?.length && !field.arguments?.length && type && isLeafType(type)) {
          stored.add(field.name.value);
        }
      }
      properties.set(name, stored);
    } else {
      const plans = new Map<string, FieldPlan>();
      for (const field of definition.fields ?? []) {
        const plan = fieldPlan(field);
        if (plan) plans.set(field.name.value, plan);
      }
      results.set(name, plans);
    }
  }
  return { results, properties, roots };
}

function unwrapName(field: FieldDefinitionNode): string {
  let type = field.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}

/** The fields selected on `type` by these selection sets, by response key (fragments expanded). */
function collectFields(
  type: GraphQLObjectType,
  selectionSets: SelectionSetNode[],
  info: GraphQLResolveInfo,
  out = new Map<string, FieldNode[]>(),
  seen = new Set<string>(),
): Map<string, FieldNode[]> {
  const applies = (condition: string | undefined) =>
    !condition || condition === type.name || type.getInterfaces().some((i) => i.name === condition);
  for (const set of selectionSets) {
    for (const selection of set.selections) {
      if (selection.directives?.length) {
        // @include / @skip: leave it to the library rather than re-implement them here.
        throw new NotDirect();
      }
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        out.set(key, [...(out.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value))
          collectFields(type, [selection.selectionSet], info, out, seen);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && !seen.has(fragment.name.value) && applies(fragment.typeCondition.name.value)) {
          seen.add(fragment.name.value);
          collectFields(type, [fragment.selectionSet], info, out, seen);
        }
      }
    }
  }
  return out;
}

class NotDirect extends Error {}

const subSelections = (nodes: FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

// Apollo keeps one parsed document per query text, so every request of a query brings back the same
// field nodes: what they select on a type, and whether the statement's maps answer them, is worked
// out once per document (they depend on the document only, never on variables) instead of once per
// row of every request.
const selectedCache = new WeakMap<FieldNode, Map<string, Map<string, FieldNode[]>>>();
const answerableCache = new WeakMap<FieldNode, boolean>();

/** collectFields of one field's selection, cached by its (single) field node. */
function selectedFields(
  type: GraphQLObjectType,
  nodes: FieldNode[],
  info: GraphQLResolveInfo,
): Map<string, FieldNode[]> {
  const first = nodes[0];
  if (!first || nodes.length > 1) return collectFields(type, subSelections(nodes), info);
  let byType = selectedCache.get(first);
  if (!byType) {
    byType = new Map();
    selectedCache.set(first, byType);
  }
  let fields = byType.get(type.name);
  if (!fields) {
    fields = collectFields(type, subSelections(nodes), info);
    byType.set(type.name, fields);
  }
  return fields;
}

type Row = Record<string, unknown>;

/**
 * Whether the statement's maps answer this selection: only plain fields and lists of the result
 * types, and only stored properties of organizations (of every kind an interface selection may
 * return). Walks the selection, not the answer, so it runs before any Cypher.
 */
function answerable(
  plans: Plans,
  schema: GraphQLSchema,
  info: GraphQLResolveInfo,
  type: GraphQLNamedType,
  nodes: FieldNode[],
): boolean {
  try {
    if (type.name === ORGANIZATION || plans.properties.has(type.name)) {
      const kinds = isAbstractType(type) ? schema.getPossibleTypes(type) : [type as GraphQLObjectType];
      return kinds.every((kind) => {
        const stored = plans.properties.get(kind.name);
        if (!stored) return false;
        for (const fieldNodes of selectedFields(kind, nodes, info).values()) {
          const name = (fieldNodes[0] as FieldNode).name.value;
          if (name !== "__typename" && !stored.has(name)) return false;
        }
        return true;
      });
    }
    const fieldPlans = plans.results.get(type.name);
    if (!fieldPlans || isAbstractType(type) || !("getFields" in type)) return false;
    const object = type as GraphQLObjectType;
    for (const fieldNodes of selectedFields(object, nodes, info).values()) {
      const name = (fieldNodes[0] as FieldNode).name.value;
      if (name === "__typename") continue;
      const plan = fieldPlans.get(name);
      const field = object.getFields()[name];
      if (!plan || !field) return false;
      const fieldType = getNamedType(field.type);
      if (
        plan.kind === "key" ? !isLeafType(fieldType) : !answerable(plans, schema, info, fieldType, fieldNodes)
      )
        return false;
    }
    return true;
  } catch (error) {
    if (error instanceof NotDirect) return false;
    throw error;
  }
}

/**
 * Builds the response objects of one request from the statement's maps, or throws NotDirect when
 * the selection asks for something the maps do not hold. Organizations come from the maps the
 * statement embeds next to their ids (`organization`, `firm`, `partner`); `lookup` holds them by id.
 */
class Shaper {
  constructor(
    private readonly plans: Plans,
    private readonly schema: GraphQLSchema,
    private readonly info: GraphQLResolveInfo,
    private readonly lookup: Map<string, Row>,
  ) {}

  /** Ids of organizations the maps name but do not embed (looked up, then shaped again). */
  readonly missing = new Set<string>();

  value(value: unknown, type: GraphQLNamedType, nodes: FieldNode[]): unknown {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) return value.map((v) => this.value(v, type, nodes));
    if (type.name === ORGANIZATION || this.plans.properties.has(type.name))
      return this.organization(value as Row | string, nodes);
    const plans = this.plans.results.get(type.name);
    if (!plans || isAbstractType(type) || !("getFields" in type)) throw new NotDirect();
    const object = type as GraphQLObjectType;
    const map = value as Row;
    const out: Row = {};
    for (const [key, fieldNodes] of selectedFields(object, nodes, this.info)) {
      const name = (fieldNodes[0] as FieldNode).name.value;
      if (name === "__typename") continue;
      const plan = plans.get(name);
      const field = object.getFields()[name];
      if (!plan || !field) throw new NotDirect();
      const fieldType = getNamedType(field.type);
      switch (plan.kind) {
        case "key":
          if (!isLeafType(fieldType)) throw new NotDirect();
          out[key] = map[name] ?? null;
          break;
        case "unwind":
          out[key] = ((map[plan.key] as unknown[] | null) ?? []).map((v) =>
            this.value(v, fieldType, fieldNodes),
          );
          break;
        case "organization":
          out[key] = this.organization((map[plan.key] as string | null) ?? null, fieldNodes);
          break;
        case "organizations":
          out[key] = ((map[plan.key] as string[] | null) ?? []).map((id) =>
            this.organization(id, fieldNodes),
          );
          break;
      }
    }
    return out;
  }

  private organization(idOrMap: Row | string | null, nodes: FieldNode[]): Row | null {
    if (idOrMap === null) return null;
    const map = typeof idOrMap === "string" ? this.lookup.get(idOrMap) : idOrMap;
    if (!map) {
      this.missing.add(idOrMap as string);
      return null;
    }
    const kind = map.kind as string;
    const stored = this.plans.properties.get(kind);
    const type = this.schema.getType(kind) as GraphQLObjectType | undefined;
    if (!stored || !type) throw new NotDirect();
    // Organization.__resolveType (the library's) reads the concrete type from this key.
    const out: Row = { __resolveType: kind };
    for (const [key, fieldNodes] of selectedFields(type, nodes, this.info)) {
      const name = (fieldNodes[0] as FieldNode).name.value;
      if (name === "__typename") continue;
      if (!stored.has(name)) throw new NotDirect();
      out[key] = map[name] ?? null;
    }
    return out;
  }
}

/** Registers every organization map the statement embedded (under an `organization`-plan field name). */
function collectOrganizations(value: unknown, names: Set<string>, into: Map<string, Row>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectOrganizations(v, names, into);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, v] of Object.entries(value as Row)) {
    if (names.has(key) && v && typeof v === "object" && !Array.isArray(v)) {
      const org = v as Row;
      if (typeof org.id === "string" && typeof org.kind === "string") into.set(org.id, org);
    } else if (typeof v === "object") collectOrganizations(v, names, into);
  }
}

const ORGANIZATIONS_BY_ID = `UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o {.*, kind: [l IN labels(o) WHERE l <> 'Organization'][0]} AS o`;

/**
 * A root statement followed by whether each of `$knownIds` is an organization, in one query: for a
 * traversal whose empty answer may mean an unknown id (most organizations have no spin-off), the
 * guard would otherwise ask the database again, and that second round trip was most of GraphQL's
 * overhead on spinOffDescendants at 1M organizations. The rows keep the statement's order (Union
 * streams its left side first), and the id look-ups are index seeks (direct-traversals.test.ts).
 */
export function withKnownIds(statement: string, columnName: string): string {
  return `CALL () {
${statement}
}
RETURN ${columnName} AS value, null AS knownId, null AS known
UNION ALL
UNWIND $knownIds AS knownId
RETURN null AS value, knownId, EXISTS { MATCH (:Organization {id: knownId}) } AS known`;
}

/** Statistics since start-up (tests read them). */
export const directStats = { direct: 0, library: 0 };

/**
 * Wraps the library's resolvers of the DIRECT_TRAVERSALS root fields: a selection the statement's
 * maps can answer is resolved directly, any other goes to the library as before.
 */
export function resolveTraversalsDirectly(schema: GraphQLSchema, db: Database, typeDefs: string): void {
  const plans = directPlans(typeDefs, schema);
  const organizationFields = new Set<string>();
  for (const fields of plans.results.values())
    for (const [name, plan] of fields) if (plan.kind === "organization") organizationFields.add(name);
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, root] of plans.roots) {
    const field = fields[name];
    const library = field?.resolve as GraphQLFieldResolver<unknown, unknown, Row> | undefined;
    if (!field || !library) continue;
    const type = getNamedType(field.type);
    const isList = isListType(getNullableType(field.type));
    const looksUp = TRAVERSAL_GUARDS[name]?.looksUp ?? [];
    if (field.args.some((a) => a.name === "knownIds"))
      throw new Error(`${name} has an argument named knownIds`);
    const statement = looksUp.length ? withKnownIds(root.statement, root.columnName) : root.statement;
    const column = looksUp.length ? "value" : root.columnName;
    field.resolve = async (source, args, context, info) => {
      const nodes = info.fieldNodes as FieldNode[];
      const single = nodes.length === 1 ? nodes[0] : undefined;
      let direct = single ? answerableCache.get(single) : undefined;
      if (direct === undefined) {
        direct = answerable(plans, schema, info, type, nodes);
        if (single) answerableCache.set(single, direct);
      }
      if (!direct) {
        directStats.library++;
        return library(source, args, context, info);
      }
      directStats.direct++;
      // Every declared argument is a parameter of the statement; an absent optional one is null.
      const params: Row = Object.fromEntries(field.args.map((a) => [a.name, args[a.name] ?? null]));
      if (looksUp.length) params.knownIds = looksUp.map((a) => args[a]);
      // One statement per request: an auto-commit read (one round trip, see Database.readStatement).
      let rows = await db.readStatement(statement, toCypherValue(params) as Record<string, unknown>);
      if (looksUp.length) {
        for (const row of rows)
          if (row.knownId !== null) rememberKnown(context, row.knownId as string, row.known as boolean);
        rows = rows.filter((row) => row.knownId === null);
      }
      const values = rows.map((r) => r[column]);
      const answer = isList ? values : (values[0] ?? null);
      const lookup = new Map<string, Row>();
      collectOrganizations(answer, organizationFields, lookup);
      const shaper = new Shaper(plans, schema, info, lookup);
      const shaped = shaper.value(answer, type, nodes);
      if (shaper.missing.size === 0) return shaped;
      // Organizations the statement names by id only (DependencyArea.partners): one look-up for all.
      const found = await db.read<{ o: Row }>(ORGANIZATIONS_BY_ID, { ids: [...shaper.missing] });
      for (const { o } of found) lookup.set(o.id as string, o);
      return new Shaper(plans, schema, info, lookup).value(answer, type, nodes);
    };
  }
}
