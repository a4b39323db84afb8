// Numbers as written in news text: numerals ("1,110", "2.5", "5bn"), number words ("two",
// "twenty-five", "a dozen", "five million", "half a million"), and vague plurals ("hundreds",
// "tens of thousands", "millions"). The number words are util/words.ts's, which the date recognizer reads too.
import { TENS_WORDS, UNIT_WORDS } from "../../util/words.js";

const UNITS = UNIT_WORDS;
const TENS = TENS_WORDS;
export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  k: 1e3,
  tn: 1e12,
  tr: 1e12,
  trn: 1e12,
  // South Asian scales: "Rs 45 crore" is 450 million rupees, "3 lakh" 300,000
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

const SIMPLE_WORD = [
  ...Object.keys(TENS).map((t) => `${t}(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join("|")}))?`),
  ...Object.keys(UNITS).sort((a, b) => b.length - a.length),
].join("|");

/** A fraction of a scale: "a quarter of a million", "three-quarters of a billion", "two-thirds of a million". */
const SCALE_FRACTION = "(?:(?:a|one|three)[-\\s]quarters?|(?:a|one|two)[-\\s]thirds?)[-\\s]of[-\\s]a[-\\s](?:million|billion|trillion)";
const SCALE_FRACTION_PARTS = /^(a|one|two|three) (quarters?|thirds?) of a (million|billion|trillion)$/;

/** Regex source for a number written in words: "two", "twenty-five", "two hundred", "a dozen", "five million", "a quarter of a million". */
export const NUMBER_WORDS_SOURCE = `(?:${SCALE_FRACTION}|(?:${SIMPLE_WORD})(?:\\s+(?:hundred|thousand|million|billion|trillion))*(?:\\s+(?:and\\s+)?(?:${SIMPLE_WORD}))?|a\\s+dozen|half[-\\s]a[-\\s](?:million|billion|dozen)|a\\s+(?:hundred|thousand|million|billion)|dozen)`;

/** Regex source for a numeral: "1,110", "2.5", "24,000", "1.2". */
export const NUMERAL_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`;

/** Vague plurals: "hundreds", "scores", "tens of thousands", "hundreds of millions", "dozens", "millions". */
export const VAGUE_SOURCE = `(?:(?:tens|hundreds|thousands|dozens|scores|millions|billions)(?:\\s+of\\s+(?:thousands|millions|billions))?)`;
/** A vague plural and nothing else. */
export const VAGUE_ONLY = new RegExp(`^${VAGUE_SOURCE}$`, "i");

/** Value of a numeral as written ("1,110" → 1110). */
export function parseNumeral(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/** The running value below a thousand after number word `w` ("a", "dozen", units, tens, "hundred"), or undefined for another word. */
function wordStep(w: string, current: number): number | undefined {
  if (w === "a" || w === "an") return current || 1;
  if (w === "dozen") return (current || 1) * 12;
  if (w in UNITS) return current + UNITS[w];
  if (w in TENS) return current + TENS[w];
  if (w === "hundred") return (current || 1) * 100;
  return undefined;
}

/** Value of a number written in words, or NaN. Case-insensitive; hyphens and "and" allowed. */
export function parseNumberWords(text: string): number {
  const words = text
    .toLowerCase()
    .replace(/-/g, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "and");
  if (!words.length) return NaN;
  if (words[0] === "half" && words[1] === "a" && words[2]) return (words[2] === "dozen" ? 12 : (SCALES[words[2]] ?? NaN)) / 2;
  const fraction = SCALE_FRACTION_PARTS.exec(words.join(" "));
  if (fraction) {
    const count = fraction[1] === "two" ? 2 : fraction[1] === "three" ? 3 : 1;
    if (/s$/.test(fraction[2]) !== count > 1) return NaN;
    return (count * SCALES[fraction[3]]) / (fraction[2].startsWith("quarter") ? 4 : 3);
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const next = wordStep(w, current);
    if (next !== undefined) current = next;
    else if (w in SCALES && w.length > 2) {
      total += (current || 1) * SCALES[w];
      current = 0;
    } else return NaN;
    seen = true;
  }
  return seen ? total + current : NaN;
}

/** Lower bound of a vague plural: "hundreds" → 100, "tens of thousands" → 10000, "hundreds of millions" → 1e8. */
export function parseVague(text: string): number {
  const base: Record<string, number> = { tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
  return text
    .toLowerCase()
    .split(/\s+of\s+/)
    .reduce((value, w) => value * (base[w.trim()] ?? 1), 1);
}

/** Value of any number phrase this module recognizes, or NaN. */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (/^[\d.,]+$/.test(t)) return parseNumeral(t);
  if (VAGUE_ONLY.test(t)) return parseVague(t);
  return parseNumberWords(t);
}
