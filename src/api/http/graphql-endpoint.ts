import type { ServerResponse } from "node:http";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import { type ApiRequest, splitUrl } from "./middleware.js";

/** The path the API answers on; `/graphql/` is the same endpoint. Anything else goes to Express. */
export function isGraphQLPath(url: string | undefined): boolean {
  const { path } = splitUrl(url);
  return path === "/graphql" || path === "/graphql/";
}

/**
 * Apollo Server on node's own request and response: what `@as-integrations/express5` does, without
 * Express. Express 5 keeps ~7 KB per request alive past the next young-generation collection on a
 * keep-alive connection (README "Scale", session 10), which made every scavenge of the API's
 * ~400 MB heap take 10-20 ms; node's server with this chain keeps ~0.6 KB (`npm run bench -- --http-gc`). The body was parsed by body-parser
 * before this (GET requests have none).
 */
export function graphqlEndpoint<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: ApiRequest) => Promise<Context>,
): (req: ApiRequest, res: ServerResponse) => Promise<void> {
  apollo.assertStarted("graphqlEndpoint()");
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? "GET").toUpperCase(),
        headers,
        search: splitUrl(req.url).search,
        body: req.body,
      },
      context: () => context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.setHeader("content-length", Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    // Incremental delivery (@defer): each part as Apollo produces it.
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
