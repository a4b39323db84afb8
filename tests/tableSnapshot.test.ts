import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTableSnapshot } from "../src/site/tableSnapshot.js";
import { tableFile, tableLoader, tableLoaderOutput } from "../src/site/tableFiles.js";
import type { Tables } from "../src/extract/types.js";
import { emptyTables } from "./helpers/emptyTables.js";

const tables = (mentions: number): Tables =>
  ({
    ...emptyTables(),
    articles: [{ id: "a", file: "a.txt", title: "A", text: "secret text" }],
    mentions: Array.from({ length: mentions }, (_, i) => ({ actor: "x", article: "a", start: i, end: i + 1, text: "x", sentence: 0 })),
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

const AS_OF = Date.UTC(2024, 4, 3, 12, 0, 0);

describe("the tables' snapshot the data loaders print", () => {
  it("writes each table's rows, articles without their text", () => {
    const { root: r, cache } = root();
    writeTableSnapshot(tables(2), r, AS_OF, cache);
    expect(JSON.parse(readFileSync(tableFile("mentions", cache), "utf8"))).toHaveLength(2);
    const [article] = JSON.parse(readFileSync(tableFile("articles", cache), "utf8"));
    expect(article).toEqual({ id: "a", file: "a.txt", title: "A" });
  });

  it("dates a table, its loader and the loader's output from the folder and the content, never the clock", () => {
    const a = root();
    const b = root();
    writeTableSnapshot(tables(2), a.root, AS_OF, a.cache);
    writeTableSnapshot(tables(2), b.root, AS_OF, b.cache);
    const time = statSync(tableFile("mentions", a.cache)).mtimeMs;
    expect(time).toBeGreaterThanOrEqual(AS_OF);
    expect(time).toBeLessThan(AS_OF + 1_000_000);
    expect(Math.round(statSync(tableFile("mentions", b.cache)).mtimeMs)).toBe(Math.round(time));
    expect(Math.round(statSync(tableLoader(a.root, "mentions")).mtimeMs)).toBe(Math.round(time));
    expect(Math.round(statSync(tableLoader(b.root, "mentions")).mtimeMs)).toBe(Math.round(time));
  });

  it("reruns the loaders of changed tables only: their cached output goes, their file's time changes", () => {
    const { root: r, cache } = root();
    writeTableSnapshot(tables(2), r, AS_OF, cache);
    // Framework ran the loaders: their outputs carry the tables' times (the loader gives them)
    for (const t of ["mentions", "articles"] as const) {
      writeFileSync(tableLoaderOutput(r, t), "[]");
      const time = statSync(tableFile(t, cache)).mtimeMs / 1000;
      utimesSync(tableLoaderOutput(r, t), time, time);
    }
    const before = { mentions: statSync(tableLoader(r, "mentions")).mtimeMs, articles: statSync(tableLoader(r, "articles")).mtimeMs };
    expect(writeTableSnapshot(tables(3), r, AS_OF, cache)).toEqual(["mentions"]);
    expect(existsSync(tableLoaderOutput(r, "mentions"))).toBe(false);
    expect(existsSync(tableLoaderOutput(r, "articles"))).toBe(true);
    expect(statSync(tableLoader(r, "mentions")).mtimeMs).not.toBe(before.mentions);
    expect(statSync(tableLoader(r, "articles")).mtimeMs).toBe(before.articles);
    expect(writeTableSnapshot(tables(3), r, AS_OF, cache)).toEqual([]);
    expect(existsSync(tableLoaderOutput(r, "articles"))).toBe(true);
  });

  it("writes only the tables it is given, and leaves the others' snapshot and hash as they were", () => {
    const { root: r, cache } = root();
    writeTableSnapshot(tables(2), r, AS_OF, cache);
    const articles = readFileSync(tableFile("articles", cache), "utf8");
    // three mentions and another title, but only the mentions are asked for
    const next = tables(3);
    next.articles[0].title = "B";
    expect(writeTableSnapshot(next, r, AS_OF, cache, undefined, ["mentions"])).toEqual(["mentions"]);
    expect(JSON.parse(readFileSync(tableFile("mentions", cache), "utf8"))).toHaveLength(3);
    expect(readFileSync(tableFile("articles", cache), "utf8")).toBe(articles);
    // the articles' hash is still the old file's: a full snapshot then writes the new title
    expect(writeTableSnapshot(next, r, AS_OF, cache)).toEqual(["articles"]);
    expect(JSON.parse(readFileSync(tableFile("articles", cache), "utf8"))[0].title).toBe("B");
  });
});
