// What each item page (an actor's, an article's) is computed from, as one short key per item: two
// builds that give an item the same key give it the same page data, so a rebuild formats and writes
// only the items whose key changed (src/site/itemManifest.ts keeps the keys of the last build).
//
// An item page reads, besides constants of the code (the manifest is keyed on the code too):
//  - rows of the per-article tables (ITEM_TABLES) of some articles, with the article's own row and
//    the actor each quote's speaker stands for; how many rows of the tables
//    they only count (COUNTED_TABLES) each article has;
//  - the names and types of the actors those rows name (links and labels);
//  - for an actor, its own row; for an article, the articles it duplicates or that duplicate it.
// Not the citation numbers: item data cites an article by its id and the page numbers it at run time
// (src/components/citations.js), so an article added or deleted before it in file order changes no
// key (the articles' order, the file order, is in their rows). Not the stories (a new article
// regroups hundreds of articles' stories), central sentences,
// co-mentions or conflicts: no item page shows them. A page that comes to read one must add it here.
// So each article gets a digest of all of that (`articleDigest`), and an item's key is its own row
// plus the digests of every article it can read, in the tables' order. The tables' rows of one
// article are contiguous and in the articles' order (checked: where a table's are not, its rows'
// places in the table go into the digests too, so the keys stay exact, only less often equal).
import { createHash } from "node:crypto";
import type { PageContext } from "./context.js";
import { pushTo } from "../extract/util/groupBy.js";
import { articleRunDigests, forEachRun, type RunDigests, type TableRuns } from "./articleRuns.js";
import type { RowKeys } from "../extract/rowKeys.js";

/** The per-article tables item pages read (not the stories, central sentences, co-mentions or conflicts). */
export const ITEM_TABLES = ["mentions", "sentences", "quotes", "figures", "dates"] as const;
type ItemTable = (typeof ITEM_TABLES)[number];
/**
 * Per-article tables item pages only count (an article's page shows how many events it has): their
 * rows' content changes with other articles (an event's actors), its count does not.
 */
export const COUNTED_TABLES = ["events"] as const;

/** A row of a per-article table, as far as the keys look into it. */
type ArticleTableRow = { article: string; actor?: unknown; actors?: unknown; speaker?: unknown };

export interface ItemKeys {
  actors: Map<string, string>;
  articles: Map<string, string>;
}

const digestOf = (text: string) => createHash("sha1").update(text).digest("base64");

/**
 * Whether a table's rows are grouped by article in the articles' order; when they are not, where
 * each row is must be part of its article's digest.
 */
function inArticleOrder(rows: readonly ArticleTableRow[], place: Map<string, number>): boolean {
  let last = -1;
  let previous: unknown = undefined;
  for (const row of rows) {
    if (row.article === previous && last >= 0) continue; // the same article as the row before: the same place
    const at = place.get(row.article);
    if (at === undefined || at < last) return false; // a row of no article: its place counts too
    last = at;
    previous = row.article;
  }
  return true;
}

/**
 * Adds the actors a row names to its article's set in `named` (made at its first actor): its actor,
 * its actors, the actor its speaker stands for (`speaker`). No list per row (a million rows at 10,000 articles).
 */
function addNamedActors(named: Map<string, Set<string>>, row: ArticleTableRow, speaker: string | null): void {
  const actors = Array.isArray(row.actors) ? row.actors : null;
  if (typeof row.actor !== "string" && !actors?.length && speaker === null) return;
  let set = named.get(row.article);
  if (!set) named.set(row.article, (set = new Set()));
  if (typeof row.actor === "string") set.add(row.actor);
  if (actors) for (const id of actors) if (typeof id === "string") set.add(id);
  if (speaker !== null) set.add(speaker);
}

interface ArticleParts {
  /**
   * Per article: its rows as key text (tableTexts), table by table; for a table whose rows the row
   * keys hold (`keyed`), only its rows' speakers (speakerTexts).
   */
  rows: Map<string, string[]>;
  /** Per article: the actors its rows name. */
  named: Map<string, Set<string>>;
  /** Per actor: the articles whose rows name it (each once). */
  namedIn: Map<string, string[]>;
}

/** Each row's speaker as an actor id (null for none), or undefined when the table's rows name no speaker. */
function speakersOf(ctx: PageContext, rows: readonly ArticleTableRow[]): Array<string | null> | undefined {
  if (!rows.some((row) => typeof row.speaker === "string")) return undefined;
  return rows.map((row) => (typeof row.speaker === "string" ? (ctx.speaker(row.speaker)?.id ?? null) : null));
}

/**
 * Per article, its rows of one table as key text. In article order, its run's digest (articleRuns.ts:
 * `given` when made from these very rows) and its rows' speakers; else every row with its place in
 * the table and its speaker, as JSON.
 */
function tableTexts(rows: readonly ArticleTableRow[], ordered: boolean, speakers: Array<string | null> | undefined, given?: TableRuns) {
  const texts = new Map<string, string>();
  const made = given?.rows === rows ? given.digests : undefined;
  const digests = ordered ? (made ?? articleRunDigests(rows)) : null;
  if (digests) {
    forEachRun(rows, (start, end, article) => {
      // a run's speakers only when it has one: what other articles' rows hold must not change its text
      const run = speakers?.slice(start, end);
      const said = run?.some((speaker) => speaker !== null) ? JSON.stringify(run) : "";
      texts.set(article!, `${digests.get(article!)}${said}`);
    });
    return texts;
  }
  const pieces = new Map<string, string[]>();
  rows.forEach((row, i) => {
    const speaker = speakers?.[i] ?? null;
    let list = pieces.get(row.article);
    if (!list) pieces.set(row.article, (list = ["["]));
    else list.push(",");
    list.push(`[${i},`, JSON.stringify(row), speaker === null ? ",null]" : `,${JSON.stringify(speaker)}]`);
  });
  for (const [article, list] of pieces) texts.set(article, list.join("") + "]");
  return texts;
}

/**
 * Per article, the speakers of its rows of a table whose rows the article's row key holds: only
 * what the key does not (the actor each speaker stands for, which other articles' rows change),
 * when any of its rows has one.
 */
function speakerTexts(rows: readonly ArticleTableRow[], speakers: Array<string | null> | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  if (!speakers) return texts;
  forEachRun(rows, (start, end, article) => {
    const run = speakers.slice(start, end);
    if (run.some((speaker) => speaker !== null)) texts.set(article!, `k${JSON.stringify(run)}`);
  });
  return texts;
}

/**
 * One pass over each item table: each article's rows as key text, and who is named where. `keyed`:
 * every article's row key (rowKeys.ts), when each article of the articles table has one; a table
 * whose rows are all of such articles, in the articles' order, is then keyed by them (its rows are
 * not serialized), and so is the count of the counted tables' rows.
 */
function articleParts(ctx: PageContext, place: Map<string, number>, given?: RunDigests, keyed?: ReadonlyMap<string, string>): ArticleParts {
  const parts: ArticleParts = { rows: new Map(), named: new Map(), namedIn: new Map() };
  const textsOf = (article: string) => {
    let texts = parts.rows.get(article);
    if (!texts) parts.rows.set(article, (texts = []));
    return texts;
  };
  ITEM_TABLES.forEach((table: ItemTable, t) => {
    const rows = (ctx.tables[table] ?? []) as readonly ArticleTableRow[];
    const speakers = speakersOf(ctx, rows);
    rows.forEach((row, i) => addNamedActors(parts.named, row, speakers?.[i] ?? null));
    const ordered = inArticleOrder(rows, place);
    // in the articles' order, every row is of an article of the articles table: all have a row key
    const texts = keyed && ordered ? speakerTexts(rows, speakers) : tableTexts(rows, ordered, speakers, given?.get(table));
    for (const [article, text] of texts) textsOf(article)[t] = text;
  });
  COUNTED_TABLES.forEach((table, c) => {
    // the row keys hold how many rows of the table each article has
    if (keyed && inArticleOrder(ctx.tables[table] ?? [], place)) return;
    const counts = new Map<string, number>();
    for (const row of ctx.tables[table] ?? []) counts.set(row.article, (counts.get(row.article) ?? 0) + 1);
    for (const [article, count] of counts) textsOf(article)[ITEM_TABLES.length + c] = `${table}:${count}`;
  });
  return namedIn(parts);
}

/** Fills in who is named where from each article's named actors (a set: each (actor, article) pair once). */
function namedIn(parts: ArticleParts): ArticleParts {
  for (const [article, named] of parts.named) for (const id of named) pushTo(parts.namedIn, id, article);
  return parts;
}

/** The row keys when every article of the articles table has one (else the rows are serialized). */
function keysOfAll(place: Map<string, number>, rowKeys?: RowKeys): ReadonlyMap<string, string> | undefined {
  if (!rowKeys) return undefined;
  for (const id of place.keys()) if (!rowKeys.keys.has(id)) return undefined;
  return rowKeys.keys;
}

/** What the pages show of an actor they link to (an id without a row shows as the id). */
function actorRefKey(ctx: PageContext, id: string): string {
  const actor = ctx.actors.get(id);
  return JSON.stringify(actor ? [id, actor.name, actor.type] : [id]);
}

/**
 * Every article's digest: its row, its rows in the item tables (with
 * each quote's speaker as an actor), and the names and types of the actors those rows name. With
 * `rowKeys` (this build's, rowKeys.ts) an article's row, and its rows where they hold them, are its
 * row key and engine version (its text is not serialized again).
 */
export function articleDigests(
  ctx: PageContext,
  given?: RunDigests,
  rowKeys?: RowKeys,
): { digests: Map<string, string>; namedIn: Map<string, string[]> } {
  const place = new Map(ctx.tables.articles.map((a, i) => [a.id, i]));
  const keyed = keysOfAll(place, rowKeys);
  const parts = articleParts(ctx, place, given, keyed);
  const digests = new Map<string, string>();
  // each actor's reference once (an actor is named in thousands of articles)
  const refs = new Map<string, string>();
  const refOf = (actor: string) => {
    let ref = refs.get(actor);
    if (ref === undefined) refs.set(actor, (ref = actorRefKey(ctx, actor)));
    return ref;
  };
  // the articles, and any article rows name that the articles table does not hold (pages cite it by its id)
  for (const id of new Set([...place.keys(), ...parts.rows.keys()])) {
    const named = [...(parts.named.get(id) ?? [])].sort().map(refOf);
    // an article's row is made of its extraction and its duplicate (tables.ts, articleRows): its row key holds them
    const key = keyed?.get(id);
    const hash = createHash("sha1").update(
      key === undefined ? JSON.stringify(ctx.articles.get(id) ?? id) : `rows ${rowKeys!.version} ${key}`,
    );
    for (const rows of parts.rows.get(id) ?? []) hash.update(`\n${rows ?? ""}`);
    digests.set(id, hash.update(`\n${named.join("\n")}`).digest("base64"));
  }
  return { digests, namedIn: parts.namedIn };
}

/** Articles in the tables' order (ids the tables do not hold last, by id), each as its digest or its bare id. */
function digestsInOrder(articles: Iterable<string>, place: Map<string, number>, digests: Map<string, string>): string[] {
  const far = Number.MAX_SAFE_INTEGER;
  return [...new Set(articles)]
    .sort((x, y) => (place.get(x) ?? far) - (place.get(y) ?? far) || (x < y ? -1 : x > y ? 1 : 0))
    .map((id) => digests.get(id) ?? `no article ${JSON.stringify(id)}`);
}

/**
 * Each actor's and each article's key. An actor's page reads its row and the articles naming it
 * (mentions, quotes it speaks, figures about it, its row's articles); an article's page reads its
 * own rows and its duplicates' (and the article it duplicates). `given`: the item tables' run digests made before
 * (the keys are the same with or without it). `rowKeys`: this build's articles' row keys (rowKeys.ts):
 * then the rows they hold are not read again (other keys, as exact: a build without them computes
 * every item again).
 */
export function itemKeys(ctx: PageContext, given?: RunDigests, rowKeys?: RowKeys): ItemKeys {
  const { digests, namedIn } = articleDigests(ctx, given, rowKeys);
  const place = new Map(ctx.tables.articles.map((a, i) => [a.id, i]));
  const actors = new Map<string, string>();
  for (const actor of ctx.tables.actors) {
    const read = [...actor.articles, ...(namedIn.get(actor.id) ?? [])];
    actors.set(actor.id, digestOf(JSON.stringify([actor, digestsInOrder(read, place, digests)])));
  }
  const duplicates = new Map<string, string[]>();
  for (const a of ctx.tables.articles) if (a.duplicateOf) duplicates.set(a.duplicateOf, [...(duplicates.get(a.duplicateOf) ?? []), a.id]);
  const articles = new Map<string, string>();
  for (const a of ctx.tables.articles) {
    const related = [...(duplicates.get(a.id) ?? []), ...(a.duplicateOf ? [a.duplicateOf] : [])];
    articles.set(a.id, digestOf(JSON.stringify([digests.get(a.id), digestsInOrder(related, place, digests)])));
  }
  return { actors, articles };
}
