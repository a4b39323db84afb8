// The articles' word counts kept from one build to the next by row key (src/pagedata/articleWords.ts,
// src/site/keptWordCounts.ts): the sources page made with the counts an earlier build kept equals
// the one made by counting every article, after an article is edited, one deleted and one added.
import { appendFileSync, cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractWithRowKeys } from "./helpers/extractWithRowKeys.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import type { RowKeys } from "../src/extract/rowKeys.js";
import { pageContext } from "../src/pagedata/index.js";
import { sourcesPage } from "../src/pagedata/article.js";
import { wordCounts } from "../src/pagedata/articleWords.js";
import { wordCount } from "../src/pagedata/text.js";
import { readWordCounts, wordCountsPath, writeWordCounts } from "../src/site/keptWordCounts.js";

const dir = mkdtempSync(join(tmpdir(), "briefing-words-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the articles' word counts kept by row key", () => {
  it("give the sources page a clean build's counts after an edit, a deletion and an addition", async () => {
    const folder = mkdtempSync(join(dir, "folder-"));
    cpSync(join(PROJECT_ROOT, "seeds"), folder, { recursive: true });
    const extract = () => extractWithRowKeys(folder, join(dir, "cache"));
    const kept = wordCountsPath(join(dir, "dist"), dir);
    const before = await extract();
    const first = wordCounts(readWordCounts(kept, "v1"), before.rowKeys);
    const firstPage = sourcesPage(pageContext(before.tables), undefined, first);
    expect(firstPage).toEqual(sourcesPage(pageContext(before.tables)));
    expect(first.next.size).toBe(before.tables.articles.length);
    writeWordCounts(kept, "v1", first.next);

    const [edited, deleted, copied] = before.tables.articles.map((a) => a.file);
    appendFileSync(join(folder, edited), "\n\nFrance and the United States said on Friday that talks would resume in Niamey next week.\n");
    unlinkSync(join(folder, deleted));
    writeFileSync(join(folder, "zz-copy.txt"), `${before.tables.articles.find((a) => a.file === copied)!.text}\nOne more line.\n`);
    const after = await extract();
    const again = wordCounts(readWordCounts(kept, "v1"), after.rowKeys);
    const page = sourcesPage(pageContext(after.tables), undefined, again);
    expect(page).toEqual(sourcesPage(pageContext(after.tables)));
    // the edited article's count is its new text's, not the kept one
    const editedRow = page.find((row) => row.file === edited)!;
    expect(editedRow.words).toBe(wordCount(after.tables.articles.find((a) => a.file === edited)!.text));
    expect(editedRow.words).toBeGreaterThan(firstPage.find((row) => row.file === edited)!.words);
    // only this build's articles are kept: the deleted one's count goes
    expect(again.next.size).toBe(after.tables.articles.length);
    expect(page.some((row) => row.file === deleted)).toBe(false);
  }, 120_000);

  it("are taken only under the code version they were kept under, and only for a row key counted before", () => {
    const path = wordCountsPath(join(dir, "dist-2"), dir);
    writeWordCounts(path, "v1", new Map([["e1 k1", 7]]));
    expect(readWordCounts(path, "v2").size).toBe(0);
    const rowKeys: RowKeys = {
      version: "e1",
      keys: new Map([
        ["a", "k1"],
        ["b", "k2"],
      ]),
    };
    const counts = wordCounts(readWordCounts(path, "v1"), rowKeys);
    // "a" has the kept count of its row key (7, whatever its text); "b" and "c" (no row key) are counted
    expect(counts.of({ id: "a", text: "one two" })).toBe(7);
    expect(counts.of({ id: "b", text: "one two three" })).toBe(3);
    expect(counts.of({ id: "c", text: "one" })).toBe(1);
    expect([...counts.next]).toEqual([
      ["e1 k1", 7],
      ["e1 k2", 3],
    ]);
  });
});
