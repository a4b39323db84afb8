// "Since the last build": keeps, per articles folder, the summary of the last build and the changes
// it brought, in .cache/builds/<folder hash>/. The site assembly writes the changes as the front
// page's data/changes.json.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Tables } from "../extract/types.js";
import { cacheRoot } from "../extract/cache.js";
import { writeWhole } from "../extract/util/writeWhole.js";
import { diffBuilds, summarize, summaryFrom, summaryJson, type BuildChanges, type BuildSummary } from "./changes.js";

function historyDir(folder: string): string {
  const key = createHash("sha256").update(folder).digest("hex").slice(0, 12);
  return join(cacheRoot(), "builds", key);
}

const readJson = <T>(path: string): T | null => (existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : null);

/** Records a build of `folder`; the changes are recomputed only when the corpus changed. */
export function recordBuild(folder: string, fingerprint: string, tables: Tables, now = new Date()): BuildChanges {
  const dir = historyDir(folder);
  mkdirSync(dir, { recursive: true });
  const kept = readJson<Record<keyof BuildSummary, unknown> & { fingerprint: string }>(join(dir, "last.json"));
  const existing = readJson<BuildChanges>(join(dir, "changes.json"));
  if (kept && kept.fingerprint === fingerprint && existing) return existing;
  const current = summarize(tables, now.toISOString());
  const changes = diffBuilds(kept && summaryFrom(kept), current);
  writeWhole(join(dir, "last.json"), summaryJson(current, { fingerprint }));
  writeWhole(join(dir, "changes.json"), JSON.stringify(changes));
  return changes;
}
