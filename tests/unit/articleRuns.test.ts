// The runs of a per-article table (src/pagedata/articleRuns.ts): the snapshot writes a table run by
// run and the item keys read each article's run digest, so the runs must cover every row once, in
// order, and an article split over two places must give no digests.
import { describe, expect, it } from "vitest";
import { RUN_CAP, articleRunDigests, forEachRun, runDigest } from "../../src/pagedata/articleRuns.js";

const runsOf = (rows: readonly unknown[]) => {
  const runs: Array<[number, number, string | undefined]> = [];
  forEachRun(rows, (start, end, article) => runs.push([start, end, article]));
  return runs;
};

describe("article runs", () => {
  it("cut the rows where the article changes, rows of no article at most RUN_CAP at a time", () => {
    const rows = [{ article: "a" }, { article: "a" }, { article: "b" }, { x: 1 }, { x: 2 }, { article: "a" }];
    expect(runsOf(rows)).toEqual([
      [0, 2, "a"],
      [2, 3, "b"],
      [3, 5, undefined],
      [5, 6, "a"],
    ]);
    expect(runsOf([])).toEqual([]);
    const plain = Array.from({ length: RUN_CAP + 3 }, (_, i) => ({ i }));
    expect(runsOf(plain)).toEqual([
      [0, RUN_CAP, undefined],
      [RUN_CAP, RUN_CAP + 3, undefined],
    ]);
  });

  it("digest each article's rows as one JSON array, and give none when an article comes back later", () => {
    const rows = [
      { article: "a", start: 1 },
      { article: "a", start: 5 },
      { article: "b", start: 2 },
    ];
    const digests = articleRunDigests(rows)!;
    expect([...digests.keys()]).toEqual(["a", "b"]);
    expect(digests.get("a")).toBe(runDigest('[{"article":"a","start":1},{"article":"a","start":5}]'));
    expect(digests.get("a")).toBe(runDigest(Buffer.from(JSON.stringify(rows.slice(0, 2)))));
    expect(articleRunDigests([...rows, { article: "a", start: 9 }])).toBeNull();
  });
});
