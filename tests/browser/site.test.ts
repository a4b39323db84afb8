// Browser tests of the built site (dist/): run `npm run build` first. Drives the system Chromium
// with playwright-core against dist/ served on 127.0.0.1.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, type PageLog } from "./browser.js";
import { pagesUnder } from "./server.js";
import { openSite, type SiteSession } from "./session.js";

const DIST = resolve(process.env.BRIEFING_DIST ?? "dist");
let site: SiteSession;

beforeAll(async () => {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`No built site at ${DIST}: run "npm run build" before the browser tests.`);
  site = await openSite(DIST);
}, 30_000);

afterAll(async () => {
  await site?.close();
});

function expectClean(log: PageLog) {
  expect(log.offMachine, "requests leaving 127.0.0.1").toEqual([]);
  expect(log.failedRequests, "failed requests").toEqual([]);
  expect(log.pageErrors, "uncaught page errors").toEqual([]);
  expect(log.consoleErrors, "console errors").toEqual([]);
  expect(log.dialogs, "dialogs").toEqual([]);
}

/** A chart's text alternative: its aria-label, or the texts its aria-labelledby and aria-describedby name. */
async function textAlternative(chart: Locator): Promise<string> {
  return chart.evaluate((el) => {
    const byIds = (attr: string) =>
      (el.getAttribute(attr) ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");
    return [el.getAttribute("aria-label") ?? "", byIds("aria-labelledby"), byIds("aria-describedby")].join(" ").trim();
  });
}

const visit = (path: string, colorScheme: "light" | "dark" = "light") => site.visit(path, colorScheme);

const CHART_PAGES: Record<string, number> = { "/": 2, "/actors": 1, "/timeline": 2, "/figures": 1, "/places": 1 };

describe("every page", () => {
  it("loads with no console error, no failed or off-machine request, and draws its charts", async () => {
    const actorPages = pagesUnder(DIST, "actors");
    const articlePages = pagesUnder(DIST, "articles");
    expect(actorPages.length).toBeGreaterThan(0);
    expect(articlePages.length).toBeGreaterThan(0);
    const paths = [
      "/",
      "/actors",
      "/timeline",
      "/figures",
      "/places",
      "/sources",
      "/quotes",
      "/ingest",
      ...actorPages.slice(0, 5),
      ...articlePages,
    ];
    for (const path of paths) {
      const { page, log } = await visit(path);
      expect(await page.locator("#observablehq-main h1").count(), `${path} has a heading`).toBeGreaterThan(0);
      const charts = CHART_PAGES[path] ?? (path.startsWith("/actors/") ? 1 : 0);
      if (charts) {
        const figures = page.locator("figure.chart");
        expect(await figures.count(), `${path} charts`).toBeGreaterThanOrEqual(charts);
        for (let i = 0; i < charts; i++) {
          const fig = figures.nth(i);
          expect(
            await fig.locator("svg [aria-label], svg circle, svg rect, svg path").count(),
            `${path} chart ${i} has marks`,
          ).toBeGreaterThan(0);
          expect(
            (await textAlternative(fig.locator("[role=img], [role=group]").first())).length,
            `${path} chart ${i} text alternative`,
          ).toBeGreaterThan(20);
          expect((await fig.locator("figcaption").textContent())?.length ?? 0).toBeGreaterThan(10);
        }
      }
      // no raw value dumped by Framework's inspector (a stray `null` or `""` from a cell)
      expect(await page.locator(".observablehq--inspect").count(), `${path} shows no raw values`).toBe(0);
      expectClean(log);
      await page.context().close();
    }
  }, 180_000);

  it("renders in the dark theme too", async () => {
    const { page, log } = await visit("/", "dark");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    expectClean(log);
    await page.context().close();
  }, 30_000);
});

describe("briefing", () => {
  it("writes the narrative with citations that open the article at the highlighted sentence", async () => {
    const { page, log } = await visit("/");
    const items = page.locator("ol.happened li");
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    const cite = items.first().locator("a.cite");
    const href = await cite.getAttribute("href");
    expect(href).toMatch(/^\/articles\/[^#]+#s-\d+$/);
    const sentence = (await items.first().locator("blockquote").textContent())!.replace(/\s*\[\d+\]\s*$/, "").trim();
    await cite.click();
    await page.waitForURL(/\/articles\//);
    await settle(page);
    const cited = page.locator(".article-text .sentence.cited");
    await expect.poll(() => cited.count()).toBe(1);
    expect((await cited.textContent())!.replace(/\s+/g, " ")).toContain(sentence.replace(/…$/, "").slice(0, 60).replace(/\s+/g, " "));
    expect(await cited.isVisible()).toBe(true);
    const box = (await cited.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    expectClean(log);
    await page.context().close();
  }, 30_000);

  it("ships a small front-page data file", () => {
    const dir = join(DIST, "_file", "data");
    const file = readdirSync(dir).find((f) => f.startsWith("briefing."))!;
    expect(statSync(join(dir, file)).size).toBeLessThan(1_000_000);
  });
});

describe("actors", () => {
  it("opens an actor's page from a network node", async () => {
    const { page, log } = await visit("/actors");
    const node = page.locator("svg.network a.node").first();
    const href = await node.getAttribute("href");
    const name = await node.locator("text").textContent();
    await node.locator("circle").click();
    await page.waitForURL((url) => url.pathname === href);
    await settle(page);
    expect(await page.locator("#observablehq-main h1").textContent()).toBe(name);
    expectClean(log);
    await page.context().close();
  }, 30_000);

  it("opens an actor's page from the table, and the type filter narrows the table", async () => {
    const { page, log } = await visit("/actors");
    const before = await page.locator("table tbody tr").count();
    await page.locator("select").first().selectOption("person");
    await expect.poll(() => page.locator("table tbody tr").count()).toBeLessThan(before);
    const link = page.locator("table tbody tr a").first();
    const name = await link.textContent();
    await link.click();
    await page.waitForURL(/\/actors\/.+/);
    await settle(page);
    expect(await page.locator("#observablehq-main h1").textContent()).toBe(name);
    expect(await page.locator(".kicker").textContent()).toContain("person");
    expectClean(log);
    await page.context().close();
  }, 30_000);

  it("opens an actor's page from a highlighted mention in an article", async () => {
    const article = pagesUnder(DIST, "articles")[0];
    const { page, log } = await visit(article);
    const mark = page.locator(".article-text a.mark").first();
    const label = (await mark.getAttribute("title"))!.replace(/^[a-z]+: /, "");
    await mark.click();
    await page.waitForURL(/\/actors\/.+/);
    await settle(page);
    expect(await page.locator("#observablehq-main h1").textContent()).toBe(label);
    expectClean(log);
    await page.context().close();
  }, 30_000);
});

describe("timeline", () => {
  it("narrows the events when an actor is chosen", async () => {
    const { page, log } = await visit("/timeline");
    const count = page.locator(".timeline-count");
    const total = Number(await count.getAttribute("data-shown"));
    expect(total).toBeGreaterThan(1);
    const options = await page.locator("select").first().locator("option").allTextContents();
    // pick the actor with the fewest events (option labels end with "(count)")
    const counts = options.slice(1).map((o) => Number(o.match(/\((\d+)\)$/)?.[1] ?? 0));
    const fewest = counts.indexOf(Math.min(...counts)) + 1;
    await page.locator("select").first().selectOption({ index: fewest });
    await expect.poll(async () => Number(await count.getAttribute("data-shown"))).toBe(counts[fewest - 1]);
    expect(counts[fewest - 1]).toBeLessThan(total);
    // every event is a mark on the axis or listed beside it (a date far from the others)
    const chart = page.locator("figure.chart:not(.date-brush)");
    const marks = (await chart.locator("svg a").count()) + (await chart.locator(".timeline-outliers li").count());
    expect(marks).toBe(counts[fewest - 1]);
    expectClean(log);
    await page.context().close();
  }, 30_000);

  it("marks relative and inferred dates", async () => {
    const { page, log } = await visit("/timeline");
    const legend = await page.locator("figure.chart:not(.date-brush)").first().textContent();
    expect(legend).toContain("relative");
    expect(legend).toContain("inferred");
    expectClean(log);
    await page.context().close();
  }, 30_000);
});

describe("article pages", () => {
  it("show the text with highlights and no live HTML from the article", async () => {
    for (const path of pagesUnder(DIST, "articles")) {
      const { page, log } = await visit(path);
      const text = page.locator(".article-text");
      expect(await text.locator(".mark").count(), `${path} highlights`).toBeGreaterThan(0);
      const tags = await text.evaluate((root) => [...new Set([...root.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()))]);
      for (const tag of tags) expect(["span", "a", "mark"]).toContain(tag);
      const attrs = await text.evaluate((root) => [...root.querySelectorAll("*")].flatMap((e) => e.getAttributeNames()));
      for (const attr of attrs) expect(["class", "id", "href", "title", "data-kind", "hidden"]).toContain(attr);
      expectClean(log);
      await page.context().close();
    }
  }, 60_000);
});
