import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTableSnapshot } from "../src/site/tableSnapshot.js";
import { tableFile, tableLoader, tableLoaderOutput } from "../src/site/tableFiles.js";
import type { Tables } from "../src/extract/types.js";

const tables = (mentions: number): Tables =>
  ({
    articles: [{ id: "a", file: "a.txt", title: "A", text: "secret text" }],
    actors: [],
    mentions: Array.from({ length: mentions }, (_, i) => ({ actor: "x", article: "a", start: i, end: i + 1, text: "x", sentence: 0 })),
    dates: [], figures: [], quotes: [], events: [], conflicts: [], rejected: [], sentences: [], central: [], stories: [], comentions: [],
  }) as unknown as Tables;

function root(): { root: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "briefing-snapshot-"));
  const r = join(dir, "src");
  mkdirSync(join(r, "data", "tables"), { recursive: true });
  mkdirSync(join(r, ".observablehq", "cache", "data", "tables"), { recursive: true });
  for (const t of ["mentions", "articles"] as const) {
    writeFileSync(tableLoader(r, t), "// loader\n");
    utimesSync(tableLoader(r, t), new Date(2020, 0, 1), new Date(2020, 0, 1));
  }
  return { root: r, cache: join(dir, "cache") };
}

describe("the tables' snapshot the data loaders print", () => {
  it("writes each table's rows, articles without their text", () => {
    const { root: r, cache } = root();
    writeTableSnapshot(tables(2), r, cache);
    expect(JSON.parse(readFileSync(tableFile("mentions", cache), "utf8"))).toHaveLength(2);
    const [article] = JSON.parse(readFileSync(tableFile("articles", cache), "utf8"));
    expect(article).toEqual({ id: "a", file: "a.txt", title: "A" });
  });

  it("reruns the loaders of changed tables only: their cached output goes, their file's time moves on", () => {
    const { root: r, cache } = root();
    writeTableSnapshot(tables(2), r, cache);
    // Framework ran the loaders after the snapshot: their outputs are newer than it
    for (const t of ["mentions", "articles"] as const) writeFileSync(tableLoaderOutput(r, t), "[]");
    const loaderTime = statSync(tableLoader(r, "articles")).mtimeMs;
    const changed = writeTableSnapshot(tables(3), r, cache);
    expect(changed).toEqual(["mentions"]);
    expect(existsSync(tableLoaderOutput(r, "mentions"))).toBe(false);
    expect(existsSync(tableLoaderOutput(r, "articles"))).toBe(true);
    expect(statSync(tableLoader(r, "mentions")).mtimeMs).toBeGreaterThanOrEqual(statSync(tableFile("mentions", cache)).mtimeMs);
    expect(statSync(tableLoader(r, "articles")).mtimeMs).toBe(loaderTime);
    expect(writeTableSnapshot(tables(3), r, cache)).toEqual([]);
  });
});
