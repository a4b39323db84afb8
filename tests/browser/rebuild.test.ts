// New articles in, briefing rebuilt: a real build of a temporary folder, then one article added
// (an incremental build renders only what changed and the front page says what is new), then
// removed again (its pages and its actors are gone).
import { copyFileSync, existsSync, rmSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openPage, settle } from "./browser.js";
import { serveStatic, type StaticServer } from "./server.js";
import { ROOT, buildSite, prepareSite, type SiteWork } from "./siteBuild.js";

const WORK = join(ROOT, "tmp", "rebuild-site");
const NEW = "004_747b66184e54142f.txt";
let work: SiteWork;
let browser: Browser;
let server: StaticServer;
const logs: string[] = [];

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  work = prepareSite(WORK);
  for (const f of ["000_747bb5e62c1bd5ca.txt", "001_4905a650263177e8.txt"]) copyFileSync(join(ROOT, "seeds", f), join(work.articles, f));
  logs.push(buildSite(work));
  copyFileSync(join(ROOT, "seeds", NEW), join(work.articles, NEW));
  logs.push(buildSite(work));
  server = await serveStatic(work.output);
  browser = await launch();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("rebuilding after a new article", () => {
  it("builds everything the first time and only what changed the second", () => {
    expect(logs[0]).toMatch(/full render/);
    expect(logs[1]).toMatch(/incremental render/);
    expect(logs[1]).toMatch(/1 extracted|extracted 1|, 1 extracted/);
    expect(existsSync(join(work.output, "articles", "004_747b66184e54142f.html"))).toBe(true);
    expect(existsSync(join(work.output, "actors", "agadez.html"))).toBe(true);
    expect(existsSync(join(work.output, "articles", "000_747bb5e62c1bd5ca.html"))).toBe(true);
  });

  it("says on the front page what is new since the last build", async () => {
    const { page, log } = await openPage(browser);
    await page.goto(`${server.url}/`);
    await settle(page);
    const section = page.locator("section.changes");
    await expect(section.innerText()).resolves.toMatch(/Since the last build/);
    const text = await section.innerText();
    expect(text).toMatch(/The US has restricted about 1,000 US soldiers/);
    expect(text).toMatch(/Agadez/);
    expect(await page.locator("body").innerText()).toMatch(/generated from 3 articles/i);
    expect([...log.consoleErrors, ...log.pageErrors, ...log.failedRequests, ...log.offMachine]).toEqual([]);
    await page.context().close();
  });

  it("keeps the search index whole after an incremental build", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/`);
    await settle(page);
    await page.locator("#observablehq-search input").fill("Nuland");
    await expect(page.locator("#observablehq-search-results a").first().getAttribute("href")).resolves.toMatch(/actors\/victoria-nuland/);
    await page.locator("#observablehq-search input").fill("Agadez");
    await expect(page.locator("#observablehq-search-results a").first().getAttribute("href")).resolves.toMatch(/actors\/agadez/);
    await page.context().close();
  });

  it("removes the article's pages and actors when it is deleted", () => {
    unlinkSync(join(work.articles, NEW));
    const log = buildSite(work);
    expect(log).toMatch(/incremental render/);
    expect(existsSync(join(work.output, "articles", "004_747b66184e54142f.html"))).toBe(false);
    expect(existsSync(join(work.output, "actors", "agadez.html"))).toBe(false);
    expect(existsSync(join(work.output, "actors", "victoria-nuland.html"))).toBe(true);
  }, 600_000);
});
