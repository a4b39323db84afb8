// Feature extraction for the actor tagger: for each token of a sentence, a list of string
// features (word, shape, affixes, neighbours ±2, gazetteer labels, "capitalized but usually a
// common word" cues from the training lexicon and from the document itself). Pure.
import { gazetteerLabels, isGazetteerWord } from "./gazetteer.js";
import { placeLabels, type Lexicons } from "./lexicons.js";

/** What a sentence's features may look at beyond its own tokens. */
export interface FeatureContext {
  /** Lowercase words seen lowercase often in the training text ("however", "read", "state"). */
  commonLower: Set<string>;
  /** Lowercase words that appear in lowercase somewhere in this document. */
  docLower: Set<string>;
  /** Place names, given names and everyday words with their frequency bands. */
  lexicons: Lexicons;
}

/** Compressed word shape: "Niger"→"Xx", "ECOWAS"→"X", "U.S."→"X.X.", "2023"→"d", "al-Abadi"→"x-Xx". */
export function shape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    // ASCII by code (the common case, and fast); other letters and digits by Unicode class
    const c =
      code < 128
        ? code >= 65 && code <= 90
          ? "X"
          : code >= 97 && code <= 122
            ? "x"
            : code >= 48 && code <= 57
              ? "d"
              : ch
        : /\p{Lu}/u.test(ch)
          ? "X"
          : /\p{Ll}/u.test(ch)
            ? "x"
            : /\p{N}/u.test(ch)
              ? "d"
              : ch;
    if (last !== c) {
      out += c;
      last = c;
    }
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

// The word tests below decide ASCII characters by their codes (most words are ASCII, and a regular
// expression with Unicode classes costs more than the rest of a word's features) and hand anything
// else to the Unicode classes: the same answers either way.
const isAsciiUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** A word opening with a capital letter. */
export function isCap(w: string | undefined): boolean {
  if (w === undefined) return false;
  const code = w.charCodeAt(0);
  return code < 128 ? isAsciiUpper(code) : /^\p{Lu}/u.test(w);
}

/** A word opening with a lower-case letter. */
function opensLower(w: string): boolean {
  const code = w.charCodeAt(0);
  return code < 128 ? isAsciiLower(code) : /^\p{Ll}/u.test(w);
}

/** A word written in capitals only, with at least two letters ("CAIRO", "U.S.", "AL-ASSAD"). */
export function isUpperWord(w: string): boolean {
  let letters = 0;
  for (let k = 0; k < w.length; k++) {
    const code = w.charCodeAt(k);
    if (code >= 128 || code === 10 || code === 13) return !/\p{Ll}/u.test(w) && /\p{L}.*\p{L}/u.test(w);
    if (isAsciiLower(code)) return false;
    if (isAsciiUpper(code)) letters++;
  }
  return letters >= 2;
}
/** Punctuation that may sit inside a stretch of capitals ("ANDERSON COOPER, CNN ANCHOR"). */
const RUN_GLUE = /^(?:[,&/()'’-]|['’]S)$/u;

/** Short words that join names and are never acronyms: read in lower case inside capitals. */
const FUNCTION_WORDS = new Set("a an and as at by for from in of on or the to with".split(" "));

/** "COOPER" → "Cooper", "AL-ASSAD" → "Al-Assad". */
function titleCase(w: string): string {
  return w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A sentence's words as the tagger reads them (caseView), and which were read in title case. */
export interface CaseView {
  view: string[];
  caps: boolean[];
}

/**
 * The words as the tagger should read them: inside a stretch of capitals (a headline, a speaker
 * label, a dateline: two or more all-caps words, or a sentence with no lowercase letter) a word is
 * read in title case, so "CAIRO" looks like "Cairo" and "ANDERSON COOPER" like a name. Short words
 * that are not known names stay as written: they are usually acronyms ("CNN", "AP"); "AND", "OF",
 * "THE" and the like are read in lower case. `caps[i]`
 * tells which words were read so. (Reading everyday words in lower case was tried: with the
 * training text's lexicon it leaves too many rarer words capitalized and scored worse.)
 */
export function caseView(words: string[]): CaseView {
  const n = words.length;
  const caps = new Array<boolean>(n).fill(false);
  const noLower = words.some(isUpperWord) && !words.some((w) => /\p{Ll}/u.test(w));
  let i = 0;
  while (i < n) {
    if (!isUpperWord(words[i])) {
      i++;
      continue;
    }
    let j = i;
    let upper = 0;
    let last = i;
    while (j < n && (isUpperWord(words[j]) || RUN_GLUE.test(words[j]) || /^\p{N}+$/u.test(words[j]))) {
      if (isUpperWord(words[j])) {
        upper++;
        last = j;
      }
      j++;
    }
    // a speaker's label opening a line counts too: "COOPER: Nick, thank you."
    const label = i === 0 && words[last + 1] === ":";
    if (upper >= 2 || noLower || label) for (let k = i; k <= last; k++) caps[k] = isUpperWord(words[k]);
    i = Math.max(j, i + 1);
  }
  if (!caps.includes(true)) return { view: words, caps };
  const view = words.map((w, k) => {
    if (!caps[k] || isGazetteerWord(w)) return w; // "US", "UAE"
    const lw = w.toLowerCase();
    if (FUNCTION_WORDS.has(lw)) return lw;
    const t = titleCase(w);
    return w.replace(/\./g, "").length <= 4 && !isGazetteerWord(t) ? w : t;
  });
  return { view, caps };
}

/** Lowercase words that appear lowercased in the document's text (for the `docLower` context). */
export function lowercaseWords(words: string[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) if (opensLower(w)) set.add(w.toLowerCase());
  return set;
}

/** Marks after which a word opens a sentence for the features: a label, a quote, a list mark. */
export const OPENERS = new Set([":", '"', "“", "‘", "*", "•", "-", "–", "—"]);

/**
 * Visits every feature of every token of one sentence, in order: `visit(i, template, value)`, the
 * feature's name being `template=value` ("w=niger", "s-1=Xx"), or `template` alone when `value` is
 * undefined ("b", "cmn"). Training reads the names (sentenceFeatures); tagging looks the weights up
 * by template and value, without writing the names.
 */
export function visitFeatures(written: string[], ctx: FeatureContext, visit: (i: number, template: string, value?: string) => void): void {
  const { view: words, caps } = caseView(written);
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const gaz = gazetteerLabels(words);
  const places = placeLabels(words, ctx.lexicons.places);
  const { givenNames, commonWords } = ctx.lexicons;
  const at = (arr: string[], i: number, pad: string) => (i < 0 ? "<s>" : i >= n ? "</s>" : arr[i] || pad);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const lw = lower[i];
    const s = shapes[i];
    visit(i, "b");
    visit(i, "w", lw);
    visit(i, "s", s);
    visit(i, "p3", lw.slice(0, 3));
    visit(i, "x3", lw.slice(-3));
    visit(i, "x2", lw.slice(-2));
    visit(i, "w-1", at(lower, i - 1, ""));
    visit(i, "w+1", at(lower, i + 1, ""));
    visit(i, "w-2", at(lower, i - 2, ""));
    visit(i, "w+2", at(lower, i + 2, ""));
    visit(i, "s-1", at(shapes, i - 1, ""));
    visit(i, "s+1", at(shapes, i + 1, ""));
    visit(i, "s-1s+1", at(shapes, i - 1, "") + "|" + s + "|" + at(shapes, i + 1, ""));
    visit(i, "g", gaz[i] || "-");
    visit(i, "g-1", at(gaz, i - 1, "-"));
    visit(i, "g+1", at(gaz, i + 1, "-"));
    // inside a place name (B/I, length class), or next to one; nothing when no place is near
    if (places[i]) visit(i, "pl", places[i]);
    if (places[i - 1]) visit(i, "pl-1", places[i - 1]);
    if (places[i + 1]) visit(i, "pl+1", places[i + 1]);
    // a sentence's first word, or the first after a label, a quote or a list mark ("COOPER: Nick, ...")
    const first = i === 0 || OPENERS.has(words[i - 1]);
    if (first) visit(i, "first|s", s);
    if (isCap(w)) {
      const common = ctx.commonLower.has(lw);
      const inDoc = ctx.docLower.has(lw);
      if (common) visit(i, first ? "cmn|first" : "cmn");
      if (inDoc) visit(i, first ? "doclc|first" : "doclc");
      if (!common && !inDoc) visit(i, first ? "rare|first" : "rare");
      // how everyday the word is in English at large: frequency band of its lower-case form, or none
      visit(i, first ? "wf|first" : "wf", String(commonWords.get(lw) ?? "-"));
      // a given name, one followed by a capitalized word ("Aisha Buhari"), or the word after one
      if (givenNames.has(w)) visit(i, isCap(words[i + 1] ?? "") ? "gn|cap+1" : "gn");
      if (i > 0 && givenNames.has(words[i - 1])) visit(i, "gn-1");
    }
    if (caps[i]) visit(i, "capsrun");
    else if (isUpperWord(w)) visit(i, "allcaps");
  }
}

/** The names of every token's features (see visitFeatures): what the tagger is trained on. */
export function sentenceFeatures(written: string[], ctx: FeatureContext): string[][] {
  const out: string[][] = written.map(() => []);
  visitFeatures(written, ctx, (i, template, value) => out[i].push(value === undefined ? template : template + "=" + value));
  return out;
}
