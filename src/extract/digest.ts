// What the folder-wide joins need of one article that depends on that article alone: its duplicate
// digest (ingest/duplicates.ts), its counted content words (analyze/stories.ts) and its own part of
// actor resolution (resolve/ownActors.ts). Made once, when
// the article is extracted, and cached with its extraction, so that a rebuild does not read every
// article's text again for them; the joins make any digest they are not given. Pure.
import type { ArticleExtraction } from "./types.js";
import { duplicateDigest, type DuplicateDigest } from "./ingest/duplicates.js";
import { wordCounts, type WordCounts } from "./analyze/stories.js";
import { ownActors, type OwnActors } from "./resolve/ownActors.js";

/**
 * As cached: the band keys and the words each joined into one string (a cache entry is parsed on
 * every build, and one string parses much faster than a hundred; neither has the separator in it).
 */
export interface ArticleDigest {
  duplicates: Omit<DuplicateDigest, "bands"> & { bands: string };
  words: { words: string; counts: number[] };
  actors: OwnActors;
}

export function articleDigest(x: ArticleExtraction): ArticleDigest {
  const { bands, ...duplicates } = duplicateDigest(x.article);
  const { words, counts } = wordCounts(x.sentences);
  const actors = ownActors({ text: x.article.text, mentions: x.actors });
  return { duplicates: { ...duplicates, bands: bands.join(" ") }, words: { words: words.join(" "), counts }, actors };
}

/** The duplicate digest of a cached digest. */
export const duplicatesOf = ({ duplicates: d }: ArticleDigest): DuplicateDigest => ({ ...d, bands: d.bands ? d.bands.split(" ") : [] });

/** The counted words of a cached digest. */
export const wordsOf = ({ words: w }: ArticleDigest): WordCounts => ({ words: w.words ? w.words.split(" ") : [], counts: w.counts });
