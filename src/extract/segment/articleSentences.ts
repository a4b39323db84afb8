// An article's sentences as the briefing cites them: the sentences of the text (splitSentences)
// with boilerplate cut from their ends, and none that is mostly boilerplate. This is the one notion
// of a sentence the tables carry (the `sentences` table) and the site cites ("#s-<start>").
import { bisector } from "d3-array";
import type { Sentence } from "../types.js";
import { splitSentences } from "./sentences.js";

type Range = readonly [number, number];

/** How many characters of [start, end) the ranges cover. */
function covered(start: number, end: number, ranges: readonly Range[]): number {
  let n = 0;
  for (const [s, e] of ranges) n += Math.max(0, Math.min(end, e) - Math.max(start, s));
  return n;
}

/** `s` with boilerplate cut from its ends and whitespace trimmed; null when it is mostly boilerplate. */
function trimmed(text: string, s: Sentence, boilerplate: readonly Range[]): { start: number; end: number } | null {
  if (covered(s.start, s.end, boilerplate) * 2 >= s.end - s.start) return null;
  let { start, end } = s;
  for (const [bs, be] of boilerplate) {
    if (bs <= start && be > start) start = be;
    if (bs < end && be >= end) end = bs;
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** The article's sentences, in text order, numbered from 0; offsets index `text`. */
export function articleSentences(text: string, boilerplate: readonly Range[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitSentences(text)) {
    const t = trimmed(text, s, boilerplate);
    if (t) out.push({ index: out.length, start: t.start, end: t.end, text: text.slice(t.start, t.end) });
  }
  return out;
}

const byStart = bisector((s: { start: number }) => s.start);

/** The sentence of `sentences` (sorted by start, not overlapping) that holds `offset`, if any. */
export function sentenceAt<S extends { start: number; end: number }>(sentences: readonly S[], offset: number): S | undefined {
  const i = byStart.right(sentences, offset) - 1;
  return i >= 0 && offset < sentences[i].end ? sentences[i] : undefined;
}
