// An article's sentences: the one notion of a sentence in the project. The recognizers read them,
// figures and mentions point into them, the `sentences` table carries them and the site cites them
// ("#s-<start>"). They are the sentences of the text (splitSentences) with the boilerplate at their
// edges cut off (a dateline, "© Provided by X", a photo credit: never quoted with the sentence), and
// none that is all or mostly boilerplate. Pure.
import { bisector } from "d3-array";
import type { Sentence } from "../types.js";
import { mergeRanges, type OffsetPair } from "../util/ranges.js";
import { splitSentences } from "./sentences.js";
import { joinWrappedLines } from "../clean/lines.js";

const byStart = bisector((s: { start: number }) => s.start);
const rangeStart = bisector((r: OffsetPair) => r[0]);

/** How many characters of [start, end) the (sorted, disjoint) ranges cover. */
function covered(start: number, end: number, ranges: readonly OffsetPair[]): number {
  let n = 0;
  for (let i = Math.max(0, rangeStart.right(ranges, start) - 1); i < ranges.length && ranges[i][0] < end; i++)
    n += Math.max(0, Math.min(end, ranges[i][1]) - Math.max(start, ranges[i][0]));
  return n;
}

/** [start, end) of `s` with boilerplate cut from both edges and whitespace trimmed. */
function trimmed(text: string, s: { start: number; end: number }, ranges: readonly OffsetPair[]): { start: number; end: number } {
  let { start, end } = s;
  for (let moved = true; moved && start < end;) {
    moved = false;
    const i = rangeStart.right(ranges, start) - 1;
    if (i >= 0 && ranges[i][1] > start) {
      start = ranges[i][1];
      moved = true;
    }
    const j = rangeStart.right(ranges, end - 1) - 1;
    if (j >= 0 && ranges[j][1] >= end && ranges[j][0] < end) {
      end = ranges[j][0];
      moved = true;
    }
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
  }
  return { start, end };
}

/** The article's sentences, in text order, numbered from 0; offsets index `text` (hard wraps do not end one). */
export function articleSentences(text: string, boilerplate: readonly OffsetPair[]): Sentence[] {
  const ranges = mergeRanges([...boilerplate]);
  const out: Sentence[] = [];
  // a hard-wrapped paragraph is read whole: its line breaks are spaces (same offsets)
  for (const s of splitSentences(joinWrappedLines(text))) {
    const { start, end } = trimmed(text, s, ranges);
    if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    // boilerplate inside what is left (a link's markup, a promo) must not make up most of it
    if (covered(start, end, ranges) * 2 >= end - start) continue;
    out.push({ index: out.length, start, end, text: text.slice(start, end) });
  }
  return out;
}

/** The sentence of `sentences` (sorted by start, not overlapping) that holds `offset`, if any. */
export function sentenceAt<S extends { start: number; end: number }>(sentences: readonly S[], offset: number): S | undefined {
  const i = byStart.right(sentences, offset) - 1;
  return i >= 0 && offset < sentences[i].end ? sentences[i] : undefined;
}

/** The last sentence of `sentences` (sorted by start) starting at or before `offset`, else the first. */
export function sentenceStartingBy<S extends { start: number }>(sentences: readonly S[], offset: number): S | undefined {
  return sentences[Math.max(0, byStart.right(sentences, offset) - 1)];
}
