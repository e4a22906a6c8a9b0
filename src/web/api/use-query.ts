import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useEffect, useRef, useState } from "react";
import { GraphQLRequestError, request } from "../client/request";

/** This server's GraphQL endpoint (the explorer is served by the API server itself). */
const ENDPOINT = new URL("/graphql", window.location.href).toString();

/** What a view needs to know about an error: its message and the API's `extensions.code`. */
export interface QueryError {
  message: string;
  code: string | undefined;
}

export interface QueryState<T> {
  data: T | undefined;
  error: QueryError | undefined;
  loading: boolean;
}

function toQueryError(error: unknown): QueryError {
  if (error instanceof GraphQLRequestError) {
    const first = error.errors[0];
    return { message: first?.message ?? error.message, code: first?.extensions?.code };
  }
  return { message: "The API could not be reached.", code: undefined };
}

/**
 * Runs a typed operation of the generated client whenever its variables change (null = skip). The
 * previous data stays while the next answer loads, so views do not flicker when a slider moves.
 */
export function useQuery<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables | null,
): QueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({
    data: undefined,
    error: undefined,
    loading: variables !== null,
  });
  const key = variables === null ? null : JSON.stringify(variables);
  const latest = useRef(variables);
  latest.current = variables;
  useEffect(() => {
    if (key === null || latest.current === null) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, loading: true }));
    request(ENDPOINT, document, latest.current, { signal: controller.signal }).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ data: undefined, error: toQueryError(error), loading: false });
      },
    );
    return () => controller.abort();
  }, [document, key]);
  return state;
}
