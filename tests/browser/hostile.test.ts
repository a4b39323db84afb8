// Hostile corpus: builds the site from a temporary folder whose article carries script tags,
// event handlers, javascript: links, template syntax; proves in Chromium that nothing runs and the
// text shows as text. The site is built by the real build script into tmp/ (its own Framework root
// copy, cache and output), so src/ and dist/ are untouched.
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, settle } from "./browser.js";
import { pagesUnder } from "./server.js";
import { buildSite, prepareSite } from "./siteBuild.js";
import { openSite, type SiteSession } from "./session.js";

const ROOT = resolve(".");
const WORK = join(ROOT, "tmp", "hostile-site");
const ARTICLES = join(WORK, "articles");
const OUT = join(WORK, "dist");
const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">click me</a>',
  "<svg onload=alert(1)>",
  "${alert(1)}",
  "{{7*7}}",
];
const ARTICLE = ` date 2024-03-04 Officials in Freedonia said on Monday that President Rufus Firefly met General Chicolini in Fredonia City. ${PAYLOADS[0]} The ministry reported at least 300 soldiers near the border.

Minister Trentino said "we will not accept ${PAYLOADS[1]} any threat" during a briefing. ${PAYLOADS[2]} Firefly later called the talks productive ${PAYLOADS[3]} and said the ${PAYLOADS[4]} aid of 5 million dollars {{7*7}} would arrive on March 10.
`;

let site: SiteSession;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  const work = prepareSite(WORK);
  writeFileSync(join(ARTICLES, "hostile.txt"), ARTICLE);
  writeFileSync(
    join(ARTICLES, "hostile-copy.html"),
    `<html><head><title>Freedonia <script>alert(2)</script></title></head><body><p>${ARTICLE}</p><img src=x onerror=alert(3)></body></html>`,
  );
  buildSite(work);
  site = await openSite(OUT);
}, 600_000);

afterAll(async () => {
  await site?.close();
});

describe("a hostile article", () => {
  it("runs no script anywhere and shows its markup as text", async () => {
    const paths = [
      "/",
      "/actors",
      "/timeline",
      "/figures",
      "/sources",
      "/quotes",
      "/ingest",
      ...pagesUnder(OUT, "articles"),
      ...pagesUnder(OUT, "actors"),
    ];
    for (const path of paths) {
      const { page, log } = await openPage(site.browser);
      await page.addInitScript(() => {
        (window as unknown as { __alerts: string[] }).__alerts = [];
        window.alert = (m?: unknown) => void (window as unknown as { __alerts: string[] }).__alerts.push(String(m));
      });
      // a real alert() would open a dialog; alert is replaced above too, so either way it is recorded
      await page.goto(site.url + path);
      await settle(page);
      const alerts = await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts);
      expect(alerts, `${path} alerts`).toEqual([]);
      expect(log.dialogs, `${path} dialogs`).toEqual([]);
      expect(log.consoleErrors, `${path} console errors`).toEqual([]);
      expect(log.pageErrors, `${path} page errors`).toEqual([]);
      expect(log.offMachine, `${path} off-machine requests`).toEqual([]);
      expect(log.failedRequests, `${path} failed requests`).toEqual([]);
      const main = page.locator("#observablehq-main");
      expect(
        await main.locator("script, iframe, object, embed, img[onerror], svg[onload], a[href^='javascript:']").count(),
        `${path} live markup`,
      ).toBe(0);
      await page.context().close();
    }
  }, 300_000);

  it("shows the payloads as visible text on the article page", async () => {
    const article = pagesUnder(OUT, "articles").find((p) => p.includes("hostile") && !p.includes("copy")) ?? pagesUnder(OUT, "articles")[0];
    const { page, log } = await site.visit(article);
    await page
      .getByLabel("Show removed boilerplate in place")
      .check()
      .catch(() => undefined);
    const text = (await page.locator(".article-text").innerText()).replace(/\s+/g, " ");
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    expect(text).not.toContain("49");
    expect(
      await page.locator(".article-text *").evaluateAll((els) => els.filter((e) => !["SPAN", "A", "MARK"].includes(e.tagName)).length),
    ).toBe(0);
    expect(log.dialogs).toEqual([]);
    await page.context().close();
  }, 60_000);
});
