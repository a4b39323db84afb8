// The site assembly's pieces: swapping a finished build into place, the item pages made from the
// templates, data files dated by the articles, and "since the last build".
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { siblingOf, swapInto, writeDated } from "../src/site/files.js";
import { placeItemPage, removeTemplates, renderedItemPaths } from "../src/site/render.js";
import { diffBuilds, summarize, summaryFrom, summaryJson } from "../src/site/changes.js";
import { itemPageOutput, templateOutput } from "../src/pagedata/routes.js";
import type { Tables } from "../src/extract/types.js";

const dir = mkdtempSync(join(tmpdir(), "briefing-site-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("swapInto", () => {
  it("replaces the output with the staging folder, keeping nothing of the old one", () => {
    const output = join(dir, "dist");
    mkdirSync(join(output, "articles"), { recursive: true });
    writeFileSync(join(output, "articles", "deleted.html"), "old");
    const staging = siblingOf(output, "building");
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, "index.html"), "new");
    swapInto(staging, output);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("new");
    expect(existsSync(join(output, "articles"))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });
});

describe("item pages", () => {
  it("are the template at each item's address, at the template's depth, and the template is gone", () => {
    const site = join(dir, "built");
    mkdirSync(join(site, "actors"), { recursive: true });
    writeFileSync(join(site, templateOutput("actors")), "<html>template</html>");
    for (const slug of ["niger", "victoria-nuland"]) placeItemPage(site, "actors", slug);
    removeTemplates(site);
    expect(readFileSync(join(site, itemPageOutput("actors", "niger")), "utf8")).toBe("<html>template</html>");
    expect(itemPageOutput("actors", "niger").split("/").length).toBe(templateOutput("actors").split("/").length);
    expect(existsSync(join(site, templateOutput("actors")))).toBe(false);
    expect(renderedItemPaths()).toEqual(["/actors/_template", "/articles/_template"]);
  });
});

describe("writeDated", () => {
  it("dates a data file by the articles, whether or not its content changed", () => {
    const file = join(dir, "data", "briefing.json");
    expect(writeDated(file, "{}", Date.UTC(2024, 0, 2))).toBe(true);
    expect(writeDated(file, "{}", Date.UTC(2024, 0, 3))).toBe(false);
    expect(statSync(file).mtime.toISOString()).toBe("2024-01-03T00:00:00.000Z");
  });
});

describe("since the last build", () => {
  const tables = (articles: Array<{ id: string; title: string }>, actors: string[]) =>
    ({
      articles: articles.map((a) => ({ ...a, file: `${a.id}.txt` })),
      actors: actors.map((name) => ({ id: name.toLowerCase(), name, type: "place", aliases: [], articles: [] })),
      mentions: [],
      dates: [],
      figures: [],
    }) as unknown as Tables;

  it("names new articles and actors, and a removed article by its file only", () => {
    const before = summarize(
      tables(
        [
          { id: "a", title: "Floods in Beira" },
          { id: "b", title: "A secret source speaks" },
        ],
        ["Beira", "Secretland"],
      ),
      "2024-01-01T00:00:00Z",
    );
    const after = summarize(
      tables(
        [
          { id: "a", title: "Floods in Beira" },
          { id: "c", title: "Talks in Doha" },
        ],
        ["Beira", "Doha"],
      ),
      "2024-01-02T00:00:00Z",
    );
    const changes = diffBuilds(before, after);
    expect(changes.since).toBe("2024-01-01T00:00:00Z");
    expect(changes.newArticles).toEqual([{ id: "c", title: "Talks in Doha", file: "c.txt" }]);
    expect(changes.newActors.map((a) => a.name)).toEqual(["Doha"]);
    expect(changes.removedArticles).toEqual([{ id: "b", file: "b.txt" }]);
    expect(changes.removedActors).toBe(1);
    expect(JSON.stringify(changes)).not.toMatch(/secret|Secretland/i);
  });

  it("lists new and removed articles in the tables' order, whatever their ids", () => {
    const before = summarize(tables([{ id: "a", title: "A" }], []), "2024-01-01T00:00:00Z");
    const ids = ["b", "10", "2", "007"];
    const after = summarize(tables([{ id: "a", title: "A" }, ...ids.map((id) => ({ id, title: id }))], []), "2024-01-02T00:00:00Z");
    expect(diffBuilds(before, after).newArticles.map((a) => a.id)).toEqual(["b", "10", "2", "007"]);
    expect(diffBuilds(after, before).removedArticles.map((a) => a.id)).toEqual(["b", "10", "2", "007"]);
  });

  it("reads a kept summary back as it was, and one an earlier build kept as objects", () => {
    const figure = (value: number) => ({ article: "a", unit: "people", text: `${value} people`, value });
    const summaryOf = (ids: string[], actors: string[], value: number, day: string) =>
      summarize(
        {
          ...tables(
            ids.map((id) => ({ id, title: `Title ${id}` })),
            actors,
          ),
          figures: [figure(value)],
        } as Tables,
        day,
      );
    const before = summaryOf(["a", "b"], ["Beira"], 80, "2024-01-01T00:00:00Z");
    const after = summaryOf(["a", "c"], ["Doha"], 90, "2024-01-02T00:00:00Z");
    const kept = JSON.parse(summaryJson(before, { fingerprint: "f1" }));
    expect(kept.fingerprint).toBe("f1");
    const objects = {
      ...kept,
      articles: Object.fromEntries(before.articles),
      actors: Object.fromEntries(before.actors),
      figures: Object.fromEntries(before.figures),
    };
    const expected = diffBuilds(before, after);
    expect(expected.newArticles).toEqual([{ id: "c", title: "Title c", file: "c.txt" }]);
    expect(expected.changedFigures).toEqual([{ article: "a", unit: "people", before: 80, after: 90, text: "90 people" }]);
    expect(diffBuilds(summaryFrom(kept), after)).toEqual(expected);
    expect(diffBuilds(summaryFrom(objects), after)).toEqual(expected);
  });

  it("says nothing on a first build", () => {
    expect(diffBuilds(null, summarize(tables([], []), "2024-01-01T00:00:00Z")).since).toBeNull();
  });
});
