// `npm run dev`: the preview watches the articles folder; a new article shows in the open page
// within seconds, and a deleted one disappears, with no restart.
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, copyFileSync, rmSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openPage } from "./browser.js";
import { ROOT, prepareSite, type SiteWork } from "./siteBuild.js";
import { workSiteEnv } from "../../src/site/workSite.js";
import { addCountsPage, extractedCounts, shownCounts } from "./tablePages.js";
import { freePort } from "../../src/site/freePort.js";

const WORK = join(ROOT, "tmp", "dev-site");
let work: SiteWork;
let dev: ChildProcess;
let browser: Browser;
let page: Page;
let url: string;
let output = "";

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; dev output:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const articleCount = async () => {
  const text = await page.locator(".stats").innerText();
  return Number(/(\d+)\s*articles/i.exec(text)?.[1]);
};

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  work = prepareSite(WORK);
  for (const f of ["000_747bb5e62c1bd5ca.txt", "001_4905a650263177e8.txt"]) copyFileSync(join(ROOT, "seeds", f), join(work.articles, f));
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  dev = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "dev.ts"), "--no-open", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...workSiteEnv(work) },
    detached: true,
  });
  dev.stdout?.on("data", (d) => (output += d));
  dev.stderr?.on("data", (d) => (output += d));
  await waitFor("the preview server", async () => ((await fetch(url)).ok ? true : undefined), 120);
  browser = await launch();
  ({ page } = await openPage(browser));
  await page.goto(url);
  await waitFor("the front page's counts", async () => ((await articleCount()) > 0 ? true : undefined), 60);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
});

describe("the dev preview", () => {
  it("shows a new article in the open page without a restart", async () => {
    expect(await articleCount()).toBe(2);
    copyFileSync(join(ROOT, "seeds", "004_747b66184e54142f.txt"), join(work.articles, "004_747b66184e54142f.txt"));
    await waitFor("3 articles on the page", async () => ((await articleCount()) === 3 ? true : undefined), 30);
    expect(await page.locator("body").innerText()).toMatch(/Agadez/);
  }, 60_000);

  it("drops a deleted article from the open page", async () => {
    unlinkSync(join(work.articles, "004_747b66184e54142f.txt"));
    await waitFor("2 articles on the page", async () => ((await articleCount()) === 2 ? true : undefined), 30);
  }, 60_000);

  it("shows an article page, and its edit in the open page", async () => {
    const { page: article } = await openPage(browser);
    await article.goto(`${url}articles/000_747bb5e62c1bd5ca`);
    const text = () => article.locator(".article-text").innerText();
    await waitFor("the article's text", async () => ((await text()).includes("Niger") ? true : undefined), 60);
    expect(await article.locator("#observablehq-main h1").textContent()).toMatch(/^Niger’s recent military coup/);
    const added = "Officials in Zinder said the market reopened on Thursday.";
    appendFileSync(join(work.articles, "000_747bb5e62c1bd5ca.txt"), `\n${added}\n`);
    await waitFor("the edit on the open page", async () => ((await text()).includes(added) ? true : undefined), 30);
    await article.context().close();
  }, 90_000);

  it("renders a page of one's own added while it runs, with the tables' data, and follows a new article in it", async () => {
    addCountsPage(work.site);
    const { page: mine, log } = await openPage(browser);
    await mine.goto(`${url}counts`);
    const expected = await extractedCounts(work.articles);
    await waitFor(
      "the new page's counts",
      async () => {
        const shown = await shownCounts(mine);
        return shown && JSON.stringify(shown) === JSON.stringify(expected) ? true : undefined;
      },
      60,
    );
    copyFileSync(join(ROOT, "seeds", "004_747b66184e54142f.txt"), join(work.articles, "004_747b66184e54142f.txt"));
    await waitFor("the new article in the page's tables", async () => ((await shownCounts(mine))?.articles === 3 ? true : undefined), 30);
    const after = await extractedCounts(work.articles);
    await waitFor(
      "every table to follow",
      async () => (JSON.stringify(await shownCounts(mine)) === JSON.stringify(after) ? true : undefined),
      30,
    );
    expect(after.mentions).toBeGreaterThan(expected.mentions);
    expect([...log.pageErrors, ...log.failedRequests, ...log.offMachine]).toEqual([]);
    await mine.context().close();
  }, 120_000);
});
