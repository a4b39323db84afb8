// Headlines in title case read as headlines: "Lindsay Lohan Leaves Betty Ford" capitalizes its verb
// and every other word, so the tagger would read the whole line as one name. A line of its own whose
// words are all capitalized but for short function words (a headline, a heading) is read in the case
// running text would give it: a word after the first is lowered when it is an everyday word (in the
// tagger's common-word lexicon's first bands, or written in lower case in the article) and the
// article never writes it capitalized inside a sentence, is no given name and no place. Only the
// words the tagger reads change, never the text, so offsets and the names' surfaces keep ("Lindsay
// Lohan", "Betty Ford"). Lines in capitals are caseView's (features.ts). Pure.
import type { Token } from "../../segment/tokens.js";
import { lowercaseWords } from "./features.js";
import type { Lexicons } from "./lexicons.js";

/** Words a title-case headline may leave in lower case ("of", "the", "in", "vs."). */
const MINOR = new Set(
  "a an and as at but by for from in into nor of off on onto or over per so than the to up upon via vs vs. with".split(" "),
);
/** Frequency bands of the common-word lexicon everyday enough to lower (0 and 1 of 0–2). */
const EVERYDAY_BANDS = 1;
const WORD = /^\p{L}/u;
const TITLE = /^\p{Lu}[\p{Ll}'’-]*(?:[’']\p{Ll}+)?$/u;
/** Tokens after which a capital opens a sentence or a quote rather than naming something. */
const OPENERS = /^(?:[:"“‘(*•–—-]|\.)$/u;

/** Whether the sentence `ts` is a whole line of `text`. */
function ownLine(text: string, ts: Token[]): boolean {
  const lineStart = text.lastIndexOf("\n", ts[0].start - 1) + 1;
  const lineEnd = text.indexOf("\n", ts[ts.length - 1].end);
  return !text.slice(lineStart, ts[0].start).trim() && !text.slice(ts[ts.length - 1].end, lineEnd < 0 ? text.length : lineEnd).trim();
}

/** Whether the words are a title-case headline: three or more words, all capitalized but minor ones, some lowercase letter. */
function isTitleCase(words: string[]): boolean {
  const lettered = words.filter((w) => WORD.test(w));
  if (lettered.length < 3 || !lettered.some((w) => /\p{Ll}/u.test(w))) return false;
  let capitalized = 0;
  for (const w of lettered) {
    if (/^\p{Lu}/u.test(w)) capitalized++;
    else if (!MINOR.has(w.toLowerCase())) return false;
  }
  return capitalized >= 3 && !/[.;,]$/.test(words[words.length - 1]) && words[words.length - 1] !== ".";
}

/** The words of each sentence (`toks`) as the tagger should read them: title-case headline lines in running-text case. */
export function headlinesAsRunningText(text: string, toks: Token[][], lexicons: Lexicons): string[][] {
  const written = toks.map((ts) => ts.map((t) => t.text));
  const headline = toks.map((ts, i) => ts.length > 0 && isTitleCase(written[i]) && ownLine(text, ts));
  if (!headline.some(Boolean)) return written;
  const lowered = lowercaseWords(written.flat());
  // words the article capitalizes inside its sentences: names, whatever the headline does with them;
  // and a sentence's first word when a capitalized word follows it ("General Motors said")
  const named = new Set<string>();
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  written.forEach((words, i) => {
    if (headline[i]) return;
    for (let k = 0; k < words.length; k++) {
      if (!capital(words[k])) continue;
      const inside = k > 0 && !OPENERS.test(words[k - 1]);
      if (inside || (capital(words[k + 1]) && !MINOR.has(words[k].toLowerCase()))) named.add(words[k]);
    }
  });
  const everyday = (w: string) => {
    const lw = w.toLowerCase().replace(/['’]\p{Ll}{1,2}$/u, ""); // "Won't" as "won", "Lohan's" as "lohan"
    const band = lexicons.commonWords.get(lw);
    return lowered.has(lw) || (band !== undefined && band <= EVERYDAY_BANDS);
  };
  const place = (w: string) => lexicons.places.get(w)?.some((rest) => rest.length === 0) ?? false;
  return written.map((words, i) => {
    if (!headline[i]) return words;
    return words.map((w, k) => {
      if (k === 0 || !TITLE.test(w) || named.has(w) || lexicons.givenNames.has(w) || place(w) || !everyday(w)) return w;
      return w.toLowerCase();
    });
  });
}
