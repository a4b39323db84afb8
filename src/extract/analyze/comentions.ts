// Who is named with whom: for every pair of actors, how many sentences name both. The actors
// page draws its network from these rows. Pure: the mentions table in (with each mention's
// `sentence`), rows out.
import type { CoMentionRow, MentionRow } from "../types.js";

/**
 * The actors of each sentence, as actorsPerSentence finds them but keyed by article, then sentence
 * index (no key string per mention): the pairs' counts do not depend on the sentences' order.
 */
function sentenceCasts(mentions: readonly MentionRow[], skip: ReadonlySet<string>): Array<Set<string>> {
  const casts: Array<Set<string>> = [];
  const byArticle = new Map<string, Map<number, Set<string>>>();
  for (const m of mentions) {
    if (m.sentence === undefined || skip.has(m.article)) continue;
    let sentences = byArticle.get(m.article);
    if (!sentences) byArticle.set(m.article, (sentences = new Map()));
    let set = sentences.get(m.sentence);
    if (!set) {
      sentences.set(m.sentence, (set = new Set()));
      casts.push(set);
    }
    set.add(m.actor);
  }
  return casts;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pairs of actors named in one sentence, `source` < `target`, most shared sentences first. Each
 * actor is counted by its rank among the actors' ids (in their order), so a pair is one number,
 * not a string made per pair and sentence; ranks order as the ids do.
 */
export function coMentions(mentions: readonly MentionRow[], skip: ReadonlySet<string> = new Set()): CoMentionRow[] {
  const casts = sentenceCasts(mentions, skip).filter((set) => set.size > 1);
  const ids = [...new Set(casts.flatMap((set) => [...set]))].sort(byCodeUnits);
  const rank = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const pairs = new Map<number, number>();
  for (const set of casts) {
    const ranks = [...set].map((id) => rank.get(id)!).sort((a, b) => a - b);
    for (let i = 0; i < ranks.length; i++)
      for (let j = i + 1; j < ranks.length; j++) {
        const key = ranks[i] * n + ranks[j];
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  return [...pairs]
    .sort(([a, x], [b, y]) => y - x || a - b)
    .map(([key, sentences]) => ({ source: ids[Math.floor(key / n)], target: ids[key % n], sentences }));
}
