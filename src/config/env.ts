import { z } from "zod";
import { ConfigError } from "../errors/app-errors.js";

const memorySize = z.string().regex(/^\d+[kmgKMG]$/, "must be a size such as 512m or 1g");

const port = z.coerce.number().int().min(1).max(65535);

const boolFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const neo4jUri = z
  .string()
  .regex(
    /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/,
    "must be a Neo4j URI such as neo4j+s://xxxx.databases.neo4j.io or bolt://localhost:7687",
  );

const schema = z
  .object({
    NEO4J_URI: neo4jUri.optional(),
    NEO4J_USERNAME: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").optional(),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    NEO4J_PROVIDER: z.enum(["auto", "remote", "docker", "local"]).default("auto"),
    NEO4J_BOLT_PORT: port.default(7687),
    NEO4J_HTTP_PORT: port.default(7474),
    NEO4J_HEAP: memorySize.default("1g"),
    NEO4J_PAGECACHE: memorySize.default("512m"),
    NEO4J_TX_MEMORY: memorySize.default("512m"),
    NEO4J_QUERY_MEMORY: memorySize.default("384m"),
    NEO4J_TX_TIMEOUT: z
      .string()
      .regex(/^\d+(ms|s|m|h)$/, "must be a duration such as 90s or 10m")
      .default("10m"),
    NEO4J_JAVA_HOME: z.string().min(1).optional(),
    NEO4J_START_TIMEOUT: z.coerce.number().int().min(5).max(1800).default(180),
    BULK_WORK_DIR: z.string().min(1).optional(),
    PORT: port.default(4000),
    JWT_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    NODE_ENV: z.string().default("development"),
    SEED_ON_EMPTY: boolFlag.default(true),
    // Security and robustness settings (README "Security and configuration").
    HOST: z.string().min(1).default("127.0.0.1"),
    CORS_ORIGINS: z.string().optional(),
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    QUERY_MAX_COST: z.coerce.number().int().min(1).default(20_000),
    DRAIN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).optional(),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
    JWT_MAX_LIFETIME: z.coerce
      .number()
      .int()
      .min(60)
      .default(8 * 3600),
    WRITE_BULK_LIMIT: z.coerce.number().int().min(1).default(20),
    NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
    NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).default(4_000),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_PROVIDER === "remote" && !env.NEO4J_URI) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_URI"],
        message: "is required when NEO4J_PROVIDER=remote",
      });
    }
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_PASSWORD"],
        message: "is required when NEO4J_URI is set",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export interface AppConfig {
  neo4j: {
    uri: string | undefined;
    username: string;
    password: string | undefined;
    database: string;
    provider: Env["NEO4J_PROVIDER"];
  };
  local: {
    boltPort: number;
    httpPort: number;
    heap: string;
    pageCache: string;
    txMemory: string;
    queryMemory: string;
    txTimeout: string;
    javaHome: string | undefined;
    startTimeoutSeconds: number;
    /** Where `--bulk` writes neo4j-admin's input files; unset = shared memory when it has room, else .data. */
    bulkWorkDir: string | undefined;
  };
  driver: {
    connectionTimeoutMs: number;
    acquisitionTimeoutMs: number;
    queryTimeoutMs: number;
  };
  server: {
    port: number;
    jwtSecret: string | undefined;
    production: boolean;
    seedOnEmpty: boolean;
  } & SecuritySettings;
}

/** The settings of README "Security and configuration"; tests pass their own. */
export interface SecuritySettings {
  /** Interface to listen on (127.0.0.1 by default; 0.0.0.0 in a container). */
  host: string;
  /** Origins allowed to call the API from a browser; empty = same-origin only; ["*"] = any (no credentials). */
  corsOrigins: string[];
  /** Every transaction the API opens is terminated by the server after this long. */
  queryTimeoutMs: number;
  /** Budget of the cost model (src/api/cost-model.ts); heavier requests are refused before any Cypher runs. */
  queryMaxCost: number;
  /** How long SIGTERM waits for in-flight requests (default: query timeout + 5 s). */
  drainTimeoutMs: number;
  /** Requests per minute per client address; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Longest accepted token lifetime in seconds (exp - iat, or exp - now). */
  jwtMaxLifetimeSeconds: number;
  /** Most nodes an editor's mutation may touch; beyond that it needs the admin role. */
  writeBulkLimit: number;
}

/**
 * Reads and validates the configuration once. Empty strings count as unset, so a `.env` line such
 * as `NEO4J_URI=` does not switch providers by accident.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join(".") || "(environment)"}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  return {
    neo4j: {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      provider: env.NEO4J_PROVIDER,
    },
    local: {
      boltPort: env.NEO4J_BOLT_PORT,
      httpPort: env.NEO4J_HTTP_PORT,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
      txMemory: env.NEO4J_TX_MEMORY,
      queryMemory: env.NEO4J_QUERY_MEMORY,
      txTimeout: env.NEO4J_TX_TIMEOUT,
      javaHome: env.NEO4J_JAVA_HOME,
      startTimeoutSeconds: env.NEO4J_START_TIMEOUT,
      bulkWorkDir: env.BULK_WORK_DIR,
    },
    driver: {
      connectionTimeoutMs: env.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionTimeoutMs: env.NEO4J_ACQUISITION_TIMEOUT_MS,
      queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    },
    server: {
      port: env.PORT,
      jwtSecret: env.JWT_SECRET,
      production: env.NODE_ENV === "production",
      seedOnEmpty: env.SEED_ON_EMPTY,
      host: env.HOST,
      corsOrigins: (env.CORS_ORIGINS ?? "")
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
      queryTimeoutMs: env.QUERY_TIMEOUT_MS,
      queryMaxCost: env.QUERY_MAX_COST,
      drainTimeoutMs: env.DRAIN_TIMEOUT_MS ?? env.QUERY_TIMEOUT_MS + 5_000,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      jwtMaxLifetimeSeconds: env.JWT_MAX_LIFETIME,
      writeBulkLimit: env.WRITE_BULK_LIMIT,
    },
  };
}
