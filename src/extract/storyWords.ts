// The stories' numbering of each article's content words, kept from one build for the next
// (joinMemo.ts): the words of the last build's features, by number, and each article's words as
// numbers into them, by the article's source (file and content hash, under the same engine version:
// the memo's reader checks it). An article's words are made from its own sentences only, so an
// article whose source is one of the last build's has those words; groupStories then numbers each
// distinct word of the folder once instead of every word of every article (analyze/stories.ts,
// countFeatures), and numbers them as it numbers them from the words themselves. Pure: the memo is
// given, the next one returned through the numbering.
import type { NumberedWords, WordNumbering } from "./analyze/stories.js";

export interface StoryWordMemo {
  /** The words the numbers stand for. */
  words: readonly string[];
  /** Per article source: its words as numbers into `words`, with how often each is written. */
  numbered: ReadonlyMap<string, NumberedWords>;
}

export const emptyStoryWordMemo = (): StoryWordMemo => ({ words: [], numbered: new Map() });

/** Whether a value read back is a StoryWordMemo. */
export const isStoryWordMemo = (value: unknown): value is StoryWordMemo =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as Partial<StoryWordMemo>).words) &&
  (value as Partial<StoryWordMemo>).numbered instanceof Map;

/**
 * The stories' numbering (StoryOptions) taking each article's numbered words from `last` by its
 * source, and the memo for the next build (filled when groupStories has numbered this build's words).
 */
export function storyWordNumbering(
  source: (id: string) => string,
  last: StoryWordMemo,
): { numbering: WordNumbering; next: () => StoryWordMemo } {
  let next = emptyStoryWordMemo();
  const numbering: WordNumbering = {
    words: last.words,
    of: (id) => last.numbered.get(source(id)),
    onNumbered: (words, numbered) => {
      const bySource = new Map<string, NumberedWords>();
      for (const [id, kept] of numbered) bySource.set(source(id), kept);
      next = { words, numbered: bySource };
    },
  };
  return { numbering, next: () => next };
}
