// The item manifest (src/site/itemManifest.ts): a file is reused only while the output still holds
// the very file the last build wrote for an item with the same key, under the same code.
import { linkSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemCodeVersion, manifestPath, readManifest, recordOf, stillHolds, writeManifest } from "../src/site/itemManifest.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "itemmanifest-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the item manifest", () => {
  it("is kept per output, in the cache", () => {
    const cache = join(dir, "cache");
    expect(manifestPath(join(dir, "dist"), cache)).toBe(manifestPath(join(dir, "x", "..", "dist"), cache));
    expect(manifestPath(join(dir, "dist"), cache)).not.toBe(manifestPath(join(dir, "dist2"), cache));
    expect(manifestPath(join(dir, "dist"), cache).startsWith(join(cache, "items"))).toBe(true);
  });

  it("reads back what was written under the same code version, and nothing under another", () => {
    const path = join(dir, "cache", "items", "m.json");
    const records = new Map([["_file/data/actors/niger.json", { key: "k1", ino: 7, size: 12, mtimeMs: 1.5, dev: 3 }]]);
    writeManifest(path, "v1", records);
    expect(readManifest(path, "v1")).toEqual(records);
    expect(readManifest(path, "v2").size).toBe(0);
    expect(readManifest(join(dir, "missing.json"), "v1").size).toBe(0);
    writeFileSync(path, "{ not json");
    expect(readManifest(path, "v1").size).toBe(0);
  });

  it("holds a file only while it is the same file with the same key", () => {
    const out = join(dir, "out");
    mkdirSync(out, { recursive: true });
    const file = join(out, "niger.json");
    writeFileSync(file, '{"a":1}');
    const record = recordOf("k1", statSync(file));
    expect(stillHolds(record, "k1", file)).toBe(true);
    expect(stillHolds(record, "k2", file)).toBe(false);
    expect(stillHolds(undefined, "k1", file)).toBe(false);
    // a hard link (the next build's copy) is the same file
    const linked = join(out, "linked.json");
    linkSync(file, linked);
    expect(stillHolds(record, "k1", linked)).toBe(true);
    // the old output removed (its links undone, which moves the change time): the link still holds
    const kept = join(out, "kept.json");
    linkSync(linked, kept);
    rmSync(linked);
    expect(stillHolds(record, "k1", kept)).toBe(true);
    // rewritten (a new file in its place), or gone: not the file the record describes
    rmSync(file);
    writeFileSync(file, '{"a":2}');
    expect(stillHolds(record, "k1", file)).toBe(false);
    rmSync(file);
    expect(stillHolds(record, "k1", file)).toBe(false);
  });

  it("has a code version that is stable and follows the page data code", () => {
    expect(itemCodeVersion()).toBe(itemCodeVersion());
    const copy = join(dir, "project");
    mkdirSync(join(copy, "src", "pagedata"), { recursive: true });
    writeFileSync(join(copy, "src", "pagedata", "page.ts"), "export const LIMIT = 30;\n");
    const before = itemCodeVersion(copy);
    writeFileSync(join(copy, "src", "pagedata", "page.ts"), "export const LIMIT = 31;\n");
    expect(itemCodeVersion(copy)).not.toBe(before);
    expect(itemCodeVersion(copy)).not.toBe(itemCodeVersion(PROJECT_ROOT));
  });
});
