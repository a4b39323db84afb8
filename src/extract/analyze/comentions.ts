// Who is named with whom: for every pair of actors, how many sentences name both. The actors
// page draws its network from these rows. Pure: the mentions table in (with each mention's
// `sentence`), rows out.
import type { CoMentionRow, MentionRow } from "../types.js";

/**
 * The actors of each sentence, as actorsPerSentence finds them but keyed by article, then sentence
 * index, each actor as a number (`ids`: the id of each number): the pairs' counts do not depend on
 * the sentences' order. An article's mentions are mostly consecutive: its sentences are looked up
 * once per run of them.
 */
function sentenceCasts(mentions: readonly MentionRow[], skip: ReadonlySet<string>): { casts: number[][]; ids: string[] } {
  const casts: number[][] = [];
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const byArticle = new Map<string, Map<number, number[]>>();
  let article: string | undefined;
  let sentences: Map<number, number[]> | null = null;
  for (const m of mentions) {
    if (m.sentence === undefined) continue;
    if (m.article !== article) {
      article = m.article;
      sentences = null;
      if (!skip.has(article)) {
        sentences = byArticle.get(article) ?? null;
        if (!sentences) byArticle.set(article, (sentences = new Map()));
      }
    }
    if (!sentences) continue;
    let n = numbers.get(m.actor);
    if (n === undefined) numbers.set(m.actor, (n = ids.push(m.actor) - 1));
    const cast = sentences.get(m.sentence);
    if (!cast) {
      const made = [n];
      sentences.set(m.sentence, made);
      casts.push(made);
    } else if (!cast.includes(n)) cast.push(n);
  }
  return { casts, ids };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pairs of actors named in one sentence, `source` < `target`, most shared sentences first. Each
 * actor is counted by its rank among the actors' ids (in their order), so a pair is one number,
 * not a string made per pair and sentence; ranks order as the ids do.
 */
export function coMentions(mentions: readonly MentionRow[], skip: ReadonlySet<string> = new Set()): CoMentionRow[] {
  const found = sentenceCasts(mentions, skip);
  const casts = found.casts.filter((cast) => cast.length > 1);
  // the actors of sentences naming two or more, ranked by id
  const named = new Uint8Array(found.ids.length);
  for (const cast of casts) for (const n of cast) named[n] = 1;
  const ids = found.ids.filter((_, n) => named[n] === 1).sort(byCodeUnits);
  const rankOf = new Int32Array(found.ids.length);
  const rank = new Map(ids.map((id, i) => [id, i]));
  found.ids.forEach((id, n) => (rankOf[n] = rank.get(id) ?? -1));
  const size = ids.length;
  const pairs = new Map<number, number>();
  for (const cast of casts) {
    const ranks = cast.map((n) => rankOf[n]).sort((a, b) => a - b);
    for (let i = 0; i < ranks.length; i++)
      for (let j = i + 1; j < ranks.length; j++) {
        const key = ranks[i] * size + ranks[j];
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  return [...pairs]
    .sort(([a, x], [b, y]) => y - x || a - b)
    .map(([key, sentences]) => ({ source: ids[Math.floor(key / size)], target: ids[key % size], sentences }));
}
