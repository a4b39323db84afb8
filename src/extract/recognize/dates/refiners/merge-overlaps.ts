// One mention per stretch of text. A candidate inside another is dropped ("Friday" inside "Friday,
// Oct. 23": the written day wins over its weekday; "1998" inside "Aug. 7, 1998"); two that only
// overlap become their union, with the anchor of the one that says more.
import type { DateCandidate, DateRefiner } from "../candidate.js";
import { weight } from "../candidate.js";

export const mergeOverlaps: DateRefiner = {
  name: "merge-overlaps",
  refine(_text, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || weight(b) - weight(a));
    const merged: DateCandidate[] = [];
    for (const c of sorted) {
      const last = merged[merged.length - 1];
      if (!last || c.start >= last.end) {
        merged.push(c);
        continue;
      }
      if (c.end <= last.end) continue; // inside the previous one (sorted: the longer comes first)
      const best = weight(c) > weight(last) ? c : last;
      merged[merged.length - 1] = { ...best, start: last.start, end: c.end };
    }
    return merged;
  },
};
