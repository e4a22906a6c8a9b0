import type { AppConfig } from "../config/env.js";
import { Database, type ServerInfo } from "./database.js";
import { type ObtainOptions, obtainDatabase } from "./provider.js";

export interface Connected {
  db: Database;
  info: ServerInfo;
  /** Closes the driver, then stops whatever the provider started. */
  release(): Promise<void>;
}

/** Provider + driver + start-up checks (server version, APOC): every entry point starts here. */
export async function connect(config: AppConfig, options: ObtainOptions = {}): Promise<Connected> {
  const target = await obtainDatabase(config, options);
  const db = new Database(target, {
    connectionTimeoutMs: config.driver.connectionTimeoutMs,
    acquisitionTimeoutMs: config.driver.acquisitionTimeoutMs,
  });
  try {
    const info = await db.verifyServer();
    return {
      db,
      info,
      release: async () => {
        await db.close();
        await target.stop();
      },
    };
  } catch (error) {
    await db.close();
    await target.stop();
    throw error;
  }
}
