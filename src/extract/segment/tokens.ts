// Word tokenizer with exact string offsets. Keeps dotted abbreviations ("U.S.", "Gen.", "Aug."),
// hyphenated and apostrophe words ("al-Abadi", "O'Neil") whole, splits possessive "'s"/"’s" and
// punctuation into tokens of their own. Pure: text in, tokens (with start/end into `text`) out.
import { DOTTED_ABBREVIATIONS } from "./abbreviations.js";

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words that take a trailing period as part of the token ("Gen.", "Aug.", "Mr."). */
const DOTTED = new Set([...DOTTED_ABBREVIATIONS, ...`msgt ssgt sfc spc`.split(/\s+/)]);

const ABBREV = /(?:\p{L}\.){2,}/uy; // U.S. / U.N. / e.g.
const NUMBER = /\p{N}+(?:[.,:/]\p{N}+)*/uy;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s/u;

function matchAt(re: RegExp, text: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? m[0] : null;
}

// The tests below decide ASCII characters by their codes (most text is ASCII, and a regular
// expression with Unicode classes costs more than the rest of a token) and hand anything else to
// the regular expressions: the same tokens either way.
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** `text[i]` is white space (`\s`): tab to carriage return and the space by code, the rest by SPACE. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i]);
}

/** Whether ABBREV can match at `i`: its first letter (one code unit, or a surrogate pair) is followed by a period. */
function mayBeAbbreviation(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128 && !isAsciiLetter(code)) return false;
  return text.charCodeAt(i + 1) === 46 || (code >= 0xd800 && code <= 0xdbff && text.charCodeAt(i + 2) === 46);
}

/** The end of the run of characters from `i` that `inRun` (an ASCII test) accepts. */
function asciiRunEnd(text: string, i: number, inRun: (code: number) => boolean): number {
  let j = i;
  while (j < text.length && inRun(text.charCodeAt(j))) j++;
  return j;
}
const isAsciiLetterOrDigit = (code: number) => isAsciiLetter(code) || isAsciiDigit(code);

/**
 * WORD at `i` when it is a run of ASCII letters and digits (the character after the run is ASCII and
 * none of WORD's joiners "-", "'", "&", or there is none), else WORD's own match.
 */
function wordAt(text: string, i: number): string | null {
  const end = asciiRunEnd(text, i, isAsciiLetterOrDigit);
  const next = text.charCodeAt(end); // NaN at the end of the text
  if (end > i && !(next >= 128) && next !== 45 && next !== 39 && next !== 38) return text.slice(i, end);
  return matchAt(WORD, text, i);
}

/** NUMBER at `i` when it is a run of ASCII digits (then an ASCII character other than ".", ",", ":", "/", or none), else NUMBER's own match. */
function numberAt(text: string, i: number): string | null {
  const end = asciiRunEnd(text, i, isAsciiDigit);
  const next = text.charCodeAt(end);
  if (end > i && !(next >= 128) && next !== 46 && next !== 44 && next !== 58 && next !== 47) return text.slice(i, end);
  return matchAt(NUMBER, text, i);
}

/**
 * The longer of a word and a number opening at `i` (the word when as long), or null. An ASCII letter
 * opens no number, and other ASCII characters open neither.
 */
function wordOrNumberAt(text: string, i: number): string | null {
  const code = text.charCodeAt(i);
  const ascii = code < 128;
  if (ascii && !isAsciiLetter(code) && !isAsciiDigit(code)) return null;
  const number = ascii && !isAsciiDigit(code) ? null : numberAt(text, i);
  const word = wordAt(text, i);
  return word && (!number || word.length > number.length) ? word : number;
}

/** A possessive ending "'s" / "’s" (either case of s) on text[start, end). */
function endsPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const apostrophe = text[end - 2];
  const s = text[end - 1];
  return (apostrophe === "'" || apostrophe === "’") && (s === "s" || s === "S");
}

/** Tokens of `text.slice(from, to)`, with offsets into the whole `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number) => tokens.push({ text: text.slice(start, end), start, end });
  let i = from;
  while (i < to) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const abbrev = mayBeAbbreviation(text, i) ? matchAt(ABBREV, text, i) : null;
    if (abbrev && i + abbrev.length <= to) {
      push(i, i + abbrev.length);
      i += abbrev.length;
      continue;
    }
    const m = wordOrNumberAt(text, i);
    if (m) {
      let end = Math.min(i + m.length, to);
      const possessive = endsPossessive(text, i, end) && end - i > 2;
      if (possessive) {
        push(i, end - 2);
        push(end - 2, end);
      } else {
        if (end < to && text[end] === "." && (DOTTED.has(text.slice(i, end).toLowerCase()) || /^\p{Lu}$/u.test(text.slice(i, end)))) end++;
        push(i, end);
      }
      i = end;
      continue;
    }
    // a lone character: punctuation or symbol (surrogate pairs kept together)
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    push(i, i + len);
    i += len;
  }
  return tokens;
}
