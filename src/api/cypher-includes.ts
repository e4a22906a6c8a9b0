import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadQuery } from "../cypher/library.js";
import type { QuerySubstitutes } from "../cypher/procedure-fallbacks.js";
import { cypherDir } from "../paths.js";

/**
 * `{{ name }}` inside a `@cypher` statement of schema.graphql stands for a Cypher text loaded at schema
 * build, so each traversal's Cypher lives once and the API, the CLI and the query-library test run
 * the same text:
 * - `{{ query-name }}` is cypher/queries/<query-name>.cypher (the traversal, as the CLI runs it);
 * - `{{ api/field-name }}` is cypher/api/<field-name>.cypher: how a GraphQL field shapes a
 *   traversal's rows into result maps (it includes the traversal with `{{ query-name }}`).
 * `$param`s stay parameters, filled by the field's arguments of the same names (@neo4j/graphql
 * passes a field's arguments as parameters), unless bound: `{{ api/x id=this.id }}` replaces `$id`
 * by a Cypher expression, here the id of the organization the field is read on. The trailing `;` is
 * dropped so the text can sit inside `CALL { … }`. `substitutes` names queries to include in place of
 * others (a fallback for a procedure the database lacks, see cypher/procedure-fallbacks.ts).
 */
const INCLUDE = /\{\{\s*((?:api\/)?[a-z0-9-]+)((?:\s+\w+=[^\s}]+)*)\s*\}\}/g;

function includedText(
  name: string,
  substitutes: QuerySubstitutes,
): { file: string; text: string; params: Set<string> } {
  if (name.startsWith("api/")) {
    const file = join(cypherDir, `${name}.cypher`);
    const text = expandCypherIncludes(readFileSync(file, "utf8"), substitutes);
    return { file, text, params: new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1] as string)) };
  }
  const query = loadQuery(substitutes[name] ?? name);
  return { file: query.file, text: query.text, params: new Set(query.params.map((p) => p.name)) };
}

export function expandCypherIncludes(text: string, substitutes: QuerySubstitutes = {}): string {
  return text.replace(INCLUDE, (_match, name: string, rawBindings: string) => {
    const included = includedText(name, substitutes);
    let expanded = included.text.trim().replace(/;$/, "");
    for (const binding of rawBindings.trim().split(/\s+/).filter(Boolean)) {
      const [param, expression] = binding.split("=") as [string, string];
      if (!included.params.has(param)) {
        throw new Error(`{{ ${name} }} binds $${param}, which ${included.file} does not use`);
      }
      expanded = expanded.replace(new RegExp(`\\$${param}\\b`, "g"), expression);
    }
    // Inside a GraphQL block string only """ would end the string early.
    if (expanded.includes('"""'))
      throw new Error(`${included.file} contains """, which cannot sit in schema.graphql`);
    return expanded;
  });
}
