import { sendError } from "../http/error-responses.js";
import { type ApiRequest, type Middleware, splitUrl } from "../http/middleware.js";
import { MAX_DOCUMENT_TOKENS } from "./request-limits.js";

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
  /**
   * Lexical tokens, never more than GraphQL's lexer counts (a run of name, number and `.+-`
   * characters counts once), so refusing past the parser's limit refuses nothing it would accept.
   */
  tokens: number;
}

// Characters that continue a name or number token ('.', '+' and '-' for floats and exponents).
const WORD = /[A-Za-z0-9_.+-]/;

/** Shape of a GraphQL document in one pass, skipping strings, block strings and comments. */
export function documentShape(source: string): DocumentShape {
  let depth = 0;
  let deepest = 0;
  let parens = 0;
  let aliases = 0;
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const word = WORD.test(c);
    if (word && !inWord) tokens++;
    inWord = word;
    if (word) continue;
    if (c === "#") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === '"') {
      tokens++;
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end < 0 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== "\n"; i++) {
          if (source[i] === "\\") i++;
        }
      }
    } else if (c === "{" || c === "[") {
      tokens++;
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === "}" || c === "]") {
      tokens++;
      depth--;
    } else if (c === "(") {
      tokens++;
      parens++;
    } else if (c === ")") {
      tokens++;
      parens--;
    } else if (c === ":") {
      tokens++;
      if (parens === 0) aliases++;
    } else if ("$!=@|&".includes(c)) {
      tokens++;
    }
  }
  return { depth: deepest, aliases, tokens };
}

/**
 * Refuses documents with too many aliases, and absurdly nested ones, before GraphQL parses them: the parser is recursive, and
 * 1,000 nested `{ NOT: … }` would exhaust its stack ("Maximum call stack size exceeded").
 */
export function nestingLimit(max: number = MAX_BRACKET_DEPTH): Middleware {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? queryParameter(req);
    if (typeof query === "string") {
      const { depth, aliases, tokens } = documentShape(query);
      // The parser would lex (and allocate) up to the limit before refusing: 5,000 inline OR terms
      // cost tens of milliseconds, mostly garbage collection. Same code and limit as the parser's.
      if (tokens > MAX_DOCUMENT_TOKENS) {
        sendError(
          res,
          400,
          "GRAPHQL_PARSE_FAILED",
          `The document has more than ${MAX_DOCUMENT_TOKENS} tokens; send less per request (use variables for long lists).`,
        );
        return;
      }
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

/** The `query` of a GET request's URL (`/graphql?query=…`), if it has one. */
function queryParameter(req: ApiRequest): string | null {
  const { search } = splitUrl(req.url);
  return search ? new URLSearchParams(search).get("query") : null;
}
