// The render root (Framework renders from placeholders, so new articles change no page) and the
// substitution of the real data into such a render: file names, registrations, the search index.
import {
  cpSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { MANAGED_FILES, placeholderOf, prepareRenderRoot } from "../src/site/renderRoot.js";
import { addSearchEntries, hashedName, registersPlaceholder, substituteData } from "../src/site/substitute.js";
import { renderKey } from "../src/site/renderCache.js";

/** A Framework root with two pages, the assembly's data and loaders, and an analyst's own file. */
function makeRoot(): string {
  const project = mkdtempSync(join(tmpdir(), "briefing-render-root-"));
  const root = join(project, "src");
  mkdirSync(join(root, "data", "tables"), { recursive: true });
  mkdirSync(join(root, "data", "actors"), { recursive: true });
  mkdirSync(join(root, "components"), { recursive: true });
  writeFileSync(join(root, "index.md"), "# Briefing\n");
  writeFileSync(join(root, "components", "chart.js"), "export const chart = () => null;\n");
  writeFileSync(join(root, "data", "briefing.json"), '{"real":true}');
  writeFileSync(join(root, "data", "search.json"), '[{"path":"/actors/a"}]');
  writeFileSync(join(root, "data", "actors", "a.json"), "{}");
  writeFileSync(join(root, "data", "tables", "actors.json.ts"), "// loader\n");
  writeFileSync(join(root, "data", "world.json.ts"), "// world\n");
  return root;
}

describe("the render root", () => {
  it("links the pages, holds placeholders for the assembly's data and links the map's loader", () => {
    const root = makeRoot();
    const { dir, ownData } = prepareRenderRoot(root);
    expect(dir).toBe(join(root, "..", ".src.render"));
    expect(readlinkSync(join(dir, "index.md"))).toBe(join(root, "index.md"));
    expect(readlinkSync(join(dir, "components"))).toBe(join(root, "components"));
    expect(readlinkSync(join(dir, "data", "world.json.ts"))).toBe(join(root, "data", "world.json.ts"));
    expect(readFileSync(join(dir, "data", "briefing.json"), "utf8")).toBe("null");
    expect(readFileSync(join(dir, "data", "search.json"), "utf8")).toBe("[]");
    expect(readFileSync(join(dir, "data", "tables", "actors.json"), "utf8")).toBe("null");
    expect(statSync(join(dir, "data", "tables", "actors.json")).mtimeMs).toBe(0);
    // no item data, no loaders of the assembly's tables (their placeholders stand in)
    expect(readdirSync(join(dir, "data")).sort()).toEqual([
      "actors.json",
      "articles.json",
      "briefing.json",
      "changes.json",
      "citations.json",
      "figures.json",
      "ingest.json",
      "quotes.json",
      "search.json",
      "site.json",
      "tables",
      "timeline.json",
      "world.json.ts",
    ]);
    expect(readdirSync(join(dir, "data", "tables"))).not.toContain("actors.json.ts");
    expect(ownData).toEqual([]);
  });

  it("keeps its key when only the data changes, and changes it when a page does", () => {
    const root = makeRoot();
    const key = renderKey(prepareRenderRoot(root).dir);
    writeFileSync(join(root, "data", "briefing.json"), '{"real":"again"}');
    writeFileSync(join(root, "data", "search.json"), "[]");
    writeFileSync(join(root, "data", "actors", "b.json"), "{}");
    expect(renderKey(prepareRenderRoot(root).dir)).toBe(key);
    writeFileSync(join(root, "index.md"), "# Briefing, edited\n");
    expect(renderKey(prepareRenderRoot(root).dir)).not.toBe(key);
  });

  it("links an analyst's own data files and names them, and drops what the root no longer has", () => {
    const root = makeRoot();
    writeFileSync(join(root, "data", "mine.csv.py"), "print('a,b')\n");
    writeFileSync(join(root, "notes.md"), "# Notes\n");
    const first = prepareRenderRoot(root);
    expect(first.ownData).toEqual(["data/mine.csv.py"]);
    expect(readlinkSync(join(first.dir, "data", "mine.csv.py"))).toBe(join(root, "data", "mine.csv.py"));
    renameSync(join(root, "notes.md"), join(root, "notes2.md"));
    const second = prepareRenderRoot(root);
    expect(readdirSync(second.dir)).toContain("notes2.md");
    expect(readdirSync(second.dir)).not.toContain("notes.md");
  });

  it("points its links at the root it is made for when the checkout was copied", () => {
    const root = makeRoot();
    prepareRenderRoot(root);
    // a copy whose render root still links the original's pages, as `cp -a` leaves it
    const copy = join(mkdtempSync(join(tmpdir(), "briefing-render-copy-")), "project");
    cpSync(join(root, ".."), copy, { recursive: true, verbatimSymlinks: true });
    expect(readlinkSync(join(copy, ".src.render", "index.md"))).toBe(join(root, "index.md"));
    const { dir } = prepareRenderRoot(join(copy, "src"));
    expect(dir).toBe(join(copy, ".src.render"));
    expect(readlinkSync(join(dir, "index.md"))).toBe(join(copy, "src", "index.md"));
    expect(readlinkSync(join(dir, "data", "world.json.ts"))).toBe(join(copy, "src", "data", "world.json.ts"));
    expect(MANAGED_FILES).toContain("data/tables/actors.json");
  });
});

/** A render as Framework writes one from the placeholders: a page registering two data files, one of them not published. */
function makeRender(): { site: string; page: string; kept: string } {
  const site = mkdtempSync(join(tmpdir(), "briefing-render-"));
  mkdirSync(join(site, "_file", "data", "tables"), { recursive: true });
  mkdirSync(join(site, "actors"), { recursive: true });
  const placeholder = hashedName("data/briefing.json", placeholderOf("data/briefing.json"));
  writeFileSync(join(site, "_file", placeholder), "null");
  const register = (name: string, path: string) =>
    `registerFile(${JSON.stringify(name)}, ${JSON.stringify({ name, mimeType: "application/json", path, lastModified: 0, size: 4 })});`;
  const page = join(site, "index.html");
  writeFileSync(page, `<script type="module">\n${register("./data/briefing.json", `./_file/${placeholder}`)}\n</script>`);
  writeFileSync(join(site, "actors", "_template.html"), register("../data/briefing.json", `../_file/${placeholder}`));
  // the render kept for reuse shares the page's file
  const kept = join(site, "..", `${site.split("/").pop()}-kept.html`);
  linkSync(page, kept);
  return { site, page, kept };
}

describe("substituting the data into a render", () => {
  it("knows which data files the render's pages registered: the ones whose placeholder it published", () => {
    const { site } = makeRender();
    expect(registersPlaceholder(site, "data/briefing.json")).toBe(true);
    expect(registersPlaceholder(site, "data/tables/stories.json")).toBe(false);
  });

  it("publishes each registered file under its content's hash and names it, its time and size in every page", () => {
    const { site, page, kept } = makeRender();
    const source = join(mkdtempSync(join(tmpdir(), "briefing-data-")), "briefing.json");
    writeFileSync(source, '{"articles":3}');
    utimesSync(source, new Date(1_700_000_000_000), new Date(1_700_000_000_000));
    const tableSource = join(site, "..", "unused-table.json");
    writeFileSync(tableSource, "[]");
    substituteData(site, [
      { path: "data/briefing.json", file: source },
      { path: "data/tables/actors.json", file: tableSource },
    ]);
    const alias = hashedName("data/briefing.json", '{"articles":3}');
    expect(alias).toMatch(/^data\/briefing\.[0-9a-f]{8}\.json$/);
    expect(readFileSync(join(site, "_file", alias), "utf8")).toBe('{"articles":3}');
    expect(readdirSync(join(site, "_file", "data"))).toEqual([alias.slice("data/".length), "tables"]);
    // a file no page registered is not published
    expect(readdirSync(join(site, "_file", "data", "tables"))).toEqual([]);
    const html = readFileSync(page, "utf8");
    expect(html).toContain(`"path":"./_file/${alias}","lastModified":1700000000000,"size":14`);
    expect(readFileSync(join(site, "actors", "_template.html"), "utf8")).toContain(`"path":"../_file/${alias}"`);
    // the kept render is left as it was
    expect(readFileSync(kept, "utf8")).toContain('"lastModified":0,"size":4');
  });

  it("adds actors and articles to the search index under new names, found as Framework's own entries are", () => {
    const site = mkdtempSync(join(tmpdir(), "briefing-search-"));
    mkdirSync(join(site, "_observablehq"));
    const options = { fields: ["title", "text", "keywords"], storeFields: ["title"] };
    const index = new MiniSearch(options);
    index.add({ id: "/timeline", title: "Timeline", text: "dates", keywords: "" });
    writeFileSync(join(site, "_observablehq", "minisearch.0000aaaa.json"), JSON.stringify({ options, ...index.toJSON() }));
    writeFileSync(join(site, "_observablehq", "search.1111bbbb.js"), 'fetch(import.meta.resolve("./minisearch.0000aaaa.json"))');
    writeFileSync(join(site, "index.html"), 'import("./_observablehq/search.1111bbbb.js")');
    addSearchEntries(site, [
      { path: "/actors/bola-tinubu", title: "Bola Tinubu", text: "person Tinubu president", keywords: "Tinubu" },
      { path: "/articles/a1", title: "Talks in Abuja", text: "Reuters a1.txt 2023-07-30" },
    ]);
    const names = readdirSync(join(site, "_observablehq")).sort();
    expect(names).toHaveLength(2);
    const [indexName, moduleName] = [names.find((n) => n.startsWith("minisearch."))!, names.find((n) => n.startsWith("search."))!];
    expect(indexName).not.toBe("minisearch.0000aaaa.json");
    expect(readFileSync(join(site, "_observablehq", moduleName), "utf8")).toContain(indexName);
    expect(readFileSync(join(site, "index.html"), "utf8")).toBe(`import("./_observablehq/${moduleName}")`);
    const loaded = MiniSearch.loadJSON(readFileSync(join(site, "_observablehq", indexName), "utf8"), options);
    expect(loaded.documentCount).toBe(3);
    expect(loaded.search("tinubu").map((r) => r.id)).toEqual(["/actors/bola-tinubu"]);
    expect(loaded.search("timeline").map((r) => r.id)).toEqual(["/timeline"]);
  });
});
