import type { ErrorRequestHandler, RequestHandler, Response } from "express";

/** Every error the HTTP layer itself produces has the GraphQL shape, so clients parse one format. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
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
  const type = typeof error?.type === "string" ? error.type : "";
  const known = BODY_ERRORS[type];
  if (known) {
    sendError(res, known[0], known[1], known[2]);
    return;
  }
  const status = Number(error?.status ?? error?.statusCode);
  if (status >= 400 && status < 500) {
    sendError(res, status, "BAD_REQUEST", "The request could not be read.");
    return;
  }
  console.error("[http] unexpected error:", error instanceof Error ? error.stack : error);
  sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
};
