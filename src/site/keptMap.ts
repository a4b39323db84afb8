// A map kept in the cache from one build to the next, under the version of what made it: one JSON
// file `{ version, [field]: { key: value } }`, replaced at once (a reader sees the old file or the
// new one, never half of one). Read under another version, or unreadable, it holds nothing.
import { readFileSync } from "node:fs";
import { writeWhole } from "../extract/util/writeWhole.js";

/** The entries kept at `path` under `version` in `field` (none when the version differs, or no file). */
export function readKeptMap(path: string, version: string, field: string): Map<string, unknown> {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    const entries = parsed[field];
    if (parsed.version !== version || typeof entries !== "object" || entries === null) return new Map();
    return new Map(Object.entries(entries));
  } catch {
    return new Map();
  }
}

/** Replaces the file at `path` with `entries` in `field` under `version`. */
export function writeKeptMap(path: string, version: string, field: string, entries: ReadonlyMap<string, unknown>): void {
  writeWhole(path, JSON.stringify({ version, [field]: Object.fromEntries(entries) }));
}
