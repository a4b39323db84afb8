// Trims what a pattern may take at the edges of a match but a reader would not call part of the
// date: leading prepositions ("on Monday" → "Monday") and trailing punctuation and spaces.
import type { DateRefiner } from "../candidate.js";

const LEADING = /^(?:on|at|in|during|by|from|for|of|since)\s+/i;
const TRAILING = /[\s,;:]+$/;

export const trimEdges: DateRefiner = {
  name: "trim-edges",
  refine(text, candidates) {
    return candidates.map((c) => {
      const t = text.slice(c.start, c.end);
      // "at present" is one expression: "present" alone is another word
      const lead = /^at\s+present$/i.test(t) ? 0 : (LEADING.exec(t)?.[0].length ?? 0);
      const trail = TRAILING.exec(t.slice(lead))?.[0].length ?? 0;
      if (!lead && !trail) return c;
      if (lead + trail >= t.length) return c;
      return { ...c, start: c.start + lead, end: c.end - trail };
    });
  },
};
