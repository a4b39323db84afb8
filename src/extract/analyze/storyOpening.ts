// Where an article's opening ends, for the stories table: the opening sentences are where a report
// says who its event involves and when it happened (storyCast.ts, storyTime.ts). A line above the
// story that is not a sentence of it (a dateline "August 7, 1998", a byline "By Jane Doe, Reuters",
// a place "NAIROBI, Kenya") is not one of them: otherwise a web page that writes its date as its
// first line would have one opening sentence fewer than the same report with a declared date.
// A sentence of the story has lower-case words of its own ("bombs exploded outside the embassies").
// Pure: rows in, numbers out.
import type { SentenceRow } from "../types.js";

/** Opening sentences: where an article says who its event involves and when it happened (storyCast.ts, storyTime.ts). */
export const OPENING_SENTENCES = 2;
/** A sentence with fewer lower-case words than this is a line above the story, not its opening. */
const LEAST_LOWER_WORDS = 3;
/** Lines above the story an opening may pass over, at most (a headline-only page has no opening beyond them). */
const LINES_ABOVE = 3;

const lowerWords = (text: string) => text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu)?.length ?? 0;

/** Each article's opening: the index of its `count`-th sentence of the story, and where that sentence ends. */
export interface Opening {
  /** The first sentence of the story, its lead (-1: none): the first with LEAST_LOWER_WORDS lower-case words. */
  first: number;
  /** The last opening sentence's index (-1: none). */
  last: number;
  /** The offset where the opening ends (-1: none). */
  end: number;
}

/**
 * The opening of each article (in `articles` order): its first `count` sentences that have
 * LEAST_LOWER_WORDS lower-case words, and any shorter lines before or between them (LINES_ABOVE at
 * most). `sentences` are in
 * article and text order, as the sentences table has them.
 */
export function articleOpenings(articles: readonly string[], sentences: readonly SentenceRow[], count: number): Opening[] {
  const index = new Map(articles.map((id, i) => [id, i]));
  const out = articles.map(() => ({ first: -1, last: -1, end: -1 }));
  const taken = new Int32Array(articles.length);
  for (const s of sentences) {
    const i = index.get(s.article);
    if (i === undefined || taken[i] >= count || s.index >= count + LINES_ABOVE) continue;
    const ofStory = lowerWords(s.text) >= LEAST_LOWER_WORDS;
    if (ofStory) taken[i]++;
    const first = ofStory && out[i].first < 0 ? s.index : out[i].first;
    out[i] = { first, last: Math.max(out[i].last, s.index), end: Math.max(out[i].end, s.end) };
  }
  return out;
}
