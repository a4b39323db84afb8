// The actors each sentence names, from the mentions table (each mention carries its `sentence`).
import type { MentionRow } from "../types.js";

/** "article\0sentence index" → the ids of the actors named in that sentence. */
export function actorsPerSentence(mentions: readonly MentionRow[], skip: ReadonlySet<string> = new Set()): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.sentence === undefined || skip.has(m.article)) continue;
    const key = sentenceKey(m.article, m.sentence);
    const set = out.get(key);
    if (set) set.add(m.actor);
    else out.set(key, new Set([m.actor]));
  }
  return out;
}

export const sentenceKey = (article: string, sentence: number) => `${article}\0${sentence}`;
