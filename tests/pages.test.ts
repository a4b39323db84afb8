// The web-page evaluation (src/evaluate/pages.ts, pageFolder.ts) and the saved pages it scores
// (tests/fixtures/html, pages and gold made for this project).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPageFolder } from "../src/evaluate/pageFolder.js";
import { dayForms, dayWrittenIn, normalizeTitle, scorePages, wordOverlap, words, type PageCase } from "../src/evaluate/pages.js";
import { decodeBytes, isRejection, parseArticle } from "../src/extract/ingest/index.js";
import { declaredCharset } from "../src/extract/ingest/formats/html.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "html");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("page scoring", () => {
  it("counts words as a bag, case and apostrophes aside", () => {
    expect(words("Niger’s junta, NIGER's army: 2 units")).toEqual(["nigers", "junta", "nigers", "army", "2", "units"]);
    expect(wordOverlap("the army and the army", "the army left")).toEqual({ shared: 2, predicted: 5, gold: 3 });
  });

  it("compares titles up to spacing and quote marks", () => {
    expect(normalizeTitle("  Niger’s  “new” leader ")).toBe(`Niger's "new" leader`);
    expect(normalizeTitle("Niger - leader")).not.toBe(normalizeTitle("Niger – leader"));
  });

  it("finds a day written in any common form, and not inside a longer number", () => {
    expect(dayForms("2023-08-09")).toEqual(
      expect.arrayContaining(["2023-08-09", "august 9, 2023", "aug. 9, 2023", "9 aug 2023", "08/09/2023", "09.08.2023"]),
    );
    expect(dayWrittenIn(`<meta content="2023-08-09T23:30:00-04:00">`, "2023-08-09")).toBe(true);
    expect(dayWrittenIn("<p>NIAMEY, Niger, Aug.&nbsp;9, 2023 (SPA)</p>", "2023-08-09")).toBe(true);
    expect(dayWrittenIn("<span>Wed 2 Aug 2023 15.05 BST</span>", "2023-08-02")).toBe(true);
    expect(dayWrittenIn("<p>June 2000</p>", "2000-06-15")).toBe(false);
    expect(dayWrittenIn("<p>Publié le mardi 3 mars 2024 à 10h12</p>", "2024-03-03")).toBe(true);
    expect(dayWrittenIn("<p>Mis à jour le 1er août 2023</p>", "2023-08-01")).toBe(true);
    expect(dayWrittenIn("<p>id 120230809x</p>", "2023-08-09")).toBe(false);
  });

  it("scores pages: titles, micro and macro word scores, days, and days not in the page", () => {
    const gold = { title: "Floods in Niamey", date: "2024-09-03", text: "rain cut the road near Karma" };
    const cases: PageCase[] = [
      {
        name: "a",
        page: "<time>September 3, 2024</time>",
        gold,
        predicted: { title: "Floods in Niamey", date: "2024-09-03", text: "rain cut the road near Karma" },
      },
      {
        name: "b",
        page: "<p>no date here</p>",
        gold,
        predicted: { title: "Sahel Watch", date: "2000-06-15", text: "rain cut the road near Karma share this" },
      },
    ];
    const s = scorePages(cases);
    expect(s).toMatchObject({ pages: 2, titleRight: 1, dateRight: 1, datesNotInPage: 1, recall: 1 });
    expect(s.precision).toBeCloseTo(12 / 14, 10);
    expect(s.macroPrecision).toBeCloseTo((1 + 6 / 8) / 2, 10);
    expect(s.rows.map((r) => [r.name, r.titleRight, r.dateRight, r.dateNotInPage])).toEqual([
      ["a", true, true, false],
      ["b", false, false, true],
    ]);
  });

  it("reads page folders, naming pages without a sidecar and refusing a bad one", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-pages-"));
    dirs.push(dir);
    writeFileSync(join(dir, "a.html"), "<p>x</p>");
    writeFileSync(join(dir, "a.gold.json"), JSON.stringify({ title: "A", date: null, text: "x" }));
    writeFileSync(join(dir, "b.htm"), "<p>y</p>");
    const r = readPageFolder(dir);
    expect(r.pages.map((p) => [p.file, p.gold.title])).toEqual([["a.html", "A"]]);
    expect(r.missing).toEqual(["b.htm"]);
    writeFileSync(join(dir, "b.gold.json"), JSON.stringify({ title: "B", date: "9 Aug 2023", text: "y" }));
    expect(() => readPageFolder(dir)).toThrow(/b\.gold\.json: "date" must be YYYY-MM-DD or null, got '9 Aug 2023'/);
  });
});

describe("the saved pages", () => {
  const { pages } = readPageFolder(FIXTURES);
  const cases: PageCase[] = pages.map(({ file, bytes, gold }) => {
    const decoded = decodeBytes(bytes, declaredCharset(bytes));
    const parsed = parseArticle(file, bytes);
    if (isRejection(parsed)) throw new Error(`${file} rejected: ${parsed.reason}`);
    const a = parsed.article;
    return {
      name: file,
      page: decoded.ok ? decoded.text : "",
      gold,
      predicted: { title: a.title, date: a.date, text: a.text, source: a.source, location: a.location },
    };
  });

  it("are read with their headline, text and publication day (ingest, before any inference from the text)", () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    const s = scorePages(cases);
    expect(s.rows.filter((r) => !r.titleRight).map((r) => r.name)).toEqual([]);
    expect(s.rows.filter((r) => !r.dateRight).map((r) => r.name)).toEqual([]);
    expect(s.datesNotInPage).toBe(0);
    // measured 1.000 and 0.995
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
  });

  it("name the outlet and the dateline's place where the gold does", () => {
    for (const c of cases) {
      if (c.gold.source !== undefined) expect(c.predicted.source, c.name).toBe(c.gold.source);
      if (c.gold.location !== undefined) expect(c.predicted.location, c.name).toBe(c.gold.location);
    }
  });
});
