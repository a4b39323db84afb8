// Each article's word count as the sources page shows it, kept from one build to the next by the
// article's row key (src/extract/rowKeys.ts: its extraction, text included, under one engine
// version): counting them is a pass over every character of the folder, the largest part of the
// sources page's data, and a new article changes no other article's count.
import type { ArticleRow } from "../extract/types.js";
import type { RowKeys } from "../extract/rowKeys.js";
import { wordCount } from "./text.js";

export interface WordCounts {
  /** The article's word count (wordCount of its text): the kept one when its row key was counted before. */
  of(article: Pick<ArticleRow, "id" | "text">): number;
  /** This build's articles' counts (only theirs), by engine version and row key: what the next build keeps. */
  readonly next: Map<string, number>;
}

/**
 * Word counts taking those `kept` from an earlier build (by engine version and row key, see
 * `next`) for the articles whose row key this build's `rowKeys` give; any other article is counted.
 */
export function wordCounts(kept: ReadonlyMap<string, number>, rowKeys?: RowKeys): WordCounts {
  const next = new Map<string, number>();
  return {
    next,
    of(article) {
      const key = rowKeys?.keys.get(article.id);
      if (key === undefined) return wordCount(article.text);
      const memo = `${rowKeys!.version} ${key}`;
      let words = next.get(memo) ?? kept.get(memo);
      if (words === undefined) words = wordCount(article.text);
      next.set(memo, words);
      return words;
    },
  };
}
