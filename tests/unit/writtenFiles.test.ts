// The dev preview's written files, keyed: an item whose key is the one it was written with is not
// computed again while its file is as written; a new key, or a file another process changed, is.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WrittenFiles } from "../../src/site/writtenFiles.js";

const dir = mkdtempSync(join(tmpdir(), "briefing-written-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("keyed writes", () => {
  it("skip computing an item whose key and file are as written", () => {
    const out = new WrittenFiles();
    const path = join(dir, "bazoum.json");
    const computed: string[] = [];
    const make = (json: string) => () => (computed.push(json), json);
    expect(out.writeKeyed(path, "k1", make('{"name":"Mohamed Bazoum"}'))).toBe(true);
    expect(out.writeKeyed(path, "k1", make('{"name":"never computed"}'))).toBe(false);
    expect(computed).toEqual(['{"name":"Mohamed Bazoum"}']);
    // a new key with the same content: computed, not written
    expect(out.writeKeyed(path, "k2", make('{"name":"Mohamed Bazoum"}'))).toBe(false);
    expect(out.writeKeyed(path, "k2", make("unused"))).toBe(false);
    expect(computed).toHaveLength(2);
    // another process wrote the file: the key is not trusted, the content is computed and written back
    writeFileSync(path, '{"name":"Someone else"}');
    expect(out.writeKeyed(path, "k2", make('{"name":"Mohamed Bazoum"}'))).toBe(true);
    expect(readFileSync(path, "utf8")).toBe('{"name":"Mohamed Bazoum"}');
    expect(out.writeKeyed(path, "k3", make('{"name":"Ali Bazoum"}'))).toBe(true);
    expect(readFileSync(path, "utf8")).toBe('{"name":"Ali Bazoum"}');
  });
});
