import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/** A GraphQL error as the API sends it: `extensions.code` names the problem (see the README's list). */
export interface ApiError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: ApiError[],
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("; "));
    this.name = "GraphQLRequestError";
  }
}

/**
 * Sends a typed operation to the API (POST JSON, which passes the server's CSRF prevention) and
 * returns its typed `data`, or throws GraphQLRequestError with every error's code and message.
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", ...init.headers },
    body: JSON.stringify({ query: print(document), variables }),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: ApiError[] };
  if (body.errors?.length || !body.data) {
    throw new GraphQLRequestError(body.errors ?? [{ message: `HTTP ${response.status}` }], response.status);
  }
  return body.data;
}
