import Module from "node:module";
import { sep } from "node:path";

/**
 * neo4j-driver 6 ships ES5 output of TypeScript: every `async` method of the driver runs through
 * the `__awaiter`/`__generator` helpers, which give each call's generator object its own
 * `[Symbol.iterator]` property (a new closure per call). On Node 20 (V8 11.3) that makes part of
 * every call's short-lived objects survive scavenges (reproduced without the driver: ~200 B per
 * helper call; without the property, nothing), though nothing holds them: a heap snapshot finds
 * none of them, and a full collection does not reduce what the next scavenge keeps (which V8
 * structure keeps them was not pinned down). Measured with `node --trace-gc-nvp` on a
 * session + run loop (what `Database.readStatement` does per API request), 10,000 queries, 64 MB
 * semi-spaces: 4.9 KB of each query survived a scavenge (scavenge pauses 111-125 ms in all, longest
 * 14 ms) against 48 B with the property moved to the prototype (21-26 ms, longest 3.6 ms), the same
 * 67 KB allocated per query. The driver built from source for ES2020 (native async) keeps 134 B.
 *
 * This rewrites that one expression of the helper in the driver's files as Node loads them: the
 * generator objects inherit `[Symbol.iterator]() { return this; }` from %IteratorPrototype% (the
 * same method, which is what TypeScript's helper does on runtimes with a global `Iterator`)
 * instead of each getting its own. Nothing else in the driver changes. It must run before anything
 * loads neo4j-driver: `Database` imports this module first, and `npm start`'s entry imports it
 * before everything else. `driverGeneratorPatch()` says which files were rewritten.
 */

/** The helper's text in neo4j-driver 6.x's lib/ files (TypeScript 5.x's `__generator`). */
const OWN_ITERATOR = `g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);`;
const OWN_ITERATOR_ASSIGNMENT = `, typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;`;
const INHERITED_ITERATOR = `g = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));`;
const NO_OWN_ITERATOR = ", g;";

const DRIVER_PACKAGES = ["neo4j-driver", "neo4j-driver-core", "neo4j-driver-bolt-connection"];
const driverLib = (filename: string) =>
  DRIVER_PACKAGES.some((name) => filename.includes(`${sep}node_modules${sep}${name}${sep}lib${sep}`));

interface PatchState {
  patchedFiles: string[];
  /** Driver files Node had loaded before the hook was installed (those keep the original helper). */
  loadedBefore: string[];
}

type Compile = (this: unknown, content: string, filename: string) => unknown;
const moduleProto = (Module as unknown as { prototype: { _compile: Compile } }).prototype;
const STATE = Symbol.for("biotech-ecosystem-graph.driver-generators");
const registry = globalThis as unknown as Record<symbol, PatchState | undefined>;

/** The helper with the per-call `[Symbol.iterator]` moved to the prototype; `null` when absent. */
export function rewriteGeneratorHelper(source: string): string | null {
  if (!source.includes(OWN_ITERATOR) || !source.includes(OWN_ITERATOR_ASSIGNMENT)) return null;
  return source
    .split(OWN_ITERATOR)
    .join(INHERITED_ITERATOR)
    .split(OWN_ITERATOR_ASSIGNMENT)
    .join(NO_OWN_ITERATOR);
}

function install(): PatchState {
  const existing = registry[STATE];
  if (existing) return existing;
  // An ESM import of the driver puts its entry in the cache before running it: only count what ran.
  const cache = (Module as unknown as { _cache?: Record<string, { loaded?: boolean }> })._cache ?? {};
  const loadedBefore = Object.keys(cache).filter((file) => driverLib(file) && cache[file]?.loaded);
  const state: PatchState = { patchedFiles: [], loadedBefore };
  const compile = moduleProto._compile;
  moduleProto._compile = function (this: unknown, content: string, filename: string) {
    if (typeof content === "string" && driverLib(filename)) {
      const rewritten = rewriteGeneratorHelper(content);
      if (rewritten !== null) {
        state.patchedFiles.push(filename);
        return compile.call(this, rewritten, filename);
      }
    }
    return compile.call(this, content, filename);
  };
  registry[STATE] = state;
  return state;
}

install();

/** What the hook did so far (files are listed as Node loaded them). */
export function driverGeneratorPatch(): Readonly<PatchState> {
  return install();
}
