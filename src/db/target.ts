/** Which provider supplied the database. */
export type ProviderKind = "remote" | "docker" | "local";

/** How to reach a Neo4j server, and how to release it when done. */
export interface DatabaseTarget {
  kind: ProviderKind;
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Stops what the provider started; a no-op for servers it did not start. */
  stop(): Promise<void>;
}
