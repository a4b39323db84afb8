// How many worker threads extraction may use: the `workers` option, else env BRIEFING_WORKERS,
// else the machine's parallelism. 1 means everything runs in-process.
import { availableParallelism } from "node:os";

/** Below this many files to extract, starting threads costs more than it saves. */
export const DEFAULT_WORKER_THRESHOLD = 20;
/**
 * Nor below this many bytes to extract: a worker thread takes a few tenths of a second to load the
 * engine and the model and to warm up, about what this much text takes on one thread.
 */
export const DEFAULT_WORKER_MIN_BYTES = 256 * 1024;

/** The worker count to use, at least 1; throws with a plain message on a malformed setting. */
export function resolveWorkers(option?: number, env: string | undefined = process.env.BRIEFING_WORKERS): number {
  const cores = Math.max(1, availableParallelism());
  if (option !== undefined) return checked(option, "the workers option");
  if (env !== undefined && env.trim() !== "") {
    const trimmed = env.trim().toLowerCase();
    if (trimmed === "auto") return cores;
    return checked(Number(trimmed), `BRIEFING_WORKERS=${env}`);
  }
  return cores;
}

function checked(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1 (or "auto")`);
  return value;
}
