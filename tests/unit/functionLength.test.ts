// Functions of one job (issue 20): no function, method or arrow function in src/extract runs past
// 60 lines; a longer one is a list of named passes waiting to be written. Read from the TypeScript
// syntax tree, so a comment or a string never counts as a function.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const LIMIT = 60;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every function in `file` longer than `limit` lines, as "path:line name (lines)". */
function longFunctions(file: string, limit: number): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1;
      const name = node.name?.getText() ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : "(anonymous)");
      if (lines > limit) found.push(`${relative(ROOT, file)}:${lineOf(node.getStart()) + 1} ${name} (${lines})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("functions in src/extract", () => {
  it(`are at most ${LIMIT} lines each`, () => {
    expect(sources(join(ROOT, "src", "extract")).flatMap((file) => longFunctions(file, LIMIT))).toEqual([]);
  });

  it("are measured as written: a function of 61 lines is found, one of 60 is not", () => {
    const body = (n: number) => `function f() {\n${"  x++;\n".repeat(n - 2)}}\n`;
    const file = join(mkdtempSync(join(tmpdir(), "briefing-function-length-")), "sample.ts");
    writeFileSync(file, body(61));
    expect(longFunctions(file, LIMIT).map((f) => f.slice(f.lastIndexOf(":")))).toEqual([":1 f (61)"]);
    writeFileSync(file, body(60));
    expect(longFunctions(file, LIMIT)).toEqual([]);
  });
});
