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
        process.exitCode = error.exitCode;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    },
  );
}
