// Who is named with whom: for every pair of actors, how many sentences name both. The actors
// page draws its network from these rows. Pure: the mentions table in (with each mention's
// `sentence`), rows out.
import type { CoMentionRow, MentionRow } from "../types.js";
import { actorsPerSentence } from "./sentenceActors.js";

/** Pairs of actors named in one sentence, `source` < `target`, most shared sentences first. */
export function coMentions(mentions: readonly MentionRow[], skip: ReadonlySet<string> = new Set()): CoMentionRow[] {
  const pairs = new Map<string, number>();
  for (const set of actorsPerSentence(mentions, skip).values()) {
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
