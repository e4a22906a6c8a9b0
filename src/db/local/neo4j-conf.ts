export interface Neo4jConfOptions {
  boltPort: number;
  httpPort: number;
  pageCache: string;
  txMemory: string;
  /** Most memory one transaction may use: a runaway query fails alone instead of filling the heap. */
  queryMemory?: string;
  /** Server-wide transaction timeout (any client: the API sets a shorter one per transaction). */
  txTimeout?: string;
  dirs: { data: string; logs: string; plugins: string; run: string; import: string };
}

/**
 * The neo4j.conf the project writes for its local server. Heap size is not here: it goes on the
 * java command line (-Xms/-Xmx), as the tarball's launcher does.
 */
export function renderNeo4jConf(o: Neo4jConfOptions): string {
  const lines: Record<string, string> = {
    "server.directories.data": o.dirs.data,
    "server.directories.logs": o.dirs.logs,
    "server.directories.plugins": o.dirs.plugins,
    "server.directories.run": o.dirs.run,
    "server.directories.import": o.dirs.import,
    // Loopback only: this is a developer database, not a network service.
    "server.default_listen_address": "127.0.0.1",
    "server.bolt.listen_address": `127.0.0.1:${o.boltPort}`,
    "server.bolt.advertised_address": `127.0.0.1:${o.boltPort}`,
    "server.http.enabled": "true",
    "server.http.listen_address": `127.0.0.1:${o.httpPort}`,
    "server.http.advertised_address": `127.0.0.1:${o.httpPort}`,
    "server.https.enabled": "false",
    "server.memory.pagecache.size": o.pageCache,
    "dbms.memory.transaction.total.max": o.txMemory,
    "db.memory.transaction.max": o.queryMemory ?? o.txMemory,
    "db.transaction.timeout": o.txTimeout ?? "10m",
    "dbms.security.auth_enabled": "true",
    "dbms.security.procedures.unrestricted": "apoc.*,gds.*",
    // ecosystem.* is the project's own procedure jar (neo4j-local/procedures/), built at start-up.
    "dbms.security.procedures.allowlist": "apoc.*,gds.*,ecosystem.*",
    "dbms.usage_report.enabled": "false",
    "db.tx_log.rotation.retention_policy": "2 files",
  };
  const body = Object.entries(lines)
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
  return `# Written by the project (src/db/local/neo4j-conf.ts) at every start; edits here are overwritten.\n${body}\n`;
}
