import type { ServerResponse } from "node:http";
import type { ErrorRequestHandler, RequestHandler } from "express";

/** Every error the HTTP layer itself produces has the GraphQL shape, so clients parse one format. */
export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(body);
}

// body-parser's error types (err.type) -> status, code and a message that names the problem.
const BODY_ERRORS: Record<string, [number, string, string]> = {
  "entity.parse.failed": [
    400,
    "BAD_REQUEST",
    "The request body is not valid JSON (a GraphQL request is a JSON object).",
  ],
  "entity.too.large": [413, "PAYLOAD_TOO_LARGE", "The request body is larger than the 1 MB limit."],
  "charset.unsupported": [415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as UTF-8 JSON (charset=utf-8)."],
  "encoding.unsupported": [415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Content-Encoding."],
  "request.aborted": [400, "BAD_REQUEST", "The request was aborted while its body was being read."],
  "request.size.invalid": [400, "BAD_REQUEST", "The request body's length does not match Content-Length."],
  "stream.encoding.set": [500, "INTERNAL_SERVER_ERROR", "Internal server error"],
};

/** JSON 404 for any path the server does not serve (instead of Express's HTML page). */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, "NOT_FOUND", `Nothing is served at ${req.method} ${req.path}.`);
};

/**
 * The last middleware: errors from body parsing and anything else thrown outside GraphQL become a
 * JSON error with a code; never Express's HTML page, a stack trace or a file path.
 */
export const jsonErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  respondWithError(error, res);
};

/**
 * The JSON error for `error` (see jsonErrors). A response already under way cannot change its
 * status any more: it is cut off, so the client sees a failed request rather than a truncated answer.
 */
export function respondWithError(error: unknown, res: ServerResponse): void {
  if (res.headersSent) {
    console.error("[http] error after the response started:", error instanceof Error ? error.stack : error);
    res.destroy();
    return;
  }
  const failure = error as { type?: unknown; status?: unknown; statusCode?: unknown } | null | undefined;
  const type = typeof failure?.type === "string" ? failure.type : "";
  const known = BODY_ERRORS[type];
  if (known) {
    sendError(res, known[0], known[1], known[2]);
    return;
  }
  const status = Number(failure?.status ?? failure?.statusCode);
  if (status >= 400 && status < 500) {
    sendError(res, status, "BAD_REQUEST", "The request could not be read.");
    return;
  }
  console.error("[http] unexpected error:", error instanceof Error ? error.stack : error);
  sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
}
