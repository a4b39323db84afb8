// The layers of the code, one way, as `ls` shows them: the engine (src/extract) at the bottom, then
// the page data (src/pagedata), the site assembly (src/site), the pages and components, and the
// command lines on top. Read from the import statements of every source file (TypeScript's own
// pre-processor, and the import lines of the pages' code blocks).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/extract/cache.js";

/** Source files of the layers, relative to the project. */
function sources(): string[] {
  const out: string[] = ["observablehq.config.ts"];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true })) {
      if (e.name.startsWith(".") || e.name === "node_modules" || e.name === "data") continue;
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|js|md)$/.test(e.name)) out.push(path);
    }
  };
  walk("src");
  walk("scripts");
  return out;
}

/** The project files a source file imports (relative imports only; packages are not layers). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
  const specifiers = file.endsWith(".md")
    ? [...text.matchAll(/^\s*import\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1])
    : ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) => relative(PROJECT_ROOT, resolve(PROJECT_ROOT, dirname(file), s)).replace(/\.js$/, ""))
    .map((target) => sources().find((f) => f.replace(/\.(ts|js|md)$/, "") === target) ?? target);
}

/**
 * The node a file belongs to: its folder, except files directly in src/extract (the engine's
 * contract types.ts and its orchestration files are each their own node) and the pages.
 */
function nodeOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] !== "src") return parts.length > 1 ? parts[0] : file;
  if (parts[1] === "extract") return parts.length === 3 ? file : `src/extract/${parts[2]}`;
  if (parts.length === 2) return file.endsWith(".md") ? "src (pages)" : file;
  return `src/${parts[1]}`;
}

/** The layer of a node, lowest first. */
function layerOf(node: string): number {
  if (node.startsWith("src/extract")) return 0;
  if (node === "src/evaluate") return 1;
  if (node === "src/pagedata") return 2;
  if (node === "src/site") return 3;
  if (node === "src (pages)" || node === "src/actors" || node === "src/articles" || node === "src/components") return 4;
  // the bench times the engine and the site's build: above both, below the command lines
  if (node === "src/bench") return 5;
  return 6; // scripts/, observablehq.config.ts
}

const files = sources();
const edges = new Map<string, Set<string>>();
for (const file of files)
  for (const target of importsOf(file)) {
    const [a, b] = [nodeOf(file), nodeOf(target)];
    if (a === b) continue;
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)!.add(b);
  }
const list = [...edges].flatMap(([a, bs]) => [...bs].map((b) => `${a} -> ${b}`)).sort();

describe("the layers", () => {
  it("are read from the sources", () => {
    expect(list).toContain("src/pagedata -> src/extract/types.ts");
    expect(list).toContain("src/site -> src/pagedata");
    expect(list).toContain("src/actors -> src/components");
    expect(list).toContain("scripts -> src/site");
  });

  it("import only downwards", () => {
    const upwards = list.filter((e) => {
      const [a, b] = e.split(" -> ");
      return layerOf(b) > layerOf(a);
    });
    expect(upwards).toEqual([]);
  });

  it("have no two folders importing each other, nor any longer cycle", () => {
    // strongly connected components of the folder graph
    const graph = new Map([...edges].map(([a, bs]) => [a, [...bs]]));
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const cycles: string[][] = [];
    let next = 0;
    const visit = (v: string) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      for (const w of graph.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do component.push((w = stack.pop()!));
        while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });
});
