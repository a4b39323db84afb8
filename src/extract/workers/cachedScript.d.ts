// Types of cachedScript.js (plain JavaScript: the launcher uses it before any TypeScript runs).

/** Where the script form of the bundle at `bundlePath` (….mjs) is kept. */
export function scriptPathOf(bundlePath: string): string;
/** The code cache file of a script form, for this Node, V8, CPU architecture and Node's flags. */
export function cachePathOf(scriptPath: string): string;
/** The cached data in a cache file, or undefined when there is none or it is not complete. */
export function readCache(path: string): Buffer | undefined;
/** Writes `data` as a cache file (length, SHA-1, data), by a temporary name renamed; best effort. */
export function writeCache(path: string, data: Buffer): void;
/**
 * Runs the bundle at `url`: its script form with the code cache when it has one, else the module;
 * a missing or rejected cache is written at exit or once the top level has run ("loaded").
 */
export function runBundle(url: string, writeAt?: "exit" | "loaded"): Promise<"cached" | "compiled" | "module">;
