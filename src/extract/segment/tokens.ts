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

/** Tokens of `text.slice(from, to)`, with offsets into the whole `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number) => tokens.push({ text: text.slice(start, end), start, end });
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    const abbrev = matchAt(ABBREV, text, i);
    if (abbrev && i + abbrev.length <= to) {
      push(i, i + abbrev.length);
      i += abbrev.length;
      continue;
    }
    const number = matchAt(NUMBER, text, i);
    const word = matchAt(WORD, text, i);
    const m = word && (!number || word.length > number.length) ? word : number;
    if (m) {
      let end = Math.min(i + m.length, to);
      const possessive = /['’][sS]$/.test(text.slice(i, end)) && end - i > 2;
      if (possessive) {
        push(i, end - 2);
        push(end - 2, end);
      } else {
        const lower = text.slice(i, end).toLowerCase();
        if (end < to && text[end] === "." && (DOTTED.has(lower) || /^\p{Lu}$/u.test(text.slice(i, end)))) end++;
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
