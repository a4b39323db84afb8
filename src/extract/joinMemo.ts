// What the folder-wide joins keep from one build for the next (written with the per-article cache,
// one file per articles folder and engine version: cache.ts): the story rows by their stories'
// inputs (storyRows.ts) and the similarities of the candidate duplicate pairs compared
// (ingest/duplicates.ts), what the stories take of each article alone (storyInputs.ts) and how they numbered each article's words (storyWords.ts). Each is keyed by what it is made of, so a build that takes from it makes
// the tables a build from nothing makes; a build only reads the last one and writes its own.
import type { StoryMemo } from "./storyRows.js";
import { emptyStoryInputMemo, isStoryInputMemo, type StoryInputMemo } from "./storyInputs.js";
import { emptyStoryWordMemo, isStoryWordMemo, type StoryWordMemo } from "./storyWords.js";

export interface JoinMemo {
  stories: StoryMemo;
  /** Shingle similarity of a pair of articles, keyed by the pair's sources (duplicates.ts SimilarityMemo). */
  similarity: ReadonlyMap<string, number>;
  /** Each article's opening, background sentences and time for the stories, by its source. */
  storyInputs: StoryInputMemo;
  /** The stories' words and each article's words as numbers into them, by its source (storyWords.ts). */
  storyWords: StoryWordMemo;
}

/** A memo with nothing kept: the first build of a folder, or one after the engine changed. */
export const emptyJoinMemo = (): JoinMemo => ({
  stories: new Map(),
  similarity: new Map(),
  storyInputs: emptyStoryInputMemo(),
  storyWords: emptyStoryWordMemo(),
});

/** The memo a file held, if it is one (a file of an older layout is not: nothing is taken from it). */
export function asJoinMemo(value: unknown): JoinMemo | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { stories, similarity, storyInputs, storyWords } = value as Partial<JoinMemo>;
  return stories instanceof Map && similarity instanceof Map && isStoryInputMemo(storyInputs) && isStoryWordMemo(storyWords)
    ? { stories, similarity, storyInputs, storyWords }
    : undefined;
}
