// The dev preview's written files, keyed: an item whose key is the one it was written with is not
// computed again while its file is as written; a new key, or a file another process changed, is.
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
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

describe("dated writes kept from one process to the next", () => {
  it("write a file only when its content changed, date it, and trust only the very file they wrote", () => {
    const record = join(dir, "record.json");
    const path = join(dir, "briefing.json");
    const first = new WrittenFiles();
    expect(first.writeDated(path, '{"lead":"Niamey"}', Date.UTC(2024, 0, 2))).toBe(true);
    expect(statSync(path).mtimeMs).toBe(Date.UTC(2024, 0, 2));
    first.save(record);
    // the next process: the same content is neither written nor read back, only dated anew
    const inode = statSync(path).ino;
    const next = WrittenFiles.read(record);
    expect(next.size).toBe(1);
    expect(next.writeDated(path, '{"lead":"Niamey"}', Date.UTC(2024, 0, 3))).toBe(false);
    expect(statSync(path).ino).toBe(inode);
    expect(statSync(path).mtimeMs).toBe(Date.UTC(2024, 0, 3));
    expect(next.writeDated(path, '{"lead":"Agadez"}', Date.UTC(2024, 0, 3))).toBe(true);
    expect(readFileSync(path, "utf8")).toBe('{"lead":"Agadez"}');
    next.save(record);
    // another process replaced the file with the same size and time: compared again, and written back
    writeFileSync(`${path}.other`, '{"lead":"Zinder"}');
    utimesSync(`${path}.other`, new Date(Date.UTC(2024, 0, 3)), new Date(Date.UTC(2024, 0, 3)));
    renameSync(`${path}.other`, path);
    expect(WrittenFiles.read(record).writeDated(path, '{"lead":"Agadez"}', Date.UTC(2024, 0, 3))).toBe(true);
    expect(readFileSync(path, "utf8")).toBe('{"lead":"Agadez"}');
    // no record (or a broken one): every file is read back once
    writeFileSync(record, "{broken");
    expect(WrittenFiles.read(record).size).toBe(0);
    expect(WrittenFiles.read(join(dir, "missing.json")).writeDated(path, '{"lead":"Agadez"}', Date.UTC(2024, 0, 3))).toBe(false);
  });
});
