// Whether a rendered site is whole: every module, style and file its pages name (Framework's
// `_observablehq/`, `_import/`, `_node/`, `_npm/` and `_file/` folders), and every module those
// modules import in turn, is there. A render that lost files (a build interrupted, a folder removed
// under it) is never kept for reuse or published.
//
// Framework's own client (`_observablehq/`) names optional libraries (DuckDB, SQLite, …) that it
// loads on demand from `_npm/` and that a site publishes only when a page uses them; those lazy
// `import()`s are followed only in the site's own modules, never in the client's.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { tokenizer, type Token as AcornToken } from "acorn";

/** A token with its value (a string literal's text, a name), which acorn's types leave out. */
type Token = AcornToken & { value?: unknown };

/** Relative addresses of Framework's asset folders in pages: attributes, imports, registered files. */
const PAGE_REFERENCE = /"((?:\.\.?\/)+_(?:observablehq|import|node|npm|file)\/[^"?#]+)/g;
const RELATIVE = /^\.\.?\//;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function referencesIn(file: string, patterns: RegExp[]): string[] {
  const text = readFileSync(file, "utf8");
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => join(dirname(file), match[1])));
}

/**
 * The relative modules a module imports, read from its tokens (so that an import written in a
 * comment or a string is not one): `from "./x.js"`, `import "./z.js"`, and with `dynamic`,
 * `import("../y.js")`. An address's query or hash is dropped.
 */
function importsIn(file: string, dynamic: boolean): string[] {
  const found: string[] = [];
  const recent: Token[] = [];
  try {
    for (const token of tokenizer(readFileSync(file, "utf8"), { ecmaVersion: "latest", sourceType: "module" })) {
      recent.push(token as Token);
      if (recent.length > 3) recent.shift();
      const value = (token as Token).value;
      if (token.type.label !== "string" || typeof value !== "string" || !RELATIVE.test(value)) continue;
      const [before2, before] = recent.length === 3 ? recent : [undefined, recent[0]];
      const word = (t: Token | undefined) => (t?.type.label === "name" ? t.value : t?.type.keyword);
      const isStatic = word(before) === "from" || word(before) === "import";
      const isDynamic = dynamic && before?.type.label === "(" && word(before2) === "import";
      if (isStatic || isDynamic) found.push(join(dirname(file), value.replace(/[?#].*$/, "")));
    }
  } catch (error) {
    throw new Error(`${file}: not a JavaScript module the check can read (${(error as Error).message})`, { cause: error });
  }
  return found;
}

function isClientModule(site: string, file: string): boolean {
  return relative(site, file).split(sep)[0] === "_observablehq";
}

/** What the site's pages and the modules they reach name that is not in it, each with the file naming it; [] when whole. */
export function missingFiles(site: string): string[] {
  const missing = new Set<string>();
  const seen = new Set<string>();
  const queue: string[] = [];
  const reach = (target: string, namedIn: string): void => {
    if (!existsSync(target)) {
      missing.add(`${relative(site, target)} (named in ${relative(site, namedIn)})`);
      return;
    }
    if (target.endsWith(".js") && !seen.has(target)) {
      seen.add(target);
      queue.push(target);
    }
  };
  const pages = filesUnder(site).filter((file) => file.endsWith(".html") && !relative(site, file).startsWith("_"));
  for (const page of pages) for (const target of referencesIn(page, [PAGE_REFERENCE])) reach(target, page);
  while (queue.length > 0) {
    const module = queue.pop()!;
    for (const target of importsIn(module, !isClientModule(site, module))) reach(target, module);
  }
  return [...missing].sort();
}
