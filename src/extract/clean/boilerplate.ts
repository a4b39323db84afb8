// Finds the boilerplate of an article's text: promos, "Read also" links, credits, share lines,
// fused video timestamps, scraper markup, URLs. Pure: text in, ranges out. Nothing inside a range may
// become an actor, a date or a figure: the pipeline passes these ranges to the recognizers as `skip`.
import { mergeRanges, type Range } from "../util/ranges.js";
import { BRACKET_MARKUP, EMAIL, LINE_PATTERNS, URL } from "./patterns.js";
import { sourceFromLine } from "./source.js";

export interface Boilerplate {
  /** [start, end) ranges of `text`, sorted and merged. */
  ranges: Range[];
  /** The credited source ("Source: X" → "X"), as written, trimmed; null when there is none. */
  source: string | null;
}

/** Each line of `text` with its trimmed content bounds. */
function* lines(text: string): Generator<{ start: number; end: number; line: string }> {
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    let s = at;
    let e = nl;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) yield { start: s, end: e, line: text.slice(s, e) };
    at = nl + 1;
  }
}

/** The boilerplate line pattern a line matches, or null. */
export function boilerplateLineKind(line: string): string | null {
  const plain = line.replace(BRACKET_MARKUP, "");
  for (const p of LINE_PATTERNS) {
    if (plain.length <= p.maxLength && p.test.test(plain)) return p.name;
  }
  return null;
}

export function findBoilerplate(text: string): Boilerplate {
  const ranges: Range[] = [];
  let source: string | null = null;
  for (const { start, end, line } of lines(text)) {
    const credited = sourceFromLine(line.replace(BRACKET_MARKUP, ""));
    if (credited !== null) {
      ranges.push([start, end]);
      source ??= credited;
      continue;
    }
    if (boilerplateLineKind(line)) ranges.push([start, end]);
  }
  for (const pattern of [BRACKET_MARKUP, URL, EMAIL]) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  }
  return { ranges: mergeRanges(ranges, text), source };
}
