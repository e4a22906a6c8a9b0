import { readFileSync } from "node:fs";

/**
 * Whether a process id names a live process. A killed process whose parent has not reaped it
 * (a zombie: common in containers whose init does not reap) still answers `kill(pid, 0)`, so on
 * Linux its state in /proc decides: a zombie is dead, and the server it ran no longer listens.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // No procfs (macOS): kill(pid, 0) is all we know.
  return processState(pid) !== "Z";
}

/** The one-letter state of a process from /proc (R, S, D, T, Z…), or undefined without procfs or process. */
export function processState(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // "pid (comm) S …": comm may hold spaces and parentheses, so the state follows the last ")".
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
}
