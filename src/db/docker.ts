import { request } from "node:http";
import type { AppConfig } from "../config/env.js";
import type { DatabaseTarget } from "./target.js";

const NEO4J_IMAGE = "neo4j:5.26-community";

function pingTarget(): { socketPath?: string; host?: string; port?: number } | undefined {
  const host = process.env.DOCKER_HOST;
  if (!host) return { socketPath: "/var/run/docker.sock" };
  if (host.startsWith("unix://")) return { socketPath: host.slice("unix://".length) };
  const match = /^tcp:\/\/([^:/]+):(\d+)/.exec(host);
  return match ? { host: match[1], port: Number(match[2]) } : undefined;
}

/**
 * True when a Docker engine answers its `/_ping` endpoint. A Docker CLI without an engine (as on our
 * CI machines) is not enough, which is why this asks the engine rather than looking for `docker`.
 */
export function isDockerAvailable(timeoutMs = 1500): Promise<boolean> {
  const target = pingTarget();
  if (!target) return Promise.resolve(false);
  return new Promise((resolve) => {
    const req = request({ ...target, path: "/_ping", method: "GET", timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.on("error", () => resolve(false));
    req.end();
  });
}

/**
 * A throw-away Neo4j 5.26 container with APOC and Graph Data Science, via testcontainers (loaded
 * only when Docker is used; the image fetches the plugins itself on first start).
 */
export async function startDockerNeo4j(
  config: AppConfig,
  log: (line: string) => void,
): Promise<DatabaseTarget> {
  const { Neo4jContainer, Neo4jPlugin } = await import("@testcontainers/neo4j");
  log(`Starting ${NEO4J_IMAGE} with APOC and GDS in Docker…`);
  const password = config.neo4j.password ?? "ecosystem-graph-test";
  const container = await new Neo4jContainer(NEO4J_IMAGE)
    .withPassword(password)
    .withPlugins([Neo4jPlugin.APOC, Neo4jPlugin.GRAPH_DATA_SCIENCE])
    .start();
  return {
    kind: "docker",
    uri: container.getBoltUri(),
    username: container.getUsername(),
    password: container.getPassword(),
    database: "neo4j",
    stop: async () => {
      await container.stop();
    },
  };
}
