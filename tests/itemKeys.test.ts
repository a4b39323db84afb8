// Item keys (src/pagedata/itemKeys.ts): an item whose page data changes must get a new key (a
// rebuild would otherwise publish its old data), and one whose inputs did not change keeps its key
// (a rebuild links it). Each case changes one dependency of some items on the seeds' tables.
import { appendFileSync, cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFolder } from "../src/extract/index.js";
import type { Tables } from "../src/extract/types.js";
import { PROJECT_ROOT } from "../src/extract/cache.js";
import { citationOrder, pageContext, siteData } from "../src/pagedata/index.js";
import { numberCitations } from "../src/components/citations.js";
import type { ActorPage } from "../src/pagedata/actor.js";
import type { ArticlePage } from "../src/pagedata/article.js";
import { COUNTED_TABLES, ITEM_TABLES, itemKeys } from "../src/pagedata/itemKeys.js";
import { articleRunDigests, type RunDigests, type TableRuns } from "../src/pagedata/articleRuns.js";
import { writeTableSnapshot } from "../src/site/tableSnapshot.js";
import type { RowKeys } from "../src/extract/rowKeys.js";
import { extractWithRowKeys } from "./helpers/extractWithRowKeys.js";

let dir: string;
let t: Tables;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "itemkeys-test-"));
  t = await extractFolder(join(PROJECT_ROOT, "seeds"), { cacheDir: dir, workers: 1 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every item's data and key, by "kind/id" (`rowKeys`: the extraction's, for the keys). */
function items(tables: Tables, rowKeys?: RowKeys): Map<string, { json: string; key: string }> {
  const out = new Map<string, { json: string; key: string }>();
  for (const item of siteData(pageContext(tables), { folder: "seeds" }, undefined, rowKeys).items)
    out.set(`${item.kind}/${item.id}`, { json: item.json, key: item.key });
  return out;
}

/** Items whose data changed and items whose key changed between two versions of the tables. */
function compare(before: Tables, after: Tables) {
  const a = items(before);
  const b = items(after);
  const dataChanged = [...b].filter(([id, x]) => a.get(id)?.json !== x.json).map(([id]) => id);
  const keyChanged = [...b].filter(([id, x]) => a.get(id)?.key !== x.key).map(([id]) => id);
  return { dataChanged, keyChanged, after: b };
}

/** The tables without one article and its rows (as a build of the folder without its file would join them, the actors aside). */
function without(tables: Tables, article: string): Tables {
  const c = structuredClone(tables);
  c.articles = c.articles.filter((a) => a.id !== article);
  for (const table of [...ITEM_TABLES, ...COUNTED_TABLES])
    (c[table] as Array<{ article: string }>) = (c[table] as Array<{ article: string }>).filter((r) => r.article !== article);
  c.actors = c.actors.map((a) => ({ ...a, articles: a.articles.filter((id) => id !== article) }));
  return c;
}

const changed = (edit: (t: Tables) => void): Tables => {
  const copy = structuredClone(t);
  edit(copy);
  return copy;
};
const actorData = (all: Map<string, { json: string }>, id: string) => JSON.parse(all.get(`actors/${id}`)!.json) as ActorPage;
const articleData = (all: Map<string, { json: string }>, id: string) => JSON.parse(all.get(`articles/${id}`)!.json) as ArticlePage;

describe("item keys", () => {
  it("are the same for the same tables, and one per item", () => {
    const a = items(t);
    const b = items(structuredClone(t));
    expect(b.size).toBe(t.actors.length + t.articles.length);
    for (const [id, x] of a) expect(b.get(id)!.key).toBe(x.key);
    expect(new Set([...a.values()].map((x) => x.key)).size).toBe(a.size);
  });

  it("are the same when the run digests are given (as the tables' snapshot makes them), and ignore digests of other rows", () => {
    const ctx = pageContext(t);
    const plain = itemKeys(ctx);
    const root = mkdtempSync(join(dir, "root-"));
    const runs = new Map<string, TableRuns>();
    writeTableSnapshot(t, root, 0, join(dir, "snapshot"), { tables: ITEM_TABLES, into: runs });
    expect([...runs.keys()].sort()).toEqual([...ITEM_TABLES].sort());
    for (const table of ITEM_TABLES) expect(runs.get(table)!.digests, table).not.toBeNull();
    expect(runs.get("mentions")!.digests!.size).toBe(new Set(t.mentions.map((m) => m.article)).size);
    expect(itemKeys(ctx, runs)).toEqual(plain);
    // digests made from other rows (a copy, edited) are not used
    const other = structuredClone(t.quotes).map((q) => ({ ...q, text: "edited" }));
    const stale: RunDigests = new Map([["quotes", { rows: other, digests: articleRunDigests(other) }]]);
    expect(itemKeys(ctx, stale)).toEqual(plain);
  });

  it("stay the same for the other articles when an earlier article's number moves: the page numbers them", () => {
    const first = t.articles[0].id;
    const second = t.articles[1].id;
    // the first file now sorts last: every other article's [n] drops by one
    const moved = changed((c) => (c.articles[0].file = "zzz-last.txt"));
    const { dataChanged, keyChanged, after } = compare(t, moved);
    const order = citationOrder(pageContext(moved));
    expect(order[0]).toBe(second);
    expect(order[order.length - 1]).toBe(first);
    expect(numberCitations(articleData(after, second), order).article.n).toBe(1);
    expect(numberCitations(articleData(after, first), order).article.n).toBe(t.articles.length);
    expect(numberCitations(actorData(after, "niger"), order).overTime.find((o) => o.id === second)!.n).toBe(1);
    // the data cites by id: only the moved article's own data (its file) and the actors citing it change
    expect(articleData(after, second).article).toMatchObject({ id: second, cite: second });
    expect(articleData(after, second).article).not.toHaveProperty("n");
    expect(dataChanged).not.toContain(`articles/${second}`);
    expect(keyChanged).not.toContain(`articles/${second}`);
    expect(keyChanged).toContain(`articles/${first}`);
    expect(keyChanged).toContain("actors/niger"); // cites the moved article, whose file is in its data
    for (const id of dataChanged) expect(keyChanged).toContain(id);
  });

  it("stay the same for every item that does not read a deleted article", () => {
    const gone = t.articles[0].id;
    const { dataChanged, keyChanged, after } = compare(t, without(t, gone));
    const readers = new Set(t.mentions.filter((m) => m.article === gone).map((m) => `actors/${m.actor}`));
    for (const a of t.actors) if (a.articles.includes(gone)) readers.add(`actors/${a.id}`);
    // every other article keeps its data and key, and so does every actor it never named
    for (const a of t.articles.slice(1)) {
      expect(keyChanged).not.toContain(`articles/${a.id}`);
      expect(dataChanged).not.toContain(`articles/${a.id}`);
    }
    const others = t.actors.filter((a) => !readers.has(`actors/${a.id}`));
    expect(others.length).toBeGreaterThan(0);
    for (const a of others) expect(keyChanged).not.toContain(`actors/${a.id}`);
    expect(after.has(`articles/${gone}`)).toBe(false);
    for (const id of dataChanged) expect(keyChanged).toContain(id);
  });

  it("stay the same for an article whose quotes have no speaker when the article whose quotes have one goes", () => {
    // the last article takes the second half of the quotes, with no speaker; the first half keeps theirs
    const quoted = t.quotes[0].article;
    const last = t.articles.at(-1)!.id;
    expect(quoted).not.toBe(last);
    const moved = changed((c) => {
      const half = Math.floor(c.quotes.length / 2);
      c.quotes = [...c.quotes.slice(0, half), ...c.quotes.slice(half).map((q) => ({ ...q, article: last, speaker: null }))];
    });
    expect(moved.quotes.some((q) => q.article === quoted && q.speaker !== null)).toBe(true);
    const { dataChanged, keyChanged } = compare(moved, without(moved, quoted));
    expect(dataChanged).not.toContain(`articles/${last}`);
    expect(keyChanged).not.toContain(`articles/${last}`);
  });

  it("change for the actors listing a co-actor whose name changed, and show the new name", () => {
    const withMiller = [...items(t)].filter(
      ([id, x]) => id.startsWith("actors/") && (JSON.parse(x.json) as ActorPage).coActors.some((c) => c.id === "matt-miller"),
    );
    expect(withMiller.length).toBeGreaterThan(0);
    const { dataChanged, keyChanged, after } = compare(
      t,
      changed((c) => (c.actors.find((a) => a.id === "matt-miller")!.name = "Matthew Miller")),
    );
    for (const [id] of withMiller) {
      expect(keyChanged).toContain(id);
      const page = JSON.parse(after.get(id)!.json) as ActorPage;
      expect(page.coActors.find((c) => c.id === "matt-miller")!.name).toBe("Matthew Miller");
    }
    // his quotes' speaker on the article page too
    const fada = t.articles.find((a) => a.id.startsWith("003_"))!.id;
    expect(keyChanged).toContain(`articles/${fada}`);
    expect(articleData(after, fada).quotes.filter((q) => q.speaker === "Matthew Miller").length).toBeGreaterThan(0);
    for (const id of dataChanged) expect(keyChanged).toContain(id);
  });

  it("change for the actor a quote's speaker comes to stand for, which then lists the quote", () => {
    const index = t.quotes.findIndex((q) => q.speaker === null && q.text.includes("The junta appears"));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(actorData(items(t), "france").quotesBy.some((q) => q.text.includes("The junta appears"))).toBe(false);
    const { dataChanged, keyChanged, after } = compare(
      t,
      changed((c) => (c.quotes[index].speaker = "France")),
    );
    expect(keyChanged).toContain("actors/france");
    expect(actorData(after, "france").quotesBy.some((q) => q.text.includes("The junta appears"))).toBe(true);
    for (const id of dataChanged) expect(keyChanged).toContain(id);
  });

  it("change for every item whose data changes when rows of any item table change or move", () => {
    for (const table of [...ITEM_TABLES, ...COUNTED_TABLES]) {
      // the sentences stay in place (mentions point at them by index): their texts change
      const edits: Array<(c: Tables) => void> =
        table === "sentences"
          ? [(c) => c.sentences.forEach((s, i) => i % 7 === 3 && (s.text = `${s.text} (edited)`))]
          : [(c) => (c[table] as unknown[]).reverse(), (c) => (c[table] as unknown[]).splice(0, 1)];
      for (const edit of edits) {
        const { dataChanged, keyChanged } = compare(t, changed(edit));
        for (const id of dataChanged) expect(keyChanged, table).toContain(id);
      }
    }
  });

  it("follow the rows of an article the articles table does not hold (its actors' pages cite it by id)", () => {
    // two of Niger's mentions in an article "gone", at the end of the table
    const orphan = changed((c) => {
      const gone = c.mentions.filter((m) => m.actor === "niger").slice(0, 2);
      c.mentions = [...c.mentions.filter((m) => !gone.includes(m)), ...gone.map(({ sentence: _s, ...m }) => ({ ...m, article: "gone" }))];
    });
    // one more mention there: the page counts three
    const moved = structuredClone(orphan);
    moved.mentions.push({ ...moved.mentions[moved.mentions.length - 1] });
    const { dataChanged, keyChanged } = compare(orphan, moved);
    expect(dataChanged).toContain("actors/niger");
    expect(actorData(items(moved), "niger").overTime.find((o) => o.id === "gone")!.count).toBe(3);
    for (const id of dataChanged) expect(keyChanged).toContain(id);
  });

  it("change for an article whose number of events changes, not for changes inside its events", () => {
    const id = t.events[0].article;
    const edited = compare(
      t,
      changed((c) => c.events.forEach((e) => (e.actors = [...e.actors].reverse().concat("someone-else")))),
    );
    expect(edited.dataChanged).toEqual([]);
    expect(edited.keyChanged).toEqual([]);
    const fewer = compare(
      t,
      changed((c) => c.events.splice(0, 1)),
    );
    expect(fewer.keyChanged).toContain(`articles/${id}`);
    expect(articleData(fewer.after, id).events).toBe(t.events.filter((e) => e.article === id).length - 1);
    for (const item of fewer.dataChanged) expect(fewer.keyChanged).toContain(item);
  });

  it("stay the same when only what no item page shows changes (stories, central sentences)", () => {
    const { dataChanged, keyChanged } = compare(
      t,
      changed((c) => {
        c.stories = c.stories.map((s, i) => ({ ...s, id: `story-${c.stories.length - i}` })).reverse();
        c.central = [];
        c.comentions = [];
      }),
    );
    expect(dataChanged).toEqual([]);
    expect(keyChanged).toEqual([]);
  });

  it("with the row keys, change for every item whose data changes when articles are added, edited and deleted", async () => {
    // a copy of the seeds, extracted before and after: one article edited (a sentence naming actors
    // of other articles), one deleted, one added (a copy of another under a new name)
    const folder = mkdtempSync(join(dir, "folder-"));
    cpSync(join(PROJECT_ROOT, "seeds"), folder, { recursive: true });
    const extract = async () => {
      const extracted = await extractWithRowKeys(folder, join(dir, "cache-row-keys"));
      expect(extracted.rowKeys.keys.size).toBe(extracted.tables.articles.length);
      return extracted;
    };
    const before = await extract();
    const [first, second, third] = before.tables.articles.map((a) => a.file);
    appendFileSync(join(folder, first), "\n\nFrance and the United States said on Friday that Matt Miller would travel to Niamey.\n");
    unlinkSync(join(folder, second));
    writeFileSync(join(folder, "zz-copy.txt"), before.tables.articles.find((a) => a.file === third)!.text);
    const after = await extract();
    const a = items(before.tables, before.rowKeys);
    const b = items(after.tables, after.rowKeys);
    // the same tables and row keys give the same keys; the plain keys are another set (a build without row keys recomputes)
    expect([...items(after.tables, after.rowKeys)].map(([id, x]) => [id, x.key])).toEqual([...b].map(([id, x]) => [id, x.key]));
    expect(items(after.tables).get("actors/niger")!.key).not.toBe(b.get("actors/niger")!.key);
    const dataChanged = [...b].filter(([id, x]) => a.get(id)?.json !== x.json).map(([id]) => id);
    const keyChanged = [...b].filter(([id, x]) => a.get(id)?.key !== x.key).map(([id]) => id);
    expect(dataChanged).toContain("actors/matt-miller");
    expect(dataChanged.length).toBeGreaterThan(2);
    for (const id of dataChanged) expect(keyChanged).toContain(id);
    // an article none of the three touch keeps its key
    const kept = after.tables.articles.find((x) => ![first, second, third, "zz-copy.txt"].includes(x.file))!;
    expect(keyChanged).not.toContain(`articles/${kept.id}`);
  }, 60_000);
});
