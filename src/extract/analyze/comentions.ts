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

/** Pairs of actors named in one sentence, `source` < `target`, most shared sentences first. */
export function coMentions(mentions: readonly MentionRow[], skip: ReadonlySet<string> = new Set()): CoMentionRow[] {
  const pairs = new Map<string, number>();
  for (const set of sentenceCasts(mentions, skip)) {
    if (set.size < 2) continue;
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\0${ids[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  return [...pairs]
    .map(([key, sentences]) => {
      const [source, target] = key.split("\0");
      return { source, target, sentences };
    })
    .sort(
      (a, b) =>
        b.sentences - a.sentences ||
        (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0),
    );
}
