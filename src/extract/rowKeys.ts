// Per article, a key of everything its rows in the per-article tables are made of (ROW_KEY_TABLES),
// so that a later step can tell an article whose rows are the same as in the last build without
// making them again (the tables' snapshot hands such an article's bytes over: site/tableSnapshot.ts).
// What each table's rows of an article read (tables.ts):
// - dates, sentences: the article's extraction (its file and content, under one engine version) and its id;
// - mentions: those and, per mention, the actor it resolved to and its place among the article's
//   mentions (the resolver orders mentions at one offset by cluster: the order is in the key);
// - figures, quotes, events: the extraction, the id and the article's mentions (actor, offsets);
// - every one: whether the article is a duplicate (a duplicate has no rows but its sentences).
// The engine's version is not in the key: whoever keeps keys keeps them under the version.
import { createHash } from "node:crypto";
import type { ArticleExtraction, MentionRow } from "./types.js";

/** The tables whose rows of an article are all in its key. */
export const ROW_KEY_TABLES = ["mentions", "dates", "figures", "quotes", "events", "sentences"] as const;

/** One article's key (SHA-1, base64) from its extraction's source, its id, its duplicate and its mention rows in order. */
export function articleRowKey(
  article: Pick<ArticleExtraction["article"], "id" | "file" | "hash">,
  duplicateOf: string | undefined,
  mentions: readonly MentionRow[],
): string {
  const parts = [article.id, article.file, article.hash, duplicateOf ?? ""];
  for (const m of mentions) parts.push(`${m.actor}\u0001${m.start}\u0001${m.end}\u0001${m.text}\u0001${m.sentence ?? ""}`);
  return createHash("sha1").update(parts.join("\0")).digest("base64");
}

/** Every article's key, by its id (`mentionsOf`: each article's mention rows, in the table's order). */
export function articleRowKeys(
  articles: readonly ArticleExtraction[],
  duplicates: ReadonlyMap<string, string>,
  mentionsOf: ReadonlyMap<string, readonly MentionRow[]>,
): Map<string, string> {
  return new Map(
    articles.map(({ article }) => [article.id, articleRowKey(article, duplicates.get(article.id), mentionsOf.get(article.id) ?? [])]),
  );
}

/** The row keys of one build, with the engine version they were made under. */
export interface RowKeys {
  version: string;
  keys: ReadonlyMap<string, string>;
}
