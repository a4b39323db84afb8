// Counts of occasions written without a numeral: "at least once", "more than three times". Pure.
import type { FigureMention } from "../../types.js";
import { overlapsAny, type Offsets } from "../../util/ranges.js";
import { parseNumber } from "./numbers.js";
import { qualifierBefore } from "./modifiers.js";

const TIMES = /\b(?:once|twice|(?:three|four)\s+times)\b/gi;
const TIMES_QUALIFIER = /(?<![\w-])(at\s+least|more\s+than|only|just|over|no\s+more\s+than)\s+$/i;

/**
 * "at least once", "more than three times": a count of occasions (unit "times"), only when a
 * qualifier says so; never inside `skipped` ranges or the figures already `taken`. `sentenceOf`
 * gives the index of the sentence holding an offset.
 */
export function findOccasions(
  text: string,
  skipped: readonly Offsets[],
  taken: readonly Offsets[],
  sentenceOf: (offset: number) => number,
): FigureMention[] {
  const out: FigureMention[] = [];
  for (const t of text.matchAll(TIMES)) {
    const lead = TIMES_QUALIFIER.exec(text.slice(Math.max(0, t.index! - 20), t.index!));
    if (!lead) continue;
    const start = t.index! - lead[0].length;
    const end = t.index! + t[0].length;
    if (overlapsAny(skipped, start, end) || overlapsAny(taken, start, end) || overlapsAny(out, start, end)) continue;
    const word = t[0].toLowerCase();
    const value = word === "once" ? 1 : word === "twice" ? 2 : parseNumber(word.split(/\s+/)[0]);
    const qualifier = qualifierBefore(text, t.index!);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit: "times",
      approximate: qualifier.approximate,
      ...(qualifier.bound ? { bound: qualifier.bound } : {}),
      sentence: sentenceOf(start),
    });
  }
  return out;
}
