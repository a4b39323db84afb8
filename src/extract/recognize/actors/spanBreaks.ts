// A name never runs across a colon or a semicolon: a tagger span that does ("CNN SENIOR
// INTERNATIONAL CORRESPONDENT: Anderson", a transcript's speaker label and the first word spoken)
// is the pieces on either side, each cleaned after as a span of its own. Pure.
import type { ActorCandidate } from "./rules.js";

const BREAKS = new Set([":", ";"]);

/** The candidates with every span across a colon or semicolon split there (the mark itself dropped). */
export function splitAtBreaks(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  return candidates.flatMap((c) => {
    const words = doc[c.sentence];
    const pieces: ActorCandidate[] = [];
    let start = c.start;
    for (let i = c.start; i <= c.end; i++) {
      if (i < c.end && !BREAKS.has(words[i])) continue;
      if (i > start) pieces.push({ ...c, start, end: i });
      start = i + 1;
    }
    return pieces;
  });
}
