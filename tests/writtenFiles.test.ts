// What a process wrote (src/site/writtenFiles.ts): a file is written only when its content changed,
// what is kept is trusted while the file keeps its identity (a hard link made or removed, as a build
// makes into its output, does not change it), and a file changed behind its back is read again.
import { linkSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WrittenFiles } from "../src/site/writtenFiles.js";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "briefing-written-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("written files", () => {
  it("writes a file once per content, through links made and removed", () => {
    const out = new WrittenFiles();
    const file = join(dir, "actors.json");
    expect(out.writeKeyed(file, "k1", () => '{"n":1}')).toBe(true);
    expect(out.write(file, '{"n":1}')).toBe(false);
    // linked into an output, then the output removed: the change time moved, the file is as written,
    // so the same key means the same content, not computed again
    linkSync(file, join(dir, "linked.json"));
    rmSync(join(dir, "linked.json"));
    expect(out.writeKeyed(file, "k1", () => '{"n":2}')).toBe(false);
    expect(readFileSync(file, "utf8")).toBe('{"n":1}');
    expect(out.write(file, '{"n":2}')).toBe(true);
    expect(readFileSync(file, "utf8")).toBe('{"n":2}');
  });

  it("reads again a file another process rewrote, and a record saved for the next build", () => {
    const out = new WrittenFiles();
    const file = join(dir, "stories.json");
    out.writeKeyed(file, "k1", () => '{"s":1}');
    // rewritten behind its back with the same size, another time: the key is no longer trusted
    writeFileSync(file, '{"s":9}');
    utimesSync(file, new Date(1_000_000), new Date(1_000_000));
    expect(out.writeKeyed(file, "k1", () => '{"s":1}')).toBe(true);
    expect(readFileSync(file, "utf8")).toBe('{"s":1}');
    const record = join(dir, "written.json");
    out.save(record);
    const next = WrittenFiles.read(record);
    expect(next.size).toBe(1);
    expect(next.writeKeyed(file, "k1", () => '{"s":2}')).toBe(false);
  });
});
