// New articles in, briefing rebuilt: a real build of a temporary folder, then one article added
// (the front page says what is new, search finds its actors, its pages open), then deleted again
// (its pages, its actors and every trace of its text are gone from the site).
import { copyFileSync, existsSync, readFileSync, rmSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle } from "./browser.js";
import { ROOT, buildSite, prepareSite, siteFiles, type SiteWork } from "./siteBuild.js";
import { openSite, type SiteSession } from "./session.js";

const WORK = join(ROOT, "tmp", "rebuild-site");
const NEW = "004_747b66184e54142f.txt";
/** Phrases only the new article has (its title, a sentence, an actor it alone names). */
const ONLY_IN_NEW = ["restricted about 1,000 US soldiers", "swiftly withdrew its troops", "Agadez"];
let work: SiteWork;
let site: SiteSession;
const logs: string[] = [];

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  work = prepareSite(WORK);
  for (const f of ["000_747bb5e62c1bd5ca.txt", "001_4905a650263177e8.txt"]) copyFileSync(join(ROOT, "seeds", f), join(work.articles, f));
  logs.push(buildSite(work));
  copyFileSync(join(ROOT, "seeds", NEW), join(work.articles, NEW));
  logs.push(buildSite(work));
  site = await openSite(work.output);
}, 900_000);

afterAll(async () => {
  await site?.close();
});

describe("rebuilding after a new article", () => {
  it("extracts only the new article and publishes its pages", () => {
    expect(logs[0]).toMatch(/2 extracted/);
    expect(logs[1]).toMatch(/3\/3 files \(100%\), 1 extracted/);
    expect(existsSync(join(work.output, "articles", "004_747b66184e54142f.html"))).toBe(true);
    expect(existsSync(join(work.output, "actors", "agadez.html"))).toBe(true);
    expect(existsSync(join(work.output, "articles", "000_747bb5e62c1bd5ca.html"))).toBe(true);
  });

  it("says on the front page what is new since the last build", async () => {
    const { page, log } = await site.visit("/");
    const section = page.locator("section.changes");
    const text = await section.innerText();
    expect(text).toMatch(/Since the last build/);
    expect(text).toMatch(/The US has restricted about 1,000 US soldiers/);
    expect(text).toMatch(/Agadez/);
    expect(await page.locator("body").innerText()).toMatch(/generated from 3 articles/i);
    expect([...log.consoleErrors, ...log.pageErrors, ...log.failedRequests, ...log.offMachine]).toEqual([]);
    await page.context().close();
  });

  it("finds the new and the old actors in search, and opens the new one's page", async () => {
    const { page, log } = await site.visit("/");
    const first = page.locator("#observablehq-search-results a").first();
    await page.locator("#observablehq-search input").fill("Nuland");
    await expect.poll(() => first.getAttribute("href")).toMatch(/actors\/victoria-nuland$/);
    await page.locator("#observablehq-search input").fill("Agadez");
    await expect.poll(() => first.getAttribute("href")).toMatch(/actors\/agadez$/);
    await first.click();
    await page.waitForURL(/\/actors\/agadez$/);
    await settle(page);
    expect(await page.locator("#observablehq-main h1").textContent()).toBe("Agadez");
    expect([...log.consoleErrors, ...log.pageErrors, ...log.failedRequests, ...log.offMachine]).toEqual([]);
    await page.context().close();
  });

  it("leaves no trace of a deleted article anywhere in the site", () => {
    const traced = (f: string) => {
      const content = readFileSync(join(work.output, f), "utf8");
      return ONLY_IN_NEW.some((phrase) => content.includes(phrase));
    };
    expect(siteFiles(work.output).filter(traced).length).toBeGreaterThan(3);
    unlinkSync(join(work.articles, NEW));
    buildSite(work);
    expect(existsSync(join(work.output, "articles", "004_747b66184e54142f.html"))).toBe(false);
    expect(existsSync(join(work.output, "actors", "agadez.html"))).toBe(false);
    expect(existsSync(join(work.output, "actors", "victoria-nuland.html"))).toBe(true);
    // "since the last build" names the removed article by its file, nothing of its text
    expect(siteFiles(work.output).filter(traced)).toEqual([]);
  }, 600_000);
});
