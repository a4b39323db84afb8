// A folder of three unrelated stories (tests/fixtures/stories/: seven short articles written for
// the tests, about a dock strike, an eruption and a football transfer), built into a site of its own
// with the real build script, read in Chromium as a reader would: one section per story, counts that
// agree, a timeline that fits its dates, whole sentences, outlets named as readers name them, labels
// that do not overlap, and no serious or critical accessibility violation.
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe.js";
import { openPage, settle, type PageLog } from "./browser.js";
import { pagesUnder } from "./server.js";
import { buildSite, prepareSite } from "./siteBuild.js";
import { openSite, type SiteSession } from "./session.js";

const ROOT = resolve(".");
const FIXTURE = join(ROOT, "tests", "fixtures", "stories");
const WORK = join(ROOT, "tmp", "stories-site");
const OUT = join(WORK, "dist");
let site: SiteSession;

beforeAll(async () => {
  const work = prepareSite(WORK, { fresh: true });
  for (const file of readdirSync(FIXTURE)) cpSync(join(FIXTURE, file), join(work.articles, file));
  buildSite(work);
  site = await openSite(OUT);
}, 600_000);

afterAll(async () => {
  await site?.close();
  rmSync(WORK, { recursive: true, force: true });
});

function expectClean(log: PageLog) {
  expect(log.pageErrors, "uncaught page errors").toEqual([]);
  expect(log.consoleErrors, "console errors").toEqual([]);
  expect(log.failedRequests, "failed requests").toEqual([]);
}

async function visit(path: string, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; log: PageLog }> {
  const { page, log } = await site.visit(path, colorScheme);
  return { page, log };
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("What happened, story by story", () => {
  it("gives each of the three stories its own section, the largest first, headed by its main actors", async () => {
    const { page, log } = await visit("/");
    const stories = page.locator("section.story");
    expect(await stories.count()).toBe(3);
    const headings = await stories.locator("h3").allTextContents();
    expect(headings[0]).toContain("Anouk Visser");
    expect(headings[0]).toContain("3 articles");
    expect(headings.slice(1).some((h) => h.includes("Tomas Brennan"))).toBe(true);
    expect(headings.slice(1).some((h) => /Reykjanes|Grindavík/.test(h))).toBe(true);
    // each story's sentences come from its own articles only
    for (let i = 0; i < 3; i++) {
      const cites = await stories
        .nth(i)
        .locator("a.cite")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("#")[0]));
      expect(cites.length).toBeGreaterThan(0);
      const topic = i === 0 ? /port-strike/ : /eruption|transfer/;
      for (const href of cites) expect(href).toMatch(topic);
      expect(new Set(cites.map((h) => h.match(/eruption|transfer|port/)![0])).size).toBe(1);
    }
    expectClean(log);
    await page.context().close();
  }, 60_000);
});

describe("counts", () => {
  it("counts the same dated events on the front page and on the timeline", async () => {
    const front = await visit("/");
    const stat = front.page.locator(".stats div", { hasText: "dated events" }).locator("b");
    const onFront = Number((await stat.textContent())!.replace(/,/g, ""));
    const chart = front.page.locator("figure.chart", { hasText: "Dated events" });
    const marks = (await chart.locator("svg a").count()) + (await chart.locator(".timeline-outliers li").count());
    expect(marks).toBe(onFront);
    await front.page.context().close();
    const timeline = await visit("/timeline");
    const count = timeline.page.locator(".timeline-count");
    expect(Number(await count.getAttribute("data-total"))).toBe(onFront);
    expect(Number(await count.getAttribute("data-shown"))).toBe(onFront);
    expectClean(timeline.log);
    await timeline.page.context().close();
  }, 60_000);
});

describe("timeline", () => {
  it("fits its axis to the dense dates, lists the far one beside it, keeps every mark in its frame and its labels apart", async () => {
    const { page, log } = await visit("/timeline");
    const chart = page.locator("figure.chart:not(.date-brush)");
    // 1973 (an eruption remembered) is listed, not plotted
    const outliers = await chart.locator(".timeline-outliers li").allTextContents();
    expect(outliers.some((t) => t.startsWith("1973") && t.includes("Heimaey"))).toBe(true);
    const svg = chart.locator("svg").last();
    const ticks = await svg.locator("g[aria-label='x-axis tick label'] text, text").allTextContents();
    expect(ticks.join(" ")).not.toMatch(/19[789]\d/);
    // every mark inside the chart's frame
    const frame = (await svg.boundingBox())!;
    const marks = await svg.locator("a > *").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(m.y).toBeGreaterThanOrEqual(frame.y - 0.5);
      expect(m.y + m.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    }
    // the axis label below the tick labels, overlapping none
    const texts = await svg
      .locator("text")
      .evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? "", box: e.getBoundingClientRect().toJSON() as Box })));
    const label = texts.find((t) => t.text === "Date")!;
    expect(label).toBeDefined();
    for (const t of texts) if (t !== label) expect(overlap(t.box, label.box), `"Date" overlaps "${t.text}"`).toBe(false);
    expectClean(log);
    await page.context().close();
  }, 60_000);

  it("shows whole sentences in its table: cells wrap instead of cutting the text", async () => {
    const { page, log } = await visit("/timeline");
    const cells = page.locator(".wrap-cells table tbody tr td:nth-child(3)");
    const longest = await cells.evaluateAll(
      (tds) =>
        tds
          .map((td) => ({
            text: td.textContent ?? "",
            clipped: td.scrollWidth > td.clientWidth + 1,
            height: td.getBoundingClientRect().height,
          }))
          .sort((a, b) => b.text.length - a.text.length)[0],
    );
    expect(longest.text).toContain("without heating as temperatures fell below freezing across the south-west of the country.");
    expect(longest.clipped).toBe(false);
    expect(longest.height).toBeGreaterThan(30); // several lines
    expectClean(log);
    await page.context().close();
  }, 60_000);
});

describe("key figures", () => {
  it("groups figures by what they count and whom they are about, written as people write them", async () => {
    const { page, log } = await visit("/");
    const groups = await page.locator("ul.key-figures > li").allTextContents();
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.replace(/\s+/g, " "), "a group names what it counts").toMatch(/^\S.*\(\d+ sources?/);
    const all = groups.join("\n");
    expect(all).toMatch(/about €18 million|€18 million/);
    expect(all).not.toMatch(/\b1\.8e|18000000|EUR/);
    // the disagreement on the strikers' number is set side by side
    const conflict = await page.locator(".conflict").allTextContents();
    expect(conflict.join(" ")).toMatch(
      /about 1,200 dock workers[\s\S]*about 1,300 dock workers|about 1,300 dock workers[\s\S]*about 1,200 dock workers/,
    );
    expectClean(log);
    await page.context().close();
  }, 60_000);
});

describe("sources", () => {
  it("names outlets as readers do and groups the articles without a source", async () => {
    const { page, log } = await visit("/sources");
    const outlets = await page.locator("select").first().locator("option").allTextContents();
    expect(outlets).toEqual(
      expect.arrayContaining([
        "Reuters (1)",
        "Yahoo News (1)",
        "CNN (1)",
        "The Guardian (1)",
        "Ajax Showtime (1)",
        "Source not stated (2)",
      ]),
    );
    expect(outlets.join(" ")).not.toMatch(/http|Latest News|Edition Cnn/);
    await page.locator("select").first().selectOption({ label: "Source not stated (2)" });
    await expect.poll(() => page.locator("table tbody tr").count()).toBe(2);
    expectClean(log);
    await page.context().close();
  }, 60_000);
});

describe("actors", () => {
  it("labels only the network nodes whose names fit, never two labels on top of each other", async () => {
    const { page, log } = await visit("/actors");
    const boxes = await page
      .locator("svg.network a.node text")
      .evaluateAll((els) =>
        els.filter((e) => getComputedStyle(e).display !== "none").map((e) => e.getBoundingClientRect().toJSON() as Box),
      );
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `labels ${i} and ${j} overlap`).toBe(false);
    expectClean(log);
    await page.context().close();
  }, 60_000);

  it("draws actor pages without a console error, also on a narrow screen", async () => {
    const actors = pagesUnder(OUT, "actors");
    for (const path of actors.filter((_, i) => i % Math.ceil(actors.length / 10) === 0)) {
      const { page, log } = await openPage(site.browser);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(site.url + path);
      await settle(page);
      expect(await page.locator("figure.chart svg rect").count(), `${path} draws its bars`).toBeGreaterThan(0);
      expectClean(log);
      await page.context().close();
    }
  }, 180_000);
});

describe("accessibility of this folder's pages", () => {
  for (const scheme of ["light", "dark"] as const)
    it(`has no serious or critical axe violation on the site-wide pages, ${scheme} scheme`, async () => {
      const failures: string[] = [];
      for (const path of ["/", "/actors", "/timeline", "/figures", "/sources"]) {
        const { page } = await visit(path, scheme);
        const blocking = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
        if (blocking.length) failures.push(describeViolations(`${scheme} ${path}`, blocking));
        await page.context().close();
      }
      expect(failures, failures.join("\n")).toEqual([]);
    }, 180_000);
});
