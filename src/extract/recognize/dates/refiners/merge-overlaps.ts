// Resolves overlapping candidates from different parsers into one mention per stretch of text.
// Overlapping candidates merge into their union; the candidate that carries the most calendar
// information (date over year over named over duration, then more written parts) gives the value.
import type { DateCandidate, DateRefiner } from "../candidate.js";

const KIND_RANK = { date: 3, year: 2, named: 1, duration: 0 } as const;

function weight(c: DateCandidate): number {
  const parts = Object.keys(c.known).length + Object.keys(c.implied).length / 10;
  return KIND_RANK[c.kind] * 10 + parts;
}

export const mergeOverlaps: DateRefiner = {
  name: "merge-overlaps",
  refine(_text, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: DateCandidate[] = [];
    for (const c of sorted) {
      const last = merged[merged.length - 1];
      if (last && c.start < last.end) {
        const best = weight(c) > weight(last) ? c : last;
        merged[merged.length - 1] = { ...best, start: last.start, end: Math.max(last.end, c.end) };
      } else merged.push(c);
    }
    return merged;
  },
};
