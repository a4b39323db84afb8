// The tables' snapshot hands over the runs of articles whose row keys are the last build's
// (tableSnapshot.ts, runIndex.ts): the files, their hashes and the item tables' digests equal a
// snapshot made from nothing, and an index that does not describe its file exactly is not used.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { snapshotHashes, writeTableSnapshot } from "../src/site/tableSnapshot.js";
import { tableFile } from "../src/site/tableFiles.js";
import { runIndexFile } from "../src/site/runIndex.js";
import { runDigest, type TableRuns } from "../src/pagedata/articleRuns.js";
import type { RowKeys } from "../src/extract/rowKeys.js";
import type { Tables } from "../src/extract/types.js";
import { emptyTables } from "./helpers/emptyTables.js";

const AS_OF = Date.UTC(2024, 4, 3, 12, 0, 0);
const TABLES = ["mentions", "sentences"] as const;

/** Articles a, b, c, each with `n` mentions and two sentences; `said` changes what b's sentences say (not "é": UTF-8 of two bytes). */
function tables(said = "é"): Tables {
  const ids = ["a", "b", "c"];
  return {
    ...emptyTables(),
    articles: ids.map((id) => ({ id, file: `${id}.txt`, title: id.toUpperCase(), text: "" })),
    actors: [],
    mentions: ids.flatMap((article, k) =>
      Array.from({ length: 3 + k }, (_, i) => ({ actor: `x${i}`, article, start: i * 4, end: i * 4 + 3, text: "Ça\u2028", sentence: 0 })),
    ),
    sentences: ids.flatMap((article) =>
      [0, 1].map((index) => ({
        article,
        index,
        start: index * 20,
        end: index * 20 + 19,
        text: `${article} ${article === "b" ? said : "é"} ${index}`,
      })),
    ),
  } as unknown as Tables;
}

const keys = (b = "b1", version = "v1"): RowKeys => ({
  version,
  keys: new Map([
    ["a", "a1"],
    ["b", b],
    ["c", "c1"],
  ]),
});

function site(): { root: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "briefing-handover-"));
  mkdirSync(join(dir, "src"), { recursive: true });
  return { root: join(dir, "src"), cache: join(dir, "cache") };
}

/** A snapshot of `t` (mentions and sentences) in `at`: the files' text, their hashes, the item tables' digests. */
function snapshot(at: { root: string; cache: string }, t: Tables, rowKeys?: RowKeys) {
  const into = new Map<string, TableRuns>();
  writeTableSnapshot(t, at.root, AS_OF, at.cache, { tables: [...TABLES], into }, [...TABLES], rowKeys);
  const hashes = snapshotHashes(at.cache);
  return {
    files: TABLES.map((table) => readFileSync(tableFile(table, at.cache), "utf8")),
    hashes: TABLES.map((table) => hashes[table]),
    digests: TABLES.map((table) => [...(into.get(table)?.digests ?? [])]),
  };
}

/** A snapshot made from nothing (no keys, no last file). */
const fromNothing = (t: Tables) => snapshot(site(), t);

describe("the tables' snapshot handing over unchanged articles' runs", () => {
  it("equals a snapshot made from nothing, bytes, hashes and digests, after an article changed", () => {
    const kept = site();
    expect(snapshot(kept, tables(), keys())).toEqual(fromNothing(tables()));
    const changed = snapshot(kept, tables("changed"), keys("b2"));
    expect(changed).toEqual(fromNothing(tables("changed")));
    expect(JSON.parse(changed.files[1]).filter((s: { article: string }) => s.article === "b")[0].text).toBe("b changed 0");
    // and the digests are those of each article's rows
    const b = tables("changed").mentions.filter((m) => m.article === "b");
    expect(new Map(changed.digests[0]).get("b")).toBe(runDigest(JSON.stringify(b)));
  });

  it("takes an article's run from the last file when its key is the same (its rows are not made again)", () => {
    const kept = site();
    snapshot(kept, tables(), keys());
    // b's rows changed but its key did not: the run is the last file's (a key changes with its rows in a build)
    const handed = snapshot(kept, tables("changed"), keys("b1"));
    expect(handed.files[1]).toBe(fromNothing(tables()).files[1]);
    expect(handed.hashes).toEqual(fromNothing(tables()).hashes);
  });

  it("makes every run again when the index is another version's, partial, corrupt, or its file changed", () => {
    const spoil: Record<string, (cache: string) => RowKeys> = {
      "another version": () => keys("b1", "v2"),
      "a partial index": (cache) => {
        const index = runIndexFile(tableFile("sentences", cache));
        writeFileSync(index, readFileSync(index, "utf8").slice(0, 60));
        return keys();
      },
      "runs that do not tile the file": (cache) => {
        const index = runIndexFile(tableFile("sentences", cache));
        const parsed = JSON.parse(readFileSync(index, "utf8"));
        [parsed.runs[0][2], parsed.runs[1][2]] = [parsed.runs[0][2] + 1, parsed.runs[1][2] - 1];
        writeFileSync(index, JSON.stringify(parsed));
        return keys();
      },
      "offsets moved, its checksum kept": (cache) => {
        const index = runIndexFile(tableFile("sentences", cache));
        writeFileSync(
          index,
          readFileSync(index, "utf8").replace(/,(\d+),/, (_, n) => `,${Number(n) + 1},`),
        );
        return keys();
      },
      "a file changed under it": (cache) => {
        const file = tableFile("sentences", cache);
        writeFileSync(file, readFileSync(file, "utf8").replace("a é 0", "a e 0"));
        return keys();
      },
    };
    for (const [what, spoilIt] of Object.entries(spoil)) {
      const kept = site();
      snapshot(kept, tables(), keys());
      // b's rows changed, its key did not: a run handed over would keep its old text
      const made = snapshot(kept, tables("changed"), spoilIt(kept.cache));
      expect(made.files[1], what).toBe(fromNothing(tables("changed")).files[1]);
      expect(made.hashes[1], what).toBe(fromNothing(tables("changed")).hashes[1]);
    }
  });

  it("writes no index without row keys, and removes the last one when it writes the file", () => {
    const kept = site();
    snapshot(kept, tables(), keys());
    expect(JSON.parse(readFileSync(runIndexFile(tableFile("mentions", kept.cache)), "utf8")).runs).toHaveLength(3);
    snapshot(kept, tables("changed"));
    expect(() => readFileSync(runIndexFile(tableFile("sentences", kept.cache)))).toThrow(/ENOENT/);
    // the next snapshot with keys makes every run (b's new text stays)
    expect(snapshot(kept, tables("changed"), keys("b1")).files[1]).toBe(fromNothing(tables("changed")).files[1]);
  });
});
