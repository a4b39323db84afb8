// The script form of a bundle (scriptForm.js) and running it with V8's code cache (cachedScript.js).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { scriptForm } from "../../src/extract/workers/scriptForm.js";
import { cachePathOf, readCache, runBundle, scriptPathOf, writeCache } from "../../src/extract/workers/cachedScript.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "briefing-cached-script-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the script form of a bundle", () => {
  it("requires Node's modules at the top, gives import.meta.url and import() the bundle's, and leaves strings alone", () => {
    const code = [
      'import a from "node:fs";',
      'import * as b from "path";',
      'import { x as y, z } from "node:util";',
      "const s = `",
      'import { q } from "node:fs";',
      "`;",
      "console.log(import.meta.url);",
      "await import('./x.js');",
    ].join("\n");
    const form = scriptForm(code)!;
    const lines = form.split("\n");
    expect(lines[0]).toBe(
      '(async function (__briefingScriptRequire, __briefingBundleUrl, __briefingImport) {"use strict";' +
        'const a = __briefingScriptRequire("node:fs"); const b = __briefingScriptRequire("path"); ' +
        'const {x: y, z: z} = __briefingScriptRequire("node:util");',
    );
    // the bundle's lines keep their numbers; text inside a template literal is not rewritten
    expect(lines[4]).toBe('import { q } from "node:fs";');
    expect(lines[6]).toBe("console.log(__briefingBundleUrl);");
    expect(lines[7]).toBe("await __briefingImport('./x.js');");
    expect(lines.at(-1)).toBe("})");
  });

  it("is ASCII: patterns, String.raw texts and comments beyond ASCII are escaped to the same values", async () => {
    const code = [
      "// a comment’s apostrophe",
      'const quote = /[‘’]s|😀/u.exec("it\\u2019s")[0];',
      'const plain = /[😀]/.test("\\ud83d") && /^\\é$/.test("\\u00e9");',
      "const raw = String.raw`x’y\\’${quote}é`;",
      'const pattern = new RegExp(String.raw`^\\p{Lu}[\\p{L}’]+$`, "u").test("O\\u2019Neil");',
      "__briefingImport({ quote, plain, raw, pattern });",
    ].join("\n");
    // (esbuild writes strings in ASCII already: these are too)
    const form = scriptForm(code)!;
    expect(/[^\x20-\x7e\n]/.test(form)).toBe(false);
    expect(form.split("\n")).toHaveLength(code.split("\n").length + 1);
    let seen: unknown;
    await (0, eval)(form)(null, "", (v: unknown) => (seen = v));
    expect(seen).toEqual({ quote: "’s", plain: true, raw: "x’y\\’’sé", pattern: true });
  });

  it("is null for what a function cannot hold: exports, packages' modules, bare imports, other import.meta uses", () => {
    expect(scriptForm("export const a = 1;")).toBeNull();
    expect(scriptForm('import "node:fs";')).toBeNull();
    expect(scriptForm('import esbuild from "esbuild";')).toBeNull();
    expect(scriptForm("console.log(import.meta.dirname);")).toBeNull();
    expect(scriptForm("const broken = ;")).toBeNull();
  });
});

describe("a code cache file", () => {
  it("is read back only when complete", () => {
    const path = join(tempDir(), "x.v8cache");
    const data = Buffer.from("some compiled code");
    writeCache(path, data);
    expect(readCache(path)?.toString()).toBe("some compiled code");
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 3)); // cut short
    expect(readCache(path)).toBeUndefined();
    const changed = Buffer.from(whole);
    changed[changed.length - 1] ^= 1; // same length, other bytes
    writeFileSync(path, changed);
    expect(readCache(path)).toBeUndefined();
    expect(readCache(join(tempDir(), "none.v8cache"))).toBeUndefined();
  });

  it("is written by a bundle's first run and used by the next, which gives the same results", async () => {
    const dir = tempDir();
    const bundle = join(dir, "entry-0123456789abcdef0123.mjs");
    const code = [
      'import { join } from "node:path";',
      "const key = Symbol.for('briefing.cachedScript.test');",
      "const state = globalThis[key];",
      "state.runs.push([join('a', 'b'), import.meta.url, await Promise.resolve(42)]);",
      "state.dynamic = [(await import('node:os')).EOL, (await import('./neighbour.mjs')).word];",
    ].join("\n");
    writeFileSync(bundle, code);
    writeFileSync(join(dir, "neighbour.mjs"), 'export const word = "beside the bundle";\n');
    writeFileSync(scriptPathOf(bundle), scriptForm(code)!);
    const state = { runs: [] as unknown[], dynamic: [] as string[] };
    (globalThis as Record<symbol, unknown>)[Symbol.for("briefing.cachedScript.test")] = state;
    expect(await runBundle(pathToFileURL(bundle).href, "loaded")).toBe("compiled");
    const cache = cachePathOf(scriptPathOf(bundle));
    expect(readdirSync(dir)).toContain(cache.slice(dir.length + 1));
    expect(await runBundle(pathToFileURL(bundle).href, "loaded")).toBe("cached");
    expect(state.runs).toEqual([
      [join("a", "b"), pathToFileURL(bundle).href, 42],
      [join("a", "b"), pathToFileURL(bundle).href, 42],
    ]);
    expect(state.dynamic).toEqual(["\n", "beside the bundle"]);
  });

  it("is not needed: a bundle without a script form runs as a module", async () => {
    const dir = tempDir();
    const bundle = join(dir, "plain-0123456789abcdef0123.mjs");
    writeFileSync(bundle, "globalThis[Symbol.for('briefing.cachedScript.plain')] = import.meta.url;\n");
    expect(await runBundle(pathToFileURL(bundle).href)).toBe("module");
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("briefing.cachedScript.plain")]).toBe(pathToFileURL(bundle).href);
    expect(readdirSync(dir)).toEqual(["plain-0123456789abcdef0123.mjs"]);
  });
});
