// pageOutputs (src/build/pageData.ts): every data loader's output from one TableIndex, byte for byte
// what the loaders print. The fixture tests/fixtures/pageData/seeds.json holds the seeds' tables and
// the outputs the views gave for them before the TableIndex refactor, with two deliberate changes
// applied to that old code: article pages number articles like the sources page does (they used to
// number within the article and its duplicates, so every page said [1]), and the briefing's conflicts
// carry `reportCount` with their reports bounded (no seeds conflict has more than 6, so none is cut).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFolder } from "../src/extract/index.js";
import type { FigureRow, Tables } from "../src/extract/types.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { TableIndex, slug } from "../src/data/lib/index.js";
import { actorView, spreadOfValues } from "../src/data/lib/views.js";
import { folderLabel, pageJson, pageOutputs, type PageOutput } from "../src/build/pageData.js";

const SRC = join(PROJECT_ROOT, "src");
const SEEDS = join(PROJECT_ROOT, "seeds");
/** Loader outputs the build writes itself, not from the tables. */
const NOT_FROM_TABLES = new Set(["data/changes.json"]);

const fixture = JSON.parse(readFileSync(join(PROJECT_ROOT, "tests/fixtures/pageData/seeds.json"), "utf8")) as {
  folder: string;
  tables: Tables;
  outputs: Record<string, string>;
};

/** Data loader files under src/ (the engine, the build and Framework's cache aside), relative to src/. */
function loaderFiles(dir = SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(SRC, path).split(sep).join("/");
    if (["extract", "build", ".observablehq", "node_modules"].includes(rel)) continue;
    if (statSync(path).isDirectory()) out.push(...loaderFiles(path));
    else if (/\.(json|csv|tsv|txt|arrow|parquet|zip)\.(ts|js|mjs|py|sh)$/.test(name)) out.push(rel);
  }
  return out.sort();
}

/** The output path pattern of a loader file: `actors/[actor].json.ts` → /^actors\/[^/]+\.json$/. */
function outputPattern(loader: string): RegExp {
  const output = loader.replace(/\.[a-z]+$/, "");
  const source = output
    .split(/(\[[^\]/]+\])/)
    .map((part, i) => (i % 2 ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

let tables: Tables;
let outputs: PageOutput[];
let cacheDir: string;

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), "pagedata-test-"));
  tables = await extractFolder(SEEDS, { cacheDir: join(cacheDir, "extract") });
  outputs = [...pageOutputs(tables, { folder: folderLabel(SEEDS, PROJECT_ROOT) })];
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe("pageOutputs covers every loader", () => {
  it("finds the site's loaders", () => {
    expect(loaderFiles()).toEqual(
      expect.arrayContaining(["data/briefing.json.ts", "data/ingest.json.ts", "actors/[actor].json.ts", "articles/[article].json.ts"]),
    );
  });

  it("yields at least one output for each loader, and nothing no loader makes", () => {
    const patterns = loaderFiles().map((file) => ({ file, pattern: outputPattern(file) }));
    for (const { file, pattern } of patterns) {
      if (NOT_FROM_TABLES.has(file.replace(/\.[a-z]+$/, ""))) continue;
      expect(outputs.some((o) => pattern.test(o.path)), `no output for ${file} (${pattern})`).toBe(true);
    }
    for (const o of outputs) expect(patterns.filter((p) => p.pattern.test(o.path)).map((p) => p.file), o.path).toHaveLength(1);
  });

  it("yields one page per actor and per article, at the config's slug", () => {
    const paths = new Set(outputs.map((o) => o.path));
    expect(paths.size).toBe(outputs.length);
    expect(outputs.filter((o) => o.path.startsWith("actors/"))).toHaveLength(tables.actors.length);
    expect(outputs.filter((o) => o.path.startsWith("articles/"))).toHaveLength(tables.articles.length);
    for (const a of tables.actors) expect(paths.has(`actors/${slug(a.id)}.json`), a.id).toBe(true);
    for (const a of tables.articles) expect(paths.has(`articles/${slug(a.id)}.json`), a.id).toBe(true);
    expect(paths.has("data/changes.json")).toBe(false);
  });

  it("every loader file prints pageJson of its own path (so the two cannot drift)", () => {
    for (const file of loaderFiles()) {
      if (NOT_FROM_TABLES.has(file.replace(/\.[a-z]+$/, ""))) continue;
      const source = readFileSync(join(SRC, file), "utf8");
      expect(source, file).toMatch(/process\.stdout\.write\(pageJson\(/);
      const output = file.replace(/\.[a-z]+$/, "").replace(/\[([^\]]+)\]/g, (_, name) => `\${routeParam("${name}")}`);
      expect(source, file).toContain(output.includes("${") ? `\`${output}\`` : `"${output}"`);
    }
  });
});

describe("the loaders print exactly pageOutputs' json", () => {
  const run = (loader: string, ...args: string[]) => {
    const r = spawnSync("npx", ["tsx", join(SRC, loader), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BRIEFING_ARTICLES: "seeds", BRIEFING_CACHE: join(cacheDir, "loaders") },
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
    });
    if (r.status !== 0) throw new Error(`${loader} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
    return r.stdout;
  };
  const output = (path: string) => outputs.find((o) => o.path === path)?.json;

  it("data/briefing.json and data/ingest.json", () => {
    const briefing = run("data/briefing.json.ts");
    expect(briefing).toBe(output("data/briefing.json"));
    expect(JSON.parse(briefing).counts.articles).toBe(5);
    const ingest = run("data/ingest.json.ts");
    expect(ingest).toBe(output("data/ingest.json"));
    expect(JSON.parse(ingest).folder).toBe("seeds");
  });

  it("the page of an actor (Niger) and of an article", () => {
    const niger = slug(tables.actors.find((a) => a.name === "Niger")!.id);
    const actor = run("actors/[actor].json.ts", `--actor=${niger}`);
    expect(actor).toBe(output(`actors/${niger}.json`));
    expect(JSON.parse(actor).actor.name).toBe("Niger");
    const article = slug(tables.articles[0].id);
    expect(run("articles/[article].json.ts", `--article=${article}`)).toBe(output(`articles/${article}.json`));
  });
});

describe("the outputs are the pre-refactor ones", () => {
  it("matches the fixture's outputs for the fixture's tables, page by page", () => {
    const actual = new Map([...pageOutputs(fixture.tables, { folder: fixture.folder })].map((o) => [o.path, o.json]));
    expect([...actual.keys()].sort()).toEqual(Object.keys(fixture.outputs).sort());
    for (const [path, json] of actual) expect(json, path).toBe(fixture.outputs[path]);
  });

  it("pageJson gives the same json as pageOutputs, and names a slug it does not know", () => {
    expect(pageJson("data/quotes.json", fixture.tables)).toBe(fixture.outputs["data/quotes.json"]);
    const actor = fixture.tables.actors[3];
    expect(pageJson(`actors/${slug(actor.id)}.json`, fixture.tables)).toBe(fixture.outputs[`actors/${slug(actor.id)}.json`]);
    expect(() => pageJson("actors/no-such-actor.json", fixture.tables)).toThrow('No actor with slug "no-such-actor"');
    expect(() => pageJson("data/ingest.json", fixture.tables)).toThrow(/needs options\.folder/);
    expect(() => pageJson("data/changes.json", fixture.tables)).toThrow(/no page data for "data\/changes\.json"/);
  });
});

describe("TableIndex groups", () => {
  const index = new TableIndex(fixture.tables);
  const t = fixture.tables;

  it("hold the same rows, in table order, as filtering the tables", () => {
    for (const a of t.actors) {
      expect(index.mentionsOf(a.id)).toEqual(t.mentions.filter((m) => m.actor === a.id));
      expect(index.quotesBy(a.id)).toEqual(t.quotes.filter((q) => index.actorFor(q.speaker)?.id === a.id));
      expect(index.figuresAbout(a.id)).toEqual(t.figures.filter((f) => f.actors?.includes(a.id)));
    }
    for (const a of t.articles) {
      expect(index.quotesIn(a.id)).toEqual(t.quotes.filter((q) => q.article === a.id));
      expect(index.figuresIn(a.id)).toEqual(t.figures.filter((f) => f.article === a.id));
      expect(index.datesIn(a.id)).toEqual(t.dates.filter((d) => d.article === a.id));
      expect(index.eventsIn(a.id)).toEqual(t.events.filter((e) => e.article === a.id));
    }
    expect(index.mentionsOf("niger").length).toBeGreaterThan(10);
    expect(index.quotesIn("no-such-article")).toEqual([]);
  });

  it("list a figure once for an actor its actor list names twice", () => {
    const figure = { ...t.figures[0], id: "twice", actors: ["niger", "niger"] };
    const twice = new TableIndex({ ...t, figures: [...t.figures, figure] });
    expect(twice.figuresAbout("niger").filter((f) => f.id === "twice")).toHaveLength(1);
  });
});

describe("articles with duplicates", () => {
  // the fixture with a copy of its first article marked as a duplicate of it
  const original = fixture.tables.articles[0];
  const copy = { ...original, id: "zz-copy", file: "zz-copy.txt", duplicateOf: original.id };
  const tables = { ...fixture.tables, articles: [...fixture.tables.articles, copy] };
  const pages = new Map([...pageOutputs(tables, { folder: "seeds" })].map((o) => [o.path, JSON.parse(o.json)]));
  const rows = pages.get("data/articles.json") as Array<{ id: string; n: number }>;

  it("number an article on its page as on the sources page, with its duplicates", () => {
    const row = (id: string) => rows.find((r) => r.id === id)!;
    const head = pages.get(`articles/${slug(original.id)}.json`).article;
    expect(head.n).toBe(row(original.id).n);
    expect(head.n).toBe(1); // numbers follow file order
    expect(head.duplicates.map((d: { id: string; n: number }) => [d.id, d.n])).toEqual([["zz-copy", row("zz-copy").n]]);
    const copyHead = pages.get("articles/zz-copy.json").article;
    expect(copyHead.duplicateOf.n).toBe(1);
    expect({ ...copyHead, url: undefined }).toEqual({ ...row("zz-copy"), url: undefined });
  });
});

describe("actor pages", () => {
  it("find quotes about an actor only in the articles that mention it", () => {
    const t = fixture.tables;
    // an article that does not mention Niger, and the same quote in it and in one that does
    const other = { ...t.articles[0], id: "zz-other", file: "zz-other.txt" };
    const quoted = { speaker: null, text: "The junta in Niger will not yield.", start: 0, end: 10 };
    const tables = {
      ...t,
      articles: [...t.articles, other],
      quotes: [...t.quotes, { ...quoted, article: "zz-other" }, { ...quoted, article: t.articles[0].id }],
    };
    expect(t.mentions.some((m) => m.actor === "niger" && m.article === t.articles[0].id)).toBe(true);
    const about = actorView(new TableIndex(tables), "niger").quotesAbout.filter((q) => q.text === quoted.text);
    expect(about.map((q) => q.id)).toEqual([t.articles[0].id]);
  });
});

describe("spreadOfValues (the briefing's reports per conflict)", () => {
  const figure = (id: string, value: number) => ({ id, value }) as FigureRow;
  const ids = (list: FigureRow[]) => list.map((f) => f.id);

  it("keeps every figure when there are few", () => {
    expect(ids(spreadOfValues([figure("a", 5), figure("b", 5)], 6))).toEqual(["a", "b"]);
  });

  it("keeps the lowest, the highest and values between, each value's first figure, in order", () => {
    const many = Array.from({ length: 20 }, (_, i) => figure(`f${i}`, (i * 7) % 10));
    // values 0..9 in the order 0,7,4,1,8,5,2,9,6,3,...: picks 0, 2, 4, 5, 7, 9
    expect(ids(spreadOfValues(many, 6))).toEqual(["f0", "f1", "f2", "f5", "f6", "f7"]);
  });

  it("fills up with further figures in order when the values are few", () => {
    const two = [figure("a", 1), figure("b", 1), figure("c", 300), figure("d", 1), figure("e", 300)];
    expect(ids(spreadOfValues(two, 3))).toEqual(["a", "b", "c"]);
  });
});
