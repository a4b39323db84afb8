// Types of checkedFile.js (plain JavaScript: the launcher uses it before any TypeScript runs).

/** The data in a checked file, or undefined when there is none or it is not complete. */
export function readCache(path: string): Buffer | undefined;
/** Writes `data` as a checked file (length, SHA-1, data), by a temporary name renamed; best effort. */
export function writeCache(path: string, data: Buffer): void;
