import type { Driver, ManagedTransaction, Session, SessionConfig } from "neo4j-driver";

/**
 * Wraps the real driver so that every statement @neo4j/graphql sends is recorded on its way to the
 * real database (results stay real; nothing is faked). The library accepts any object with a
 * `session()` function as its execution context.
 */
export function recordingExecutionContext(driver: Driver) {
  const statements: string[] = [];
  /** Each statement with its parameters, to PROFILE it again. */
  const calls: { query: string; params: Record<string, unknown> }[] = [];
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "run") {
          return (query: string, params?: Record<string, unknown>) => {
            statements.push(query);
            calls.push({ query, params: params ?? {} });
            return target.run(query, params);
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === "executeRead" || prop === "executeWrite") {
          return (work: (tx: ManagedTransaction) => Promise<unknown>, config?: unknown) =>
            (target[prop] as (w: typeof work, c?: unknown) => Promise<unknown>).call(
              target,
              (tx: ManagedTransaction) => work(wrapTx(tx)),
              config,
            );
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return {
    statements,
    calls,
    executionContext: {
      session: (config?: SessionConfig) => wrapSession(driver.session(config)),
      executeQueryBookmarkManager: driver.executeQueryBookmarkManager,
    },
  };
}
