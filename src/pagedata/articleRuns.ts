// The rows of a per-article table in runs: consecutive rows of the same article, each run's JSON
// (JSON.stringify of its rows, as one array) made and hashed once. The tables' snapshot writes a
// table run by run (src/site/tableSnapshot.ts) and keeps the item tables' digests, which the item
// keys (itemKeys.ts) read instead of serializing every row a second time; without them the keys
// make the same digests from the rows.
import { createHash } from "node:crypto";

/** Rows of a run without a string `article` (rows of no article, tables of another kind) are cut at this many. */
export const RUN_CAP = 4096;

/** The SHA-1 (base64) of a run's JSON, as a string or as its UTF-8 bytes (the same digest). */
export const runDigest = (json: string | Buffer) => createHash("sha1").update(json).digest("base64");

/** A table's rows' article, when it is a string. */
const articleOf = (row: unknown): string | undefined => {
  const article = (row as { article?: unknown } | null)?.article;
  return typeof article === "string" ? article : undefined;
};

/**
 * Calls `each(start, end, article)` for every run of consecutive rows whose `article` is the same
 * string (`article`: that string), and for runs of up to RUN_CAP rows without one (`undefined`).
 */
export function forEachRun(rows: readonly unknown[], each: (start: number, end: number, article: string | undefined) => void): void {
  let start = 0;
  let current = rows.length ? articleOf(rows[0]) : undefined;
  for (let i = 1; i <= rows.length; i++) {
    const article = i < rows.length ? articleOf(rows[i]) : undefined;
    const cut = i === rows.length || article !== current || (current === undefined && i - start >= RUN_CAP);
    if (!cut) continue;
    each(start, i, current);
    start = i;
    current = article;
  }
}

/**
 * Per article, the digest of its rows' JSON (runDigest of JSON.stringify of its run), when each
 * article's rows are one run; null when an article's rows are in two places of the table.
 */
export function articleRunDigests(rows: readonly unknown[]): Map<string, string> | null {
  const digests = new Map<string, string>();
  let contiguous = true;
  forEachRun(rows, (start, end, article) => {
    if (article === undefined || !contiguous) return;
    if (digests.has(article)) contiguous = false;
    else digests.set(article, runDigest(JSON.stringify(rows.slice(start, end))));
  });
  return contiguous ? digests : null;
}

/**
 * The item tables' run digests the snapshot made, by table: `rows` is the array they were made
 * from (the keys use them only for that very array), `digests` null when not one run per article.
 */
export type RunDigests = ReadonlyMap<string, TableRuns>;
export interface TableRuns {
  rows: readonly unknown[];
  digests: ReadonlyMap<string, string> | null;
}
