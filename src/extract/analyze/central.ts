// The summariser behind the briefing's "What happened": the sentences most shared across sources.
// Each sentence's words and actors are weighted by how many articles also use them (and, within
// one article, how often), favouring early sentences; the top ones are then picked greedily,
// skipping near-repeats and keeping at most two per article. The sentences of a single article are
// summed up by its opening ones. Pure: rows in, rows out.
import type { CentralSentenceRow, MentionRow, SentenceRow } from "../types.js";
import { actorsPerSentence, sentenceKey } from "./sentenceActors.js";
import { terms } from "./terms.js";

/** Sentences picked from one article at most. */
const PER_ARTICLE = 2;
/** A summary sentence's length in words. */
const isSummaryLength = (text: string) => {
  const words = text.split(/\s+/).length;
  return words >= 8 && words <= 70;
};

/**
 * One article alone shares nothing with another: its opening sentences sum it up (news puts the
 * story first), complete sentences before headlines, near-repeats skipped.
 */
function openingSentences(
  sentences: readonly SentenceRow[],
  bagOf: (s: SentenceRow) => Set<string>,
  limit: number,
): Array<Omit<CentralSentenceRow, "story">> {
  const usable = sentences.filter((s) => isSummaryLength(s.text));
  const ordered = [...usable.filter((s) => isComplete(s.text)), ...usable.filter((s) => !isComplete(s.text))];
  const chosen: Array<{ sentence: SentenceRow; terms: Set<string> }> = [];
  for (const sentence of ordered) {
    if (chosen.length >= limit) break;
    const bag = bagOf(sentence);
    if (chosen.some((x) => jaccard(x.terms, bag) > 0.3)) continue;
    chosen.push({ sentence, terms: bag });
  }
  return ranked(chosen);
}

/** A sentence that ends as one does (a headline or a caption does not). */
const isComplete = (text: string) => /[.!?]["'”’)]?$/.test(text);

/** Rows of the chosen sentences, ranked in the order chosen. */
function ranked(chosen: ReadonlyArray<{ sentence: SentenceRow }>): Array<Omit<CentralSentenceRow, "story">> {
  return chosen.map(({ sentence: s }, i) => ({
    article: s.article,
    sentence: s.index,
    start: s.start,
    end: s.end,
    text: s.text,
    rank: i + 1,
  }));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

interface Candidate {
  sentence: SentenceRow;
  /** Words, and actors as "@id". */
  terms: Set<string>;
  score: number;
}

export interface CentralOptions {
  /** How many sentences to pick (default 6). */
  limit?: number;
  /** Articles left out (duplicates of another article). */
  skip?: ReadonlySet<string>;
}

/**
 * Every summary-length sentence (of the articles not skipped) with its terms and its score: how
 * many other articles (and, a tenth as much, other sentences) share its terms, actors counting
 * twice, for its length, favouring early and complete sentences.
 */
function scored(sentences: readonly SentenceRow[], skip: ReadonlySet<string>, bagOf: (s: SentenceRow) => Set<string>): Candidate[] {
  const candidates: Candidate[] = [];
  const articleFreq = new Map<string, number>();
  const sentenceFreq = new Map<string, number>();
  let seen = new Set<string>();
  let article: string | undefined;
  for (const s of sentences) {
    if (skip.has(s.article)) continue;
    if (s.article !== article) {
      article = s.article;
      seen = new Set();
    }
    if (!isSummaryLength(s.text)) continue;
    const bag = bagOf(s);
    for (const t of bag) {
      sentenceFreq.set(t, (sentenceFreq.get(t) ?? 0) + 1);
      if (!seen.has(t)) {
        seen.add(t);
        articleFreq.set(t, (articleFreq.get(t) ?? 0) + 1);
      }
    }
    candidates.push({ sentence: s, terms: bag, score: 0 });
  }
  for (const c of candidates) {
    let weight = 0;
    for (const t of c.terms) {
      const w = articleFreq.get(t)! - 1 + 0.1 * (sentenceFreq.get(t)! - 1);
      weight += t.startsWith("@") ? 2 * w : w;
    }
    const position = 1 + 1 / (2 + c.sentence.index);
    const ending = isComplete(c.sentence.text) ? 1 : 0.5;
    c.score = (weight / Math.sqrt(c.terms.size + 4)) * position * ending;
  }
  return candidates;
}

/** The best `limit` candidates, at most PER_ARTICLE from one article, none repeating one already chosen. */
function mostCentral(candidates: Candidate[], limit: number): Candidate[] {
  // stable: equal scores keep the tables' order
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Candidate[] = [];
  const perArticle = new Map<string, number>();
  for (const c of candidates) {
    if (chosen.length >= limit) break;
    const a = c.sentence.article;
    if ((perArticle.get(a) ?? 0) >= PER_ARTICLE) continue;
    if (chosen.some((x) => jaccard(x.terms, c.terms) > 0.3)) continue;
    chosen.push(c);
    perArticle.set(a, (perArticle.get(a) ?? 0) + 1);
  }
  return chosen;
}

/**
 * The `limit` most central sentences, ranked from 1. `sentences` and `mentions` are grouped by
 * article in the tables' order; a mention counts for the sentence it lies in (its `sentence`).
 */
export function centralSentences(
  sentences: readonly SentenceRow[],
  mentions: readonly MentionRow[],
  options: CentralOptions = {},
): Array<Omit<CentralSentenceRow, "story">> {
  const limit = options.limit ?? 6;
  const skip = options.skip ?? new Set<string>();
  const actorsIn = actorsPerSentence(mentions, skip);
  const bagOf = (s: SentenceRow) => {
    const bag = terms(s.text);
    for (const actor of actorsIn.get(sentenceKey(s.article, s.index)) ?? []) bag.add(`@${actor}`);
    return bag;
  };
  const kept = sentences.filter((s) => !skip.has(s.article));
  if (kept.length && kept.every((s) => s.article === kept[0].article)) return openingSentences(kept, bagOf, Math.min(limit, PER_ARTICLE));
  const chosen = mostCentral(scored(sentences, skip, bagOf), limit);
  return ranked(chosen);
}
