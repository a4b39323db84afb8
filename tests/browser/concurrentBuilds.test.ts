// Two builds at once in one checkout (issue 15): the second waits for the first (naming it), both
// end with exit 0, and every page of the published site then renders with no error, and still does
// after the next build; `--no-wait` refuses at once, naming the running build; a lock left by a
// killed build does not block the next one.
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lockOf } from "../../src/site/files.js";
import { ROOT, prepareSite, siteFiles, startBuild, type FinishedBuild, type SiteWork } from "./siteBuild.js";
import { openSite } from "./session.js";

const WORK = join(ROOT, "tmp", "concurrent-builds");
let work: SiteWork;
let first: FinishedBuild;
let second: FinishedBuild;
let refused: FinishedBuild;
let firstFiles: string[];

/** The pages a reader opens first, and one page of each kind of item. */
function pagesOf(output: string): string[] {
  const one = (dir: string) =>
    readdirSync(join(output, dir))
      .find((f) => f.endsWith(".html"))!
      .replace(/\.html$/, "");
  return ["/", "/sources", "/timeline", "/quotes", "/figures", "/actors", `/actors/${one("actors")}`, `/articles/${one("articles")}`];
}

async function expectPagesRender(output: string): Promise<void> {
  const site = await openSite(output);
  try {
    for (const path of pagesOf(output)) {
      const { page, log } = await site.visit(path);
      const text = await page.locator("main").innerText();
      expect(text, path).not.toMatch(/RuntimeError|Failed to fetch/);
      expect(text.length, path).toBeGreaterThan(100);
      expect([...log.consoleErrors, ...log.pageErrors, ...log.failedRequests, ...log.offMachine], path).toEqual([]);
    }
  } finally {
    await site.close();
  }
}

beforeAll(async () => {
  work = prepareSite(WORK, { fresh: true });
  for (const f of readdirSync(join(ROOT, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .slice(0, 3)) {
    copyFileSync(join(ROOT, "seeds", f), join(work.articles, f));
  }
  const a = startBuild({ work });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const b = startBuild({ work });
  // While both run, a third asks not to wait: it must refuse at once.
  await new Promise((resolve) => setTimeout(resolve, 500));
  refused = await startBuild({ work, args: ["--no-wait"] }).done;
  [first, second] = await Promise.all([a.done, b.done]);
  firstFiles = siteFiles(work.output);
}, 900_000);

describe("two builds at once in one checkout", () => {
  it("both finish with exit 0, the second after waiting for the first, which it names", () => {
    expect(first.status, first.log.slice(-2000)).toBe(0);
    expect(second.status, second.log.slice(-2000)).toBe(0);
    expect(second.log).toMatch(
      new RegExp(
        `waiting for another build of the same site to finish: process ${first.pid} \\(npm run build\\), running since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC`,
      ),
    );
    expect(first.log).not.toMatch(/ENOTEMPTY|ENOENT/);
  });

  it("a build asked not to wait refuses at once with exit 3, naming the running build", () => {
    expect(refused.status).toBe(3);
    expect(refused.log).toMatch(/another build is running: process \d+ \(npm run build\), running since/);
  });

  it("leaves a whole site: every page renders with no error", async () => {
    await expectPagesRender(work.output);
  }, 300_000);

  it("still renders every page after the next build, even with a lock left by a killed build", async () => {
    // A lock as a build killed with SIGKILL leaves it: a process id that no longer runs.
    const lock = lockOf(work.site);
    writeFileSync(
      lock,
      JSON.stringify({
        pid: 2 ** 22 + 17,
        started: "2020-01-01T00:00:00.000Z",
        command: "npm run build",
        host: hostname(),
        path: lock,
        processStart: null,
      }),
    );
    const next = await startBuild({ work }).done;
    expect(next.status, next.log.slice(-2000)).toBe(0);
    expect(next.log).not.toMatch(/waiting for another build/);
    expect(siteFiles(work.output)).toEqual(firstFiles);
    await expectPagesRender(work.output);
  }, 600_000);
});
