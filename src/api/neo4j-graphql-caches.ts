import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const libraryDir = dirname(require.resolve("@neo4j/graphql"));
const libraryModule = (...path: string[]) => require(join(libraryDir, ...path)) as Record<string, unknown>;

/**
 * Per-request costs of @neo4j/graphql 7.6.3 that a profile of the load bench found (README
 * "Load"): its translation of a query into Cypher was ~28 % of the server's CPU per request, and a
 * third of that rebuilt the schema model's adapters. Both caches below leave what is translated
 * unchanged; they only stop doing the same work twice. Like neo4j-graphql-patches.ts they reach
 * into the library's modules and fail loudly at start-up if an upgrade moves them.
 */

type Entity = object;
type Translate = (options: { context: TranslationContext } & Record<string, unknown>) => {
  cypher: string;
  params: Record<string, unknown>;
};

interface TranslationContext {
  resolveTree?: unknown;
  jwt?: unknown;
  authorization?: { isAuthenticated?: boolean };
}

/**
 * `getEntityAdapter(entity)` builds a new adapter for every `@cypher` field typed as an entity,
 * every request: for the Organization interface that is an adapter per implementation and per
 * relationship of each (10 % of the server's CPU on partnerDependency). Adapters are read-only
 * views of the schema model, which never changes after start-up (the library already shares the
 * ones of its root fields between requests), so one per entity is kept.
 */
function memoizeEntityAdapters(): void {
  const module = libraryModule("schema-model", "utils", "get-entity-adapter.js") as {
    getEntityAdapter?: ((entity: Entity) => unknown) & { __memoized?: boolean };
  };
  const original = module.getEntityAdapter;
  if (typeof original !== "function") {
    throw new Error("@neo4j/graphql changed: getEntityAdapter is gone (see neo4j-graphql-caches.ts)");
  }
  if (original.__memoized) return;
  const adapters = new WeakMap<Entity, unknown>();
  const memoized = (entity: Entity) => {
    let adapter = adapters.get(entity);
    if (adapter === undefined) {
      adapter = original(entity);
      adapters.set(entity, adapter);
    }
    return adapter;
  };
  memoized.__memoized = true;
  module.getEntityAdapter = memoized;
}

/** Most translations kept (least recently used dropped first), and the longest key cached. */
export const TRANSLATION_CACHE_ENTRIES = 500;
export const TRANSLATION_CACHE_MAX_KEY = 20_000;

/** A bounded least-recently-used map (a Map iterates in insertion order). */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(readonly capacity: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
  get size(): number {
    return this.entries.size;
  }
}

/**
 * The Cypher of a read is a function of the resolve tree (the field, its alias, its arguments and
 * its selection, as the library parses them from the document and variables), of who asks (the
 * verified JWT, which authorization rules read) and of the resolver's own schema field. The same
 * request therefore translates to the same Cypher and parameters, and is translated once: the key
 * is exactly those inputs, serialized. Writes are never cached (they may stamp per-request values).
 */
function cacheTranslation(modulePath: string[], exportName: string, cache: LruCache<ReturnType<Translate>>) {
  const module = libraryModule(...modulePath) as Record<
    string,
    (Translate & { __cached?: boolean }) | undefined
  >;
  const original = module[exportName];
  if (typeof original !== "function") {
    throw new Error(`@neo4j/graphql changed: ${exportName} is gone (see neo4j-graphql-caches.ts)`);
  }
  if (original.__cached) return;
  // Each resolver passes its own schema objects (the field's adapter, the entity's adapter, the
  // operation type): they get an id, so two fields with equal resolve trees never share an entry.
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const idOf = (value: unknown) => {
    if (typeof value !== "object" || value === null) return JSON.stringify(value ?? null);
    let id = ids.get(value);
    if (id === undefined) {
      lastId += 1;
      id = lastId;
      ids.set(value, id);
    }
    return `#${id}`;
  };
  const cached: Translate & { __cached?: boolean } = (options) => {
    const { context, ...rest } = options;
    if (rest.type !== undefined && rest.type !== "Query") return original(options);
    let key: string;
    try {
      key = JSON.stringify([
        exportName,
        Object.entries(rest).map(([name, value]) => [name, typeof value === "string" ? value : idOf(value)]),
        context.authorization?.isAuthenticated ?? false,
        context.jwt ?? null,
        context.resolveTree,
      ]);
    } catch {
      return original(options);
    }
    if (key.length > TRANSLATION_CACHE_MAX_KEY) return original(options);
    const hit = cache.get(key);
    if (hit) {
      translationCacheStats.hits++;
      return { cypher: hit.cypher, params: { ...hit.params } };
    }
    translationCacheStats.misses++;
    const result = original(options);
    cache.set(key, { cypher: result.cypher, params: { ...result.params } });
    return result;
  };
  cached.__cached = true;
  module[exportName] = cached;
}

let translations: LruCache<ReturnType<Translate>> | undefined;

/** Translations served from the cache and made, since start-up (the tests read them). */
export const translationCacheStats = { hits: 0, misses: 0 };

/**
 * Installs both caches, once per process (tests build several schemas in one process: adapters are
 * kept per entity of a schema model, and translations per schema field, so schemas never share).
 */
export function installNeo4jGraphQLCaches(): void {
  memoizeEntityAdapters();
  translations ??= new LruCache(TRANSLATION_CACHE_ENTRIES);
  cacheTranslation(["translate", "translate-top-level-cypher.js"], "translateTopLevelCypher", translations);
  cacheTranslation(["translate", "translate-read.js"], "translateRead", translations);
}
