// The similarities of candidate duplicate pairs kept from one run for the next (ingest/duplicates.ts
// SimilarityMemo): a pair measured once is read back by its articles' sources, not measured again,
// and a run given the last run's memo finds what a run from nothing finds.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findDuplicates, type DuplicateInput, type SimilarityMemo } from "../../src/extract/ingest/duplicates.js";

const seed = (file: string) => readFileSync(resolve(__dirname, "../../seeds", file), "utf8");
const text = seed("003_fada45a71caf5c24.txt");
const words = text.split(" ");
words.splice(Math.floor(words.length / 2), 4, "four", "words", "written", "anew");
const articles: DuplicateInput[] = [
  { id: "first", text, hash: "h1", boilerplate: [] },
  { id: "other", text: seed("004_747b66184e54142f.txt"), hash: "h2", boilerplate: [] },
  { id: "near", text: words.join(" "), hash: "h3", boilerplate: [] },
];
const memo = (last: ReadonlyMap<string, number>, hashes = articles.map((a) => a.hash)): SimilarityMemo => ({
  source: (i) => `${articles[i].id}.txt\0${hashes[i]}`,
  last,
  next: new Map(),
});

describe("kept similarities of duplicate candidates", () => {
  it("are measured once, then read back, with the same duplicates found", () => {
    const first = memo(new Map());
    expect([...findDuplicates(articles, {}, [], first)]).toEqual([["near", "first"]]);
    expect([...findDuplicates(articles)]).toEqual([["near", "first"]]);
    // the pair compared, keyed by shingle size and the two sources (earlier article first)
    const [[key, similarity]] = [...first.next];
    expect(key).toBe("5\nfirst.txt\0h1\nnear.txt\0h3");
    expect(similarity).toBeGreaterThan(0.8);
    expect(similarity).toBeLessThan(1);
    const second = memo(first.next);
    expect([...findDuplicates(articles, {}, [], second)]).toEqual([["near", "first"]]);
    expect([...second.next]).toEqual([...first.next]);
  });

  it("are taken as kept: a pair's kept similarity decides it, and one kept for other bytes is not read", () => {
    const apart = new Map([["5\nfirst.txt\0h1\nnear.txt\0h3", 0.1]]);
    expect(findDuplicates(articles, {}, [], memo(apart)).size).toBe(0);
    // the near copy's bytes changed (another hash): the kept similarity is another pair's, measured again
    const changed = memo(apart, ["h1", "h2", "h3b"]);
    expect([...findDuplicates(articles, {}, [], changed)]).toEqual([["near", "first"]]);
    expect([...changed.next.keys()]).toEqual(["5\nfirst.txt\0h1\nnear.txt\0h3b"]);
  });
});
