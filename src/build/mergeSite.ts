// Incremental builds render only the pages whose data changed into a staging folder; this merges
// them into the published site: copies the staging files over it, deletes pages that are gone, and
// points the pages left as they were at the new hashed names of shared files (the search index).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** "search.8a9e06c6.js" → "search.js": a hashed file's stable name. */
const unhashed = (file: string) => file.replace(/\.[0-9a-f]{8}(\.\w+)$/, "$1");

export interface MergeResult {
  copied: number;
  removedPages: string[];
  relinked: number;
}

export function mergeSite(staging: string, output: string, removedPages: string[]): MergeResult {
  // shared files whose content (so hashed name) changed: old name → new name
  const renames = new Map<string, string>();
  const before = new Map(listFiles(join(output, "_observablehq")).map((f) => [unhashed(f), f]));
  for (const f of listFiles(join(staging, "_observablehq"))) {
    const old = before.get(unhashed(f));
    if (old && old !== f) renames.set(`_observablehq/${old}`, `_observablehq/${f}`);
  }
  const rebuilt = new Set(listFiles(staging).filter((f) => f.endsWith(".html")));
  cpSync(staging, output, { recursive: true, force: true });
  const removed: string[] = [];
  for (const page of removedPages) {
    const file = join(output, `${page.replace(/^\//, "")}.html`);
    if (existsSync(file)) {
      rmSync(file);
      removed.push(page);
    }
  }
  let relinked = 0;
  if (renames.size) {
    for (const f of listFiles(output)) {
      if (!f.endsWith(".html") || rebuilt.has(f)) continue;
      const path = join(output, f);
      let html = readFileSync(path, "utf8");
      let changed = false;
      for (const [from, to] of renames) {
        if (html.includes(from)) {
          html = html.split(from).join(to);
          changed = true;
        }
      }
      if (changed) {
        writeFileSync(path, html);
        relinked++;
      }
    }
  }
  return { copied: rebuilt.size, removedPages: removed, relinked };
}
