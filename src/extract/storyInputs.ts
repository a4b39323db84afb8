// What the stories take of each article alone, kept from one build for the next (joinMemo.ts): its
// opening (analyze/storyOpening.ts), which of its sentences are background (analyze/storyBackground.ts)
// and its time (analyze/storyTime.ts). Each is made from the article's own rows only (its sentences,
// dates and own date), so an article whose source (file and content hash, under the same engine
// version: the memo's reader checks it) is that of an article of the last build takes that
// article's value, and the others are made by the stories' own functions, given only theirs. The
// stories are the same either way. Pure: the memo is given, the next one returned.
import type { MentionRow, SentenceRow } from "./types.js";
import { articleOpenings, OPENING_SENTENCES, type Opening } from "./analyze/storyOpening.js";
import { backgroundMentions } from "./analyze/storyBackground.js";
import { articleTimes, type ArticleTime } from "./analyze/storyTime.js";
import type { StoryHooks } from "./analyze/stories.js";

/** Per article source: its opening, background sentences and time. */
export interface StoryInputMemo {
  /** The number of opening sentences the openings were made for. */
  openingSentences: number;
  openings: ReadonlyMap<string, Opening>;
  /** The indexes of the article's sentences whose mentions are background. */
  background: ReadonlyMap<string, readonly number[]>;
  times: ReadonlyMap<string, ArticleTime>;
}

export const emptyStoryInputMemo = (): StoryInputMemo => ({
  openingSentences: OPENING_SENTENCES,
  openings: new Map(),
  background: new Map(),
  times: new Map(),
});

/** Whether a value read back is a StoryInputMemo (three maps). */
export const isStoryInputMemo = (value: unknown): value is StoryInputMemo =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Partial<StoryInputMemo>).openingSentences === "number" &&
  ["openings", "background", "times"].every((k) => (value as Record<string, unknown>)[k] instanceof Map);

/**
 * Values by article: those `last` has for the article's source, the others made by `make` for
 * those articles only (in `articles` order); every article's value is put in `next`.
 */
function taken<T>(
  articles: readonly string[],
  key: (id: string) => string,
  last: ReadonlyMap<string, T>,
  next: Map<string, T>,
  make: (missing: readonly string[]) => readonly T[],
): T[] {
  const out: T[] = new Array(articles.length);
  const missing: number[] = [];
  articles.forEach((id, i) => {
    const kept = last.get(key(id));
    if (kept === undefined) missing.push(i);
    else out[i] = kept;
  });
  if (missing.length) {
    const made = make(missing.map((i) => articles[i]));
    missing.forEach((i, k) => (out[i] = made[k]));
  }
  articles.forEach((id, i) => next.set(key(id), out[i]));
  return out;
}

/** The sentences of the articles of `ids`, in their order in `sentences`. */
const sentencesOfOnly = (sentences: readonly SentenceRow[], ids: readonly string[]) => {
  const wanted = new Set(ids);
  return ids.length === 0 ? [] : sentences.filter((s) => wanted.has(s.article));
};

/** The articles of the sentences, each once, in their order (an article's sentences are together in the table, as a rule). */
function articlesOf(sentences: readonly SentenceRow[]): string[] {
  const seen = new Set<string>();
  let last: string | undefined;
  for (const s of sentences) if (s.article !== last) seen.add((last = s.article));
  return [...seen];
}

/** The background sentences' indexes of each article of `ids`, as backgroundMentions tells them. */
function backgroundOf(ids: readonly string[], sentences: readonly SentenceRow[]): number[][] {
  const own = sentencesOfOnly(sentences, ids);
  const isBackground = backgroundMentions(own);
  const at = new Map(ids.map((id, i) => [id, i]));
  const out: number[][] = ids.map(() => []);
  for (const s of own) if (isBackground({ article: s.article, sentence: s.index } as MentionRow)) out[at.get(s.article)!].push(s.index);
  return out;
}

/**
 * The stories' hooks (StoryOptions) taking each article's inputs from `last` by its source, and the
 * memo for the next build (filled as groupStories calls them: every article of this build's).
 */
export function storyInputHooks(source: (id: string) => string, last: StoryInputMemo): { hooks: StoryHooks; next: StoryInputMemo } {
  const next = {
    openingSentences: OPENING_SENTENCES,
    openings: new Map<string, Opening>(),
    background: new Map<string, readonly number[]>(),
    times: new Map<string, ArticleTime>(),
  };
  const hooks: StoryHooks = {
    openings: (articles, sentences, count) => {
      next.openingSentences = count;
      const kept = count === last.openingSentences ? last.openings : new Map<string, Opening>();
      return taken(articles, source, kept, next.openings, (ids) => articleOpenings(ids, sentencesOfOnly(sentences, ids), count));
    },
    background: (sentences) => {
      const articles = articlesOf(sentences);
      const indexes = taken(articles, source, last.background, next.background, (ids) => backgroundOf(ids, sentences));
      const sets = new Map<string, Set<number>>();
      articles.forEach((id, i) => indexes[i].length && sets.set(id, new Set(indexes[i])));
      return (m) => m.sentence !== undefined && !!sets.get(m.article)?.has(m.sentence);
    },
    times: (articles, published, dates, sentences, openings = hooks.openings(articles, sentences, OPENING_SENTENCES)) => {
      const openingOf = new Map(articles.map((id, i) => [id, openings[i]]));
      return taken(articles, source, last.times, next.times, (ids) => {
        const wanted = new Set(ids);
        const own = dates.filter((d) => wanted.has(d.article));
        return articleTimes(
          ids,
          published,
          own,
          sentencesOfOnly(sentences, ids),
          ids.map((id) => openingOf.get(id)!),
        );
      });
    },
  };
  return { hooks, next };
}
