// What the notebook tests share: the counts a page of one's own shows of the tables, and the
// counts the engine gives for the same folder.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { loadCorpus } from "../../src/extract/load.js";
import { ROOT } from "./siteBuild.js";

export const COUNTED = [
  "articles",
  "actors",
  "mentions",
  "dates",
  "figures",
  "quotes",
  "events",
  "sentences",
  "stories",
  "conflicts",
] as const;

/** Puts the test's own page (tests/fixtures/pages/counts.md) into a Framework root, as `/counts`. */
export function addCountsPage(root: string): void {
  copyFileSync(join(ROOT, "tests", "fixtures", "pages", "counts.md"), join(root, "counts.md"));
}

/** The row counts the open counts page shows, by table; undefined until it has rendered. */
export async function shownCounts(page: Page): Promise<Record<string, number> | undefined> {
  const cells = await page
    .locator("#counts dd")
    .evaluateAll((dds) => dds.map((dd) => [dd.getAttribute("data-table"), Number(dd.textContent)]));
  return cells.length === COUNTED.length ? Object.fromEntries(cells) : undefined;
}

/** The row counts of the tables `extract` gives for `folder`. */
export async function extractedCounts(folder: string): Promise<Record<string, number>> {
  const { tables } = await loadCorpus(folder);
  return Object.fromEntries(COUNTED.map((t) => [t, tables[t].length]));
}
