import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { freemem } from "node:os";
import { join, resolve } from "node:path";
import { isProcessAlive } from "../os/process-alive.js";
import { dataDir } from "../paths.js";

/**
 * Where `--bulk` writes neo4j-admin's input files.
 *
 * The files are scratch: written once during validation, read by neo4j-admin, then deleted. On
 * disk, the kernel writes them back while neo4j-admin writes the store, and the two compete for the
 * same device (at 1M organizations: ~470 MB of files, neo4j-admin 2 s slower and validation 0.5 s
 * slower than with the files in memory, README "Scale"). So, unless BULK_WORK_DIR says otherwise,
 * they go to the shared-memory tmpfs when it can hold them with room to spare, and to
 * `.data/bulk-import` otherwise.
 */
export interface BulkWorkDir {
  /** The run's own folder (created). */
  dir: string;
  /** Why this place: shown in the import's log. */
  why: string;
}

const SHARED_MEMORY = "/dev/shm";
/** Converted files take ~1.3x the dataset's CSV bytes (1M: 362 MB in, 467 MB out); keep a margin. */
const OUTPUT_FACTOR = 1.6;
/** Memory left for neo4j-admin (heap and off-heap) and everything else after the files are in RAM. */
const MEMORY_RESERVE = 4 * 1024 ** 3;
const OWNER_FILE = "owner.pid";

export function datasetBytes(dir: string): number {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".csv"))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/** Bytes free on the file system holding `path`, or undefined when it cannot be read. */
function freeBytes(path: string): number | undefined {
  try {
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

export function chooseBulkWorkDir(
  runId: string,
  dataset: string,
  configured: string | undefined,
): BulkWorkDir {
  let parent: string;
  let why: string;
  if (configured) {
    parent = resolve(configured);
    why = "BULK_WORK_DIR";
  } else {
    const needed = datasetBytes(dataset) * OUTPUT_FACTOR;
    const shmFree = existsSync(SHARED_MEMORY) ? freeBytes(SHARED_MEMORY) : undefined;
    if (shmFree !== undefined && shmFree >= needed && freemem() >= needed + MEMORY_RESERVE) {
      parent = join(SHARED_MEMORY, "ecosystem-bulk-import");
      why = "shared memory (it has room for them)";
    } else {
      parent = join(dataDir, "bulk-import");
      why = "the data folder (shared memory is missing or too small)";
    }
  }
  mkdirSync(parent, { recursive: true });
  sweepAbandoned(parent);
  const dir = join(parent, runId);
  mkdirSync(dir, { recursive: true });
  // Marks the folder as in use: a run killed before its clean-up leaves it, and the next run
  // removes it (in shared memory it would otherwise hold RAM until reboot).
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  return { dir, why };
}

/** Kept files (--keep-bulk-files) lose their owner mark, so no later run removes them. */
export function releaseBulkWorkDir(dir: string, keep: boolean): void {
  if (keep) rmSync(join(dir, OWNER_FILE), { force: true });
  else rmSync(dir, { recursive: true, force: true });
}

/** Removes the folders of runs whose process is gone without cleaning up. */
function sweepAbandoned(parent: string): void {
  for (const name of readdirSync(parent)) {
    const owner = join(parent, name, OWNER_FILE);
    if (!existsSync(owner)) continue;
    const pid = Number(readFileSync(owner, "utf8"));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isProcessAlive(pid)) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}
