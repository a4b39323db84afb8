// Sentences as the briefing quotes them: a sentence that opens or closes with boilerplate (a dateline,
// "© Provided by X", a photo credit) is quoted without it; one that is all boilerplate is not a
// sentence. Pure.
import type { Sentence } from "../types.js";
import { mergeRanges, type Range } from "../util/ranges.js";

/** Index of the last range starting at or before `pos` (ranges sorted, disjoint), or -1. */
function lastStartingBy(ranges: Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * `sentences` with boilerplate trimmed from their edges and those inside boilerplate dropped,
 * re-indexed.
 */
export function sentencesOutside(sentences: Sentence[], boilerplate: Range[], text: string): Sentence[] {
  const ranges = mergeRanges(boilerplate);
  const out: Sentence[] = [];
  for (const s of sentences) {
    let start = s.start;
    let end = s.end;
    for (let moved = true; moved && start < end; ) {
      moved = false;
      const i = lastStartingBy(ranges, start);
      if (i >= 0 && ranges[i][1] > start) {
        start = ranges[i][1];
        moved = true;
      }
      const j = lastStartingBy(ranges, end - 1);
      if (j >= 0 && ranges[j][1] >= end && ranges[j][0] < end) {
        end = ranges[j][0];
        moved = true;
      }
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
    }
    if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    out.push({ start, end, text: text.slice(start, end), index: out.length });
  }
  return out;
}
