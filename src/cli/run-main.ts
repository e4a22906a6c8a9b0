import { AppError } from "../errors/app-errors.js";

/**
 * Runs a CLI's main function and turns failures into a message and an exit code: AppErrors print
 * their message (no stack), anything else prints the stack since it is a bug.
 */
export function runMain(main: () => Promise<number | undefined>): void {
  // `npm run cypher -- … | head` closes the pipe early; that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  main().then(
    (code) => {
      process.exitCode = code ?? process.exitCode ?? 0;
    },
    (error: unknown) => {
      if (error instanceof AppError) {
        console.error(`error [${error.code}]: ${error.message}`);
        // The operator at a terminal needs what the driver said (an API client never sees it).
        const cause = causeLine(error.cause);
        if (cause) console.error(`  cause: ${cause}`);
        process.exitCode = error.exitCode;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    },
  );
}

/** The first line of an error's cause, with its Neo4j or system code when it has one. */
export function causeLine(cause: unknown): string | undefined {
  if (!(cause instanceof Error)) return undefined;
  const code = (cause as { code?: unknown }).code;
  const first = cause.message.split("\n")[0]?.trim() ?? "";
  if (!first) return undefined;
  return typeof code === "string" && code && !first.includes(code) ? `${code}: ${first}` : first;
}
