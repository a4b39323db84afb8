// Splits text into sentences with offsets. Rule-based: a sentence ends at . ! ? (optionally
// followed by closing quotes/brackets) before whitespace and a capital/quote/digit, or at a
// blank line / line break. Abbreviations ("Gen.", "U.S.", "Aug.") do not end a sentence.
import type { Sentence } from "../types.js";
import { DOTTED_ABBREVIATIONS } from "./abbreviations.js";

const ABBREVIATIONS = new Set([
  ...DOTTED_ABBREVIATIONS,
  ...`est approx fig mon tue tues wed thu thur thurs fri sat sun e.g i.e u.s u.k u.n a.m p.m`.split(/\s+/),
]);

/** Whether the period ending at `dot` belongs to an abbreviation or initial rather than a sentence end. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.']/.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (/^[a-z]$/.test(word)) return true; // initials: "J. Smith"
  if (/^([a-z]\.)+[a-z]$/.test(word)) return true; // "U.S", "e.g"
  return false;
}

/** Sentence spans of `text`, skipping whitespace-only stretches. Offsets are string indices. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i + 1);
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < text.length && /[.!?"'”’)\]]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k])) k++;
    if (k >= text.length || text[k] === "\n" || text[k] === "\r") {
      push(j);
      i = j - 1;
      continue;
    }
    const next = text[k];
    if (ch === "." && j === i + 1 && isAbbreviation(text, i)) {
      // "U.S. officials" continues; "the U.S. The next..." is ambiguous: split only before a capitalized
      // common sentence starter.
      if (!/^(The|A|An|In|On|But|And|However|It|He|She|They|We|This|That|There|At|As|After|Before|While)\b/.test(text.slice(k, k + 12)))
        continue;
    }
    if (/[A-Z0-9"“‘'`([]/.test(next) || /\p{Lu}/u.test(next)) {
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return sentences;
}
