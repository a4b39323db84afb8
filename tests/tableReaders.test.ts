import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tablesNamedIn, tablesReadBy } from "../src/site/tableReaders.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";

describe("the tables a build's pages read", () => {
  it("are the tables named as data/tables/<name>.json, in the tables' order, unknown names left out", () => {
    const page = 'const m = FileAttachment("data/tables/mentions.json").json();\nFileAttachment("../data/tables/actors.json")';
    expect(tablesNamedIn([page, "tables/nosuch.json tables/stories.json"])).toEqual(["actors", "mentions", "stories"]);
    expect(tablesNamedIn(["no tables here"])).toEqual([]);
  });

  it("are found in pages and modules at any depth and through links, not in data/ nor Framework's cache", () => {
    const root = mkdtempSync(join(tmpdir(), "briefing-readers-"));
    const shared = mkdtempSync(join(tmpdir(), "briefing-readers-shared-"));
    for (const dir of ["reports/deep", "data/tables", ".observablehq/cache", "components"]) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, "index.md"), '```js\nFileAttachment("data/tables/figures.json")\n```\n');
    writeFileSync(join(root, "reports", "deep", "q.md"), 'FileAttachment("../../data/tables/quotes.json")');
    writeFileSync(join(root, "data", "tables", "dates.json.ts"), "// tables/dates.json: a loader, not a page");
    writeFileSync(join(root, ".observablehq", "cache", "x.js"), "tables/events.json");
    writeFileSync(join(root, "notes.txt"), "tables/central.json"); // not a page source
    writeFileSync(join(shared, "chart.js"), 'FileAttachment("../data/tables/conflicts.json")');
    symlinkSync(shared, join(root, "linked"));
    symlinkSync(root, join(root, "components", "loop")); // a cycle is read once
    expect(tablesReadBy(root)).toEqual(["figures", "quotes", "conflicts"]);
  });

  it("of the shipped site are the explorer's and the places map's", () => {
    expect(tablesReadBy(join(PROJECT_ROOT, "src"))).toEqual(["articles", "actors", "mentions", "figures", "quotes", "sentences", "places"]);
  });
});
