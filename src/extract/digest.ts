// What the folder-wide joins need of one article that depends on that article alone: its duplicate
// digest (ingest/duplicates.ts) and its counted content words (analyze/stories.ts). Made once, when
// the article is extracted, and cached with its extraction, so that a rebuild does not read every
// article's text again for them; the joins make any digest they are not given. Pure.
import type { ArticleExtraction } from "./types.js";
import { duplicateDigest, type DuplicateDigest } from "./ingest/duplicates.js";
import { wordCounts, type WordCounts } from "./analyze/stories.js";

export interface ArticleDigest {
  duplicates: DuplicateDigest;
  words: WordCounts;
}

export function articleDigest(x: ArticleExtraction): ArticleDigest {
  return { duplicates: duplicateDigest(x.article), words: wordCounts(x.sentences) };
}
