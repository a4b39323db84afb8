// A lock file per shared folder, so that two builds (or a build and the dev preview's data
// refresh) never work on the same Framework root or output at once. The file holds who has it:
// the process id, when it started, its command line, its host and the lock's own path. A lock
// whose process is gone (killed, crashed: its id is free or now names another process), or that
// was made on another machine or for another folder (a copied checkout, a restored backup), is
// stale and is taken over; a live one is waited for, or refused at once.
import { hostname } from "node:os";
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface LockHolder {
  pid: number;
  /** When the holder started, ISO 8601. */
  started: string;
  /** The holder's command line, for messages. */
  command: string;
  host: string;
  /** The lock file the holder made (a lock file copied elsewhere is not a lock there). */
  path: string;
  /** The holder's process start time as the kernel counts it (Linux), to tell a reused process id. */
  processStart: string | null;
}

/** The kernel's start time of process `pid` (Linux /proc), or null where it cannot be read. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // fields after the command name (which may hold spaces and parentheses): state is field 3, start time field 22
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether a process with id `pid` runs (on this machine). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether `holder` still holds the lock at `path`: its process runs, on this machine, for this file. */
export function holderAlive(holder: LockHolder, path: string): boolean {
  if (holder.path !== path || holder.host !== hostname()) return false;
  if (!processAlive(holder.pid)) return false;
  const start = processStart(holder.pid);
  return holder.processStart === null || start === null || start === holder.processStart;
}

/** "process 1234 (npm run build), running since 2026-12-05 08:04:01 UTC" */
export function describeHolder(holder: LockHolder): string {
  const since = holder.started.replace("T", " ").replace(/\.\d+Z$/, " UTC");
  return `process ${holder.pid} (${holder.command}), running since ${since}`;
}

function readHolder(path: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(path, "utf8")) as LockHolder;
    return typeof holder?.pid === "number" ? holder : null;
  } catch {
    return null;
  }
}

function me(path: string, command: string): LockHolder {
  return { pid: process.pid, started: new Date().toISOString(), command, host: hostname(), path, processStart: processStart(process.pid) };
}

/** Creates the lock file if there is none; false when another one is there. */
function tryCreate(path: string, holder: LockHolder): boolean {
  try {
    writeFileSync(path, JSON.stringify(holder), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** A lock file just created and not yet written (or unreadable) counts as held for this long. */
const UNREADABLE_GRACE_MS = 5_000;

/**
 * Removes the lock at `path` if it is stale; true when it did (or it was gone). The file is moved
 * aside before it is removed, and put back if what was moved is not the stale lock that was read
 * (another process took it over meanwhile).
 */
function removeIfStale(path: string, seen: LockHolder | null): boolean {
  if (seen === null) {
    try {
      if (Date.now() - statSync(path).mtimeMs < UNREADABLE_GRACE_MS) return false;
    } catch {
      return true;
    }
  } else if (holderAlive(seen, path)) return false;
  const aside = join(dirname(path), `.stale-lock.${process.pid}.${Date.now()}`);
  try {
    renameSync(path, aside);
  } catch {
    return true; // gone meanwhile
  }
  const moved = readHolder(aside);
  if (seen !== null && moved !== null && (moved.pid !== seen.pid || moved.started !== seen.started)) {
    try {
      linkSync(aside, path);
    } catch {
      // a third process has the lock now; the one moved aside is lost, and its process finds out when it releases
    }
  }
  unlinkSync(aside);
  return true;
}

export interface LockOptions {
  /** Wait for a live holder (true) or refuse at once (false). */
  wait: boolean;
  /** The command line recorded for messages. */
  command: string;
  /** Called once per holder waited for. */
  onWait?: (holder: LockHolder) => void;
  /** Milliseconds between checks while waiting. */
  pollMs?: number;
}

/** A lock was held by a live process and `wait` was false. */
export class LockBusyError extends Error {
  constructor(
    readonly path: string,
    readonly holder: LockHolder | null,
  ) {
    super(holder ? `another build is running: ${describeHolder(holder)} (lock ${path})` : `another build is starting (lock ${path})`);
  }
}

/** Takes the lock at `path`; resolves with its release (which removes it only while it is still ours). */
export async function acquireLock(path: string, options: LockOptions): Promise<() => void> {
  const holder = me(path, options.command);
  let waitedFor: string | null = null;
  for (;;) {
    if (tryCreate(path, holder)) break;
    const seen = readHolder(path);
    if (removeIfStale(path, seen)) continue;
    if (!options.wait) throw new LockBusyError(path, seen);
    if (seen && waitedFor !== `${seen.pid} ${seen.started}`) {
      waitedFor = `${seen.pid} ${seen.started}`;
      options.onWait?.(seen);
    }
    await new Promise((done) => setTimeout(done, options.pollMs ?? 250));
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    const now = readHolder(path);
    if (now && now.pid === holder.pid && now.started === holder.started) unlinkSync(path);
  };
  process.on("exit", release);
  return release;
}

/** Takes the locks in order (always the same order for the same kinds of folder: no deadlock); releases all. */
export async function acquireLocks(paths: string[], options: LockOptions): Promise<() => void> {
  const releases: Array<() => void> = [];
  try {
    for (const path of paths) releases.push(await acquireLock(path, options));
  } catch (error) {
    for (const release of releases.reverse()) release();
    throw error;
  }
  return () => {
    for (const release of releases.reverse()) release();
  };
}
