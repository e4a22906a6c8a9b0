import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { type ApiRequest, chain, type Middleware } from "../../../../src/api/http/middleware.js";

const req = {} as ApiRequest;
const res = {} as ServerResponse;

/** Runs the chain once and resolves with what happened, in order. */
function run(handlers: Middleware[], last?: () => Promise<void>): Promise<string[]> {
  return new Promise((resolve) => {
    const seen: string[] = [];
    const done = (what: string) => {
      seen.push(what);
      resolve(seen);
    };
    const handler = chain(
      handlers.map((h, i) => (rq, rs, next) => {
        seen.push(`m${i}`);
        h(rq, rs, next);
      }),
      async () => {
        await (last ?? (async () => {}))();
        done("last");
      },
      (error) => done(`error: ${(error as Error).message}`),
    );
    handler(req, res);
    // A chain that answers by itself (no next) ends with neither: resolve after a turn.
    setTimeout(() => resolve(seen), 20);
  });
}

describe("chain (connect-style middleware on node's request)", () => {
  it("runs the handlers in order, then the last step", async () => {
    const pass: Middleware = (_q, _s, next) => next();
    expect(await run([pass, pass])).toEqual(["m0", "m1", "last"]);
  });

  it("stops at the first error, passed to next or thrown, and never runs the rest", async () => {
    const pass: Middleware = (_q, _s, next) => next();
    const fails: Middleware = (_q, _s, next) => next(new Error("bad body"));
    const throws: Middleware = () => {
      throw new Error("thrown");
    };
    expect(await run([pass, fails, pass])).toEqual(["m0", "m1", "error: bad body"]);
    expect(await run([throws, pass])).toEqual(["m0", "error: thrown"]);
  });

  it("stops when a handler answers without calling next, and ignores a second next", async () => {
    const answers: Middleware = () => {};
    const twice: Middleware = (_q, _s, next) => {
      next();
      next();
    };
    expect(await run([answers, twice])).toEqual(["m0"]);
    expect(await run([twice])).toEqual(["m0", "last"]);
  });

  it("sends a rejection of the last step to the error handler", async () => {
    expect(
      await run([], async () => {
        throw new Error("apollo failed");
      }),
    ).toEqual(["error: apollo failed"]);
  });
});
