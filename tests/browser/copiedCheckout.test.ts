// A checkout builds where it is (issue 15): a built checkout copied with `cp -a` to another folder,
// then moved, builds its own articles into its own dist/, and nothing of the folder it was copied
// from changes (its dist/, its caches, its compiled bundles), byte for byte.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, copyCheckout, siteFiles, startBuild, treeHash, type FinishedBuild } from "./siteBuild.js";
import { openSite } from "./session.js";

const ORIGINAL = join(ROOT, "tmp", "checkout-original");
const COPY = join(ROOT, "tmp", "checkout-copy");
const MOVED = join(ROOT, "tmp", "checkout-moved");
const MARKER = "Dock workers in Rotterdam began a 48-hour strike";
const ARTICLE = `Port strike in Rotterdam\n\n${MARKER} on Tuesday over pay, the FNV union said. About 200 ships were waiting outside the port.\n`;
/** What of the original a build elsewhere must leave as it was. */
const KEPT = ["dist", ".cache", "seeds", "src", join("node_modules", ".cache")];

const state = (folder: string) => Object.fromEntries(KEPT.map((part) => [part, treeHash(join(folder, part))]));
const build = async (cwd: string): Promise<FinishedBuild> => {
  const finished = await startBuild({ cwd }).done;
  if (finished.status !== 0) throw new Error(`build in ${cwd} failed:\n${finished.log.slice(-4000)}`);
  return finished;
};
/** The built files of a site (pages and the data they fetch) that hold `text`. */
const filesWith = (site: string, text: string) =>
  siteFiles(site).filter((f) => /\.(html|json|js)$/.test(f) && readFileSync(join(site, f), "utf8").includes(text));

let before: Record<string, string>;
let copyLog: string;
let movedLog: string;

beforeAll(async () => {
  rmSync(MOVED, { recursive: true, force: true });
  copyCheckout(ROOT, ORIGINAL);
  await build(ORIGINAL);
  before = state(ORIGINAL);
  copyCheckout(ORIGINAL, COPY);
  writeFileSync(join(COPY, "seeds", "port-strike.txt"), ARTICLE);
  copyLog = (await build(COPY)).log;
}, 900_000);

afterAll(() => {
  for (const folder of [ORIGINAL, COPY, MOVED]) rmSync(folder, { recursive: true, force: true });
});

describe("a copied checkout", () => {
  it("reads its own articles folder", () => {
    expect(copyLog).toContain(`articles from ${join(COPY, "seeds")}`);
    expect(copyLog).toMatch(/6 articles/);
  });

  it("publishes a site that shows the article only the copy has", async () => {
    expect(filesWith(join(COPY, "dist"), "Port strike in Rotterdam").length).toBeGreaterThan(0);
    expect(filesWith(join(ORIGINAL, "dist"), "Port strike in Rotterdam")).toEqual([]);
    const site = await openSite(join(COPY, "dist"));
    try {
      const { page, log } = await site.visit("/sources");
      expect(await page.locator("main").innerText()).toContain("Port strike in Rotterdam");
      expect([...log.consoleErrors, ...log.pageErrors, ...log.failedRequests, ...log.offMachine]).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it("leaves the original's dist/, caches and bundles byte for byte as they were", () => {
    expect(state(ORIGINAL)).toEqual(before);
  });

  it("builds again after it is moved, from its new folder, still touching nothing of the original", async () => {
    renameSync(COPY, MOVED);
    movedLog = (await build(MOVED)).log;
    expect(movedLog).toContain(`articles from ${join(MOVED, "seeds")}`);
    expect(movedLog).not.toContain("does not exist");
    expect(filesWith(join(MOVED, "dist"), "Port strike in Rotterdam").length).toBeGreaterThan(0);
    expect(state(ORIGINAL)).toEqual(before);
  }, 600_000);
});
