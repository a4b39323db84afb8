// Titles: the headline line when the text opens with one, else the first sentence, shortened.
import { splitSentences } from "../segment/sentences.js";
import { insideRanges, type OffsetPair } from "../util/ranges.js";

const MAX_TITLE = 90;

/** Shortens `s` to about `max` characters at a word boundary, ending with "…". */
export function truncateAtWord(s: string, max = MAX_TITLE): string {
  const clean = s.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  const head = (space > max * 0.5 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[\s,;:–—-]+$/, "");
  return head + "…";
}

/** Whether a line reads like a headline: short, with a letter, no closing period or comma. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 150) return false;
  if (!/\p{L}/u.test(t)) return false;
  if (/[.,;:]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  if (t.split(/\s+/).length > 25) return false;
  return true;
}

/**
 * A title for plain text: the first non-boilerplate line when it is a headline followed by a blank
 * line (or is the whole text); else the first sentence outside boilerplate, truncated; else `fallback`.
 */
export function deriveTitle(text: string, boilerplate: OffsetPair[], fallback: string): string {
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    let s = at;
    let e = nl;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // Skip blank lines, lines wholly inside boilerplate, and the boilerplate prefix of a line.
    const covering = boilerplate.find(([bs, be]) => bs <= s && be > s);
    if (e > s && covering && covering[1] < e) {
      s = covering[1];
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s && !insideRanges(boilerplate, s, e)) {
      const rest = text.slice(nl + 1);
      const blankAfter = nl >= text.length || /^[ \t]*(\n|$)/.test(rest);
      const headline = text.slice(s, e);
      if (blankAfter && looksLikeHeadline(headline) && covering === undefined && line.trim() === headline) {
        return truncateAtWord(headline, 150);
      }
      break;
    }
    at = nl + 1;
  }
  for (const sentence of splitSentences(text)) {
    if (insideRanges(boilerplate, sentence.start, sentence.end)) continue;
    let s = sentence.start;
    const covering = boilerplate.find(([bs, be]) => bs <= s && be > s);
    if (covering) s = covering[1];
    const t = text.slice(s, sentence.end).trim();
    if (/\p{L}/u.test(t)) return truncateAtWord(t);
  }
  return fallback;
}

/** A readable title from a file name: "news/niger-coup_day2.txt" → "niger coup day2". */
export function titleFromFile(file: string): string {
  const base = file.split("/").pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, "");
  return stem.replace(/[_-]+/g, " ").trim() || base;
}
