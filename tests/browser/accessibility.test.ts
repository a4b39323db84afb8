// WCAG 2.1 AA in the browser: Deque's axe-core, injected with Playwright, on every site-wide page
// and a sample of actor and article pages of the built site (dist/), in the light and the dark
// colour scheme; no serious or critical violation may remain. Then the charts that take the
// keyboard: the actor network's nodes and the timeline's marks are reached with Tab, show a focus
// ring, and open their page with Enter.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe.js";
import { openPage, settle } from "./browser.js";
import { pagesUnder } from "./server.js";
import { openSite, type SiteSession } from "./session.js";

const DIST = resolve(process.env.BRIEFING_DIST ?? "dist");
const TOP_LEVEL = ["/", "/actors", "/timeline", "/figures", "/sources", "/quotes", "/places", "/explore", "/ingest"];
const BLOCKING = new Set(["serious", "critical"]);
let site: SiteSession;

beforeAll(async () => {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`No built site at ${DIST}: run "npm run build" before the browser tests.`);
  site = await openSite(DIST);
}, 30_000);

afterAll(async () => {
  await site?.close();
});

/** The top-level pages and a sample of item pages: the first, middle and last actor, the first and last article. */
function auditedPages(dist: string): string[] {
  const sample = (list: string[], n: number) =>
    list.length <= n ? list : [...new Set([0, Math.floor(list.length / 2), list.length - 1].slice(0, n).map((i) => list[i]))];
  return [...TOP_LEVEL, ...sample(pagesUnder(dist, "actors"), 3), ...sample(pagesUnder(dist, "articles"), 2)];
}

describe("WCAG 2.1 AA (axe-core)", () => {
  for (const scheme of ["light", "dark"] as const)
    it(`has no serious or critical violation on any audited page, ${scheme} scheme`, async () => {
      const failures: string[] = [];
      for (const path of auditedPages(DIST)) {
        const { page } = await openPage(site.browser, scheme);
        await page.goto(site.url + path);
        await settle(page);
        const blocking = (await axeViolations(page)).filter((v) => BLOCKING.has(v.impact ?? ""));
        if (blocking.length) failures.push(describeViolations(`${scheme} ${path}`, blocking));
        await page.context().close();
      }
      expect(failures, `axe found serious or critical violations:\n${failures.join("\n")}`).toEqual([]);
    }, 240_000);
});

/** Presses Tab until the focused element matches `selector` (at most `limit` times); returns whether it did. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

describe("charts with the keyboard", () => {
  it("reaches an actor network node with Tab, rings it, and opens the actor with Enter", async () => {
    const { page, log } = await site.visit("/actors");
    expect(await tabTo(page, "svg.network a.node"), "a network node takes the focus").toBe(true);
    const focused = await page.evaluate(() => {
      const a = document.activeElement!;
      const circle = a.querySelector("circle")!;
      return { label: a.getAttribute("aria-label") ?? "", href: a.getAttribute("href"), stroke: getComputedStyle(circle).strokeWidth };
    });
    expect(focused.label).toMatch(/mentions in \d+ article/);
    expect(focused.stroke, "a visible focus ring").toBe("3px");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === focused.href);
    await settle(page);
    expect(await page.locator("#observablehq-main h1").textContent()).toBe(focused.label.split(",")[0]);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("reaches a timeline mark with Tab, names it, and opens its sentence with Enter", async () => {
    const { page, log } = await site.visit("/timeline");
    expect(await tabTo(page, "figure.chart:not(.date-brush) svg a"), "a timeline mark takes the focus").toBe(true);
    const label = await page.evaluate(() => document.activeElement!.getAttribute("aria-label") ?? "");
    expect(label).toMatch(/date: .+\(source \d+\)$/);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.firstElementChild!).strokeWidth);
    expect(ring, "a visible focus ring").toBe("3px");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/articles\/[^#]+#s-\d+$/);
    await settle(page);
    await expect.poll(() => page.locator(".article-text .sentence.cited").count()).toBe(1);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  }, 60_000);
  it("narrows the timeline to a date range typed into the brush's date fields", async () => {
    const { page, log } = await site.visit("/timeline");
    const count = page.locator(".timeline-count");
    const total = Number(await count.getAttribute("data-total"));
    const days = await page.evaluate(() =>
      [...document.querySelectorAll("figure.chart:not(.date-brush) svg a")].map((a) => a.getAttribute("aria-label") ?? ""),
    );
    expect(days.length).toBeGreaterThan(1);
    expect(await tabTo(page, ".brush-dates input[name=from]"), "the 'from' field takes the focus").toBe(true);
    const [min, max] = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return [input.min, input.max];
    });
    // the first day of the axis alone: fewer events than in all, at least one
    await page.locator(".brush-dates input[name=from]").fill(min);
    await page.locator(".brush-dates input[name=to]").fill(min);
    await page.locator(".brush-dates input[name=to]").dispatchEvent("change");
    await expect.poll(async () => Number(await count.getAttribute("data-shown"))).toBeLessThan(total);
    expect(await page.locator(".brush .selection").getAttribute("width"), "the brush follows the fields").not.toBeNull();
    await page.locator(".brush-dates input[name=to]").fill(max);
    await page.locator(".brush-dates input[name=to]").dispatchEvent("change");
    await expect.poll(async () => Number(await count.getAttribute("data-shown"))).toBe(total);
    await page.locator(".brush-dates button").focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await count.textContent()) ?? "").not.toContain(" between ");
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("sorts a table from the keyboard and says the order", async () => {
    const { page, log } = await site.visit("/actors");
    const header = page.locator("thead th.sortable[title=name]");
    expect(await tabTo(page, "thead th.sortable"), "a column header takes the focus").toBe(true);
    await header.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    const names = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(names.slice(0, 5)).toEqual(sorted.slice(0, 5));
    await page.keyboard.press(" ");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
