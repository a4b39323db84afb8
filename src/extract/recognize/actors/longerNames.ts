// A name the document writes longer elsewhere is that longer name where its missing words stand
// right before it: "Air France" read as "France" after "from" or at a sentence's start, when
// "and Air France" is read whole in another sentence. The longer name's label goes with it
// ("Air France" an organization, not the country). Pure apart from the candidates it extends.
import type { ActorCandidate } from "./rules.js";
import { isCap } from "./features.js";

/** At most this many words are added before a candidate. */
const MAX_ADDED = 2;

/** The candidates, each extended to the longer name of two or more words the document reads whole elsewhere. Mutates and returns them. */
export function extendToLongerNames(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const longer = new Map<string, ActorCandidate["label"]>();
  for (const c of candidates)
    if (c.end - c.start > 1 && c.label !== "NAT") longer.set(doc[c.sentence].slice(c.start, c.end).join(" "), c.label);
  if (!longer.size) return candidates;
  for (const c of candidates) {
    const words = doc[c.sentence];
    if (!isCap(words[c.start - 1])) continue;
    for (let k = MAX_ADDED; k >= 1; k--) {
      const start = c.start - k;
      if (start < 0 || !isCap(words[start]) || !words.slice(start, c.start).every(isCap)) continue;
      const label = longer.get(words.slice(start, c.end).join(" "));
      if (label === undefined || candidates.some((o) => o !== c && o.sentence === c.sentence && o.start < c.start && o.end > start))
        continue;
      c.start = start;
      c.label = label;
      break;
    }
  }
  return candidates;
}
