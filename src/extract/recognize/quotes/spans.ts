// The quoted spans of a text and what kind each is: a whole quote (`direct`), a short quoted phrase
// inside someone's words (`partial`), or no quote at all: the name of a programme, a book or a
// film ("“Fox News Sunday”"), which is written in title case, or a nickname inside a name
// (`Vincent "The Chin" Gigante`). Pure.
import { touchesAny } from "../../util/ranges.js";
import { VERB } from "./verbs.js";

/** Where a “ quote's paragraph ends before its closing mark: a line break, then a line opening with “ again. */
const RUNS_ON = /(?<=\S)\s*\n\s*(?=“)/;

/**
 * Pairs of quotation marks outside the skipped ranges: “…” pairs (or “…" closing its line); straight-quote pairs within one
 * paragraph; and, as wire copy writes them, ”…” pairs (a closing mark opening a quote: at a line's
 * start or after a space or a colon, right before a word, or glued to the full stop of the sentence before,
 * right before a capital: `he said.”I'm …”`) and ''…'' pairs within one paragraph. A “…” quote that runs on
 * into a paragraph opening with “ again (after a blank line or a line break) is one quote per paragraph, the first ending where its paragraph does.
 */
export function quotedSpans(text: string, skip: Array<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re =
    /“[^”“\n]{2,}?"(?=[ \t]*(?:\n|$))|“([^”]{2,}?)”|"([^"\n]{2,}?)"|(?<=^|[\s([—–:-])”(?=[\p{L}\d‘'(.…])[^”“\n]+?”|(?<=[.!?])”(?=\p{Lu})[^”“\n]+?”|(?<=^|[\s([—–-])''(?=[^\s'])(?:(?!'')[^\n])+?''/gmu;
  for (let m; (m = re.exec(text));) {
    const start = m.index;
    // a quote running on into the next paragraph (after a blank line or a line break), which opens with a mark again:
    // its paragraphs are quotes apart
    const next = m[0].startsWith("“") ? RUNS_ON.exec(m[0]) : null;
    if (next) re.lastIndex = start + next.index + next[0].length;
    const end = next ? start + next.index : m.index + m[0].length;
    if (touchesAny(skip, start, end)) continue;
    spans.push([start, end]);
  }
  return spans;
}

/** The words inside a quoted span, without its marks (one character each, or two for ''…''; none at the end of a paragraph the quote runs on from). */
export function innerOf(text: string, start: number, end: number): string {
  const wide = text.startsWith("''", start) && text.startsWith("''", end - 2) && end - start >= 4;
  return wide ? text.slice(start + 2, end - 2) : text.slice(start + 1, /[”"’']/.test(text[end - 1]) ? end - 1 : end);
}

/**
 * A nickname in marks right after a word of a name (John “J.D.” Dorrian, Vincent “The Chin” Gigante), a source for
 * a RegExp: where isNickname's spans stand inside a speaker phrase, or end a sentence the splitter cut at “J.D.”;
 * opening on a capital, as isNickname's do (not the “to fight terrorism.” that closes a sentence after "the United States").
 */
export const NICKNAME_IN_NAME = `(?<=[A-Z][a-z]*\\s)[“"][A-Z][^“”"\\n]{0,19}[”"]`;

/**
 * A nickname inside a name, no quote: one to three capitalized words in quotes, without punctuation,
 * right before a capitalized name (`Vincent "The Chin" Gigante`, `"Magic" Johnson`), or initials after a given name (John “J.D.” Dorrian).
 */
export function isNickname(text: string, start: number, end: number): boolean {
  const inner = innerOf(text, start, end);
  const initials = /^(?:\p{Lu}\.){2,3}$/u.test(inner) && /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, start - 20), start));
  return (
    (initials || /^\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|the|of)){0,2}$/u.test(inner)) &&
    /^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))
  );
}

/**
 * A word or two in marks that only name what the sentence speaks of, no quote: after a comma and "or"
 * ("a free case, or “bumper,”"), after "known as", "also called", "nicknamed", "a.k.a.".
 */
export function isGloss(text: string, start: number, end: number): boolean {
  const inner = innerOf(text, start, end).trim().replace(/[.,]$/, "");
  if (wordCount(inner) > 2 || /[,;:!?.]/.test(inner)) return false;
  return /(?:[^”"’'\s]\s*,\s+or|\b(?:known\s+as|also\s+called|nicknamed|a\.k\.a\.|aka))\s*$/i.test(
    text.slice(Math.max(0, start - 40), start),
  );
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
  const body = inner.trim().replace(/[.!?,]$/, "");
  if (/[,;:!?.]/.test(body.replace(/\b(?:\p{Lu}\.)+/gu, ""))) return false;
  const words = body.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  const content = words.filter((w, i) => i === 0 || !SMALL.has(w.toLowerCase()));
  return content.every((w) => /^[\p{Lu}\d]/u.test(w)) && /\p{Ll}/u.test(body);
}

/** A speech verb then a comma or a colon, ending the text before a quote ("Aspinall said,"). */
const SAID_THEN = new RegExp(`\\b(?:${VERB})\\s*[,:]$`, "u");

/** A quote's words as a sentence of six words or more that ends in its marks (or right after them) and opens on no conjunction. */
const wholeInLowerCase = (inner: string, after: string) =>
  (/[.!?]$/.test(inner) || /^[.!?]/.test(after)) && wordCount(inner) >= 6 && !/^(?:and|but|or|nor|so|yet|because|then)\b/.test(inner);

/** A quote opening on the speaker's own "we" ("…extended an invitation to the label, “we have always loved …”"). */
const FIRST_PERSON = /^(?:we|our)\b/;

/**
 * Whether the quote is whole (`direct`) or a phrase woven into a sentence (`partial`): a quote that
 * opens in lower case, or sits inside a clause without a colon or a comma before it and is short, is partial.
 */
export function kindOf(text: string, start: number, end: number, sentenceStart: number): "direct" | "partial" {
  // "[N]uland also met …": a bracketed letter is the word's own (its capital kept); "[…] the plan" is an elision
  const inner = innerOf(text, start, end)
    .trim()
    .replace(/^\[(\p{L})\](?=\p{L})/u, "$1")
    .replace(/^(?:\.\.\.|…|\[[^\]]*\])\s*/, "");
  const before = text.slice(sentenceStart, start).trimEnd();
  // "X said, “with great respect, …”": a whole sentence quoted after a speech verb may open in lower case
  // (not on a conjunction: "“and this is driving people crazy.”" carries on a sentence of its own)
  // so may one opening on "we" after a clause and a comma ("X extended an invitation to Y, “we have always …”")
  if (/^\p{Ll}/u.test(inner))
    return (SAID_THEN.test(before) || (/,$/.test(before) && FIRST_PERSON.test(inner))) && wholeInLowerCase(inner, text.slice(end, end + 1))
      ? "direct"
      : "partial";
  if (!before || /[:,—–-]$/.test(before) || /\n\s*$/.test(text.slice(Math.max(0, start - 3), start))) return "direct";
  if (/\b(?:that|whether)$/i.test(before) && wordCount(inner) >= 4) return "direct";
  const closes = /[.,!?]$/.test(inner);
  return closes && wordCount(inner) >= 6 ? "direct" : "partial";
}

/** A text with the words inside its quotation marks, marks and all, turned to spaces (its length kept). */
export function blankQuotes(s: string): string {
  return s.replace(/“[^”]*”|"[^"\n]*"|''(?:(?!'')[^\n])*''/g, (q) => " ".repeat(q.length));
}
