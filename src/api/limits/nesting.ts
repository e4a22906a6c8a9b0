import type { RequestHandler } from "express";
import { sendError } from "../http/error-responses.js";

/**
 * Deepest bracket nesting ({ and [) a GraphQL document may have. Selections (10) and inputs (12)
 * stay far below it; the standard introspection query reaches about 20.
 */
export const MAX_BRACKET_DEPTH = 60;

/**
 * Most aliases a document may hold. GraphQL validation compares fields pairwise
 * (OverlappingFieldsCanBeMerged), so 1,000 aliases cost a second of CPU before the cost model
 * could refuse them; this limit refuses them in one pass over the text instead.
 */
export const MAX_ALIASES = 100;

export interface DocumentShape {
  /** Deepest nesting of { and [. */
  depth: number;
  /** Colons outside parentheses: aliases (arguments, variables and input objects sit inside parentheses). */
  aliases: number;
}

/** Shape of a GraphQL document in one pass, skipping strings, block strings and comments. */
export function documentShape(source: string): DocumentShape {
  let depth = 0;
  let deepest = 0;
  let parens = 0;
  let aliases = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "#") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end < 0 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== "\n"; i++) {
          if (source[i] === "\\") i++;
        }
      }
    } else if (c === "{" || c === "[") {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === "}" || c === "]") {
      depth--;
    } else if (c === "(") {
      parens++;
    } else if (c === ")") {
      parens--;
    } else if (c === ":" && parens === 0) {
      aliases++;
    }
  }
  return { depth: deepest, aliases };
}

/**
 * Refuses documents with too many aliases, and absurdly nested ones, before GraphQL parses them: the parser is recursive, and
 * 1,000 nested `{ NOT: … }` would exhaust its stack ("Maximum call stack size exceeded").
 */
export function nestingLimit(max: number = MAX_BRACKET_DEPTH): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    if (typeof query === "string") {
      const { depth, aliases } = documentShape(query);
      if (aliases > MAX_ALIASES) {
        sendError(
          res,
          400,
          "QUERY_TOO_COMPLEX",
          `The document has ${aliases} aliases; the limit is ${MAX_ALIASES}. Send fewer fields per request.`,
        );
        return;
      }
      if (depth > max) {
        sendError(
          res,
          400,
          "QUERY_TOO_COMPLEX",
          `The document nests brackets ${depth} deep; the limit is ${max}. Flatten the filter (AND/OR take lists).`,
        );
        return;
      }
    }
    next();
  };
}
