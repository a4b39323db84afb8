// The quoted spans of a text and what kind each is: a whole quote (`direct`), a short quoted phrase
// inside someone's words (`partial`), or no quote at all: the name of a programme, a book or a
// film ("“Fox News Sunday”"), which is written in title case. Pure.
import { touchesAny } from "../../util/ranges.js";

/** “…” pairs, and straight-quote pairs within one paragraph, outside the skipped ranges. */
export function quotedSpans(text: string, skip: Array<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /“([^”]{2,}?)”|"([^"\n]{2,}?)"/g;
  for (let m; (m = re.exec(text));) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (touchesAny(skip, start, end)) continue;
    spans.push([start, end]);
  }
  return spans;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

const SMALL = new Set("a an the of and or in on at to for by with from vs nor but as".split(" "));

/**
 * A title (a programme, a book, a film, a slogan as a name): at most eight words, every word but the
 * small ones capitalized, nothing but a final stop for punctuation ("Fox News Sunday.", "The Art of the Deal").
 */
export function isTitle(inner: string): boolean {
  const body = inner.trim().replace(/[.!?]$/, "");
  if (/[,;:!?.]/.test(body.replace(/\b(?:\p{Lu}\.)+/gu, ""))) return false;
  const words = body.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  const content = words.filter((w, i) => i === 0 || !SMALL.has(w.toLowerCase()));
  return content.every((w) => /^[\p{Lu}\d]/u.test(w)) && /\p{Ll}/u.test(body);
}

/**
 * Whether the quote is whole (`direct`) or a phrase woven into a sentence (`partial`): a quote that
 * opens in lower case, or sits inside a clause without a colon or a comma before it and is short, is partial.
 */
export function kindOf(text: string, start: number, end: number, sentenceStart: number): "direct" | "partial" {
  const inner = text
    .slice(start + 1, end - 1)
    .trim()
    .replace(/^(?:\.\.\.|…|\[[^\]]*\])\s*/, "");
  if (/^\p{Ll}/u.test(inner)) return "partial";
  const before = text.slice(sentenceStart, start).trimEnd();
  if (!before || /[:,—–-]$/.test(before) || /\n\s*$/.test(text.slice(Math.max(0, start - 3), start))) return "direct";
  if (/\b(?:that|whether)$/i.test(before) && wordCount(inner) >= 4) return "direct";
  const closes = /[.,!?]$/.test(inner);
  return closes && wordCount(inner) >= 6 ? "direct" : "partial";
}
