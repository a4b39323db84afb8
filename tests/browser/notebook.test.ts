// The notebook (issue 16): the tables as data loaders. A page of one's own dropped into the root
// builds with no registration and shows the same row counts as `extract` for the folder, and
// follows a new article on the next build; the places page draws the seeds' places on the map.
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildSite, prepareSite, type SiteWork } from "./siteBuild.js";
import { openSite, type SiteSession } from "./session.js";
import { addCountsPage, extractedCounts, shownCounts } from "./tablePages.js";

const WORK = join(ROOT, "tmp", "notebook-site");
const SEEDS = readdirSync(join(ROOT, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .sort();
const LATER = "004_747b66184e54142f.txt";
let work: SiteWork;
let site: SiteSession | undefined;
const logs: string[] = [];

async function countsIn(output: string): Promise<Record<string, number> | undefined> {
  await site?.close();
  site = await openSite(output);
  const { page, log } = await site.visit("/counts");
  const counts = await shownCounts(page);
  expect([...log.consoleErrors, ...log.pageErrors, ...log.failedRequests, ...log.offMachine]).toEqual([]);
  return counts;
}

beforeAll(() => {
  work = prepareSite(WORK, { fresh: true });
  for (const f of SEEDS.filter((f) => f !== LATER)) copyFileSync(join(ROOT, "seeds", f), join(work.articles, f));
  addCountsPage(work.site);
  logs.push(buildSite(work));
}, 600_000);

afterAll(async () => {
  await site?.close();
});

describe("a page of one's own over the data loaders", () => {
  it("builds with no registration and shows the row counts extract gives", async () => {
    const expected = await extractedCounts(work.articles);
    expect(expected.articles).toBe(SEEDS.length - 1);
    expect(expected.mentions).toBeGreaterThan(50);
    expect(await countsIn(work.output)).toEqual(expected);
  }, 120_000);

  it("follows a new article on the next build", async () => {
    const before = await extractedCounts(work.articles);
    copyFileSync(join(ROOT, "seeds", LATER), join(work.articles, LATER));
    logs.push(buildSite(work));
    const after = await extractedCounts(work.articles);
    expect(after.articles).toBe(SEEDS.length);
    expect(after.mentions).toBeGreaterThan(before.mentions);
    expect(await countsIn(work.output)).toEqual(after);
  }, 600_000);

  it("draws the places of the articles on the map, each linked to its actor page", async () => {
    site ??= await openSite(work.output);
    const { page, log } = await site.visit("/places");
    const labels = await page.locator("figure.chart svg text").allTextContents();
    expect(labels).toEqual(expect.arrayContaining(["Niamey", "Agadez"]));
    const links = await page
      .locator("figure.chart svg a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? a.getAttribute("xlink:href")));
    expect(links).toEqual(expect.arrayContaining(["/actors/niamey", "/actors/agadez"]));
    // countries the briefing names are shaded: Niger among them
    expect(await page.locator("figure.chart figcaption").innerText()).toMatch(/countries shaded by mentions \([^)]*Niger/);
    expect([...log.consoleErrors, ...log.pageErrors, ...log.failedRequests, ...log.offMachine]).toEqual([]);
  }, 120_000);
});
