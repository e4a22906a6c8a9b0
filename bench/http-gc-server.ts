/**
 * A GraphQL endpoint with a one-field schema, served one of three ways, for bench/http-gc.ts:
 * `node` (node:http and the API's own chain: src/api/http/graphql-endpoint.ts, as src/api/app.ts
 * serves /graphql), `express` (the same middleware and endpoint mounted in Express 5, as /graphql was
 * served before session 10), `bare` (node:http answering a fixed body: the floor).
 */
import { createServer, type RequestListener } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import express from "express";
import { respondWithError } from "../src/api/http/error-responses.js";
import { graphqlEndpoint } from "../src/api/http/graphql-endpoint.js";
import { chain, type Middleware } from "../src/api/http/middleware.js";
import { rateLimit } from "../src/api/http/rate-limit.js";
import { securityHeaders } from "../src/api/http/security-headers.js";
import { nestingLimit } from "../src/api/limits/nesting.js";

const variant = process.argv[2] ?? "node";
let listener: RequestListener;
if (variant === "bare") {
  listener = (req, res) => {
    req.resume();
    req.on("end", () => res.end('{"data":{"__typename":"Query"}}'));
  };
} else {
  const apollo = new ApolloServer({
    typeDefs: "type Query { x: Int }",
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const middleware: Middleware[] = [
    securityHeaders(),
    rateLimit(1_000_000),
    express.json({ limit: "1mb" }),
    nestingLimit(),
  ];
  const endpoint = graphqlEndpoint(apollo, async () => ({}));
  if (variant === "express") {
    const app = express();
    app.use("/graphql", ...middleware, (req, res, next) => {
      endpoint(req, res).catch(next);
    });
    listener = app;
  } else listener = chain(middleware, endpoint, respondWithError);
}
const server = createServer(listener);
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`LISTENING ${typeof address === "object" && address ? address.port : 0}`);
});
