// Words before a number that qualify it: approximation ("about 1,000", "an estimated 300") and
// bounds ("more than two hours" → min, "up to $5 million" → max). Documented choice:
// - approximate: about, around, roughly, approximately, nearly, almost, some, an estimated,
//   estimated, close to, circa, just under/over, more or less, "~"; vague plurals ("hundreds",
//   "dozens") are approximate too.
// - bound "min": more than, over, at least, upwards of, in excess of, no fewer/less than, exceeding,
//   and the "-plus"/"+" suffix ("60-plus"). bound "max": fewer than, less than, under, up to,
//   at most, no more than, as many as, as much as. A bound alone is not approximate.

export interface Qualifier {
  /** Characters before the number that belong to the figure ("more than "). */
  length: number;
  approximate: boolean;
  bound?: "min" | "max";
}

const APPROX =
  "about|around|roughly|approximately|nearly|almost|some|an\\s+estimated|estimated|close\\s+to|circa|more\\s+or\\s+less|~|c\\.";
const MIN =
  "more\\s+than|over|at\\s+least|upwards\\s+of|in\\s+excess\\s+of|no\\s+fewer\\s+than|no\\s+less\\s+than|not\\s+less\\s+than|exceeding|just\\s+over|well\\s+over";
const MAX =
  "fewer\\s+than|less\\s+than|under|up\\s+to|at\\s+most|no\\s+more\\s+than|not\\s+more\\s+than|as\\s+many\\s+as|as\\s+much\\s+as|just\\s+under|a\\s+maximum\\s+of";

const BEFORE = new RegExp(`(?<![\\w-])(?:(${APPROX})|(${MIN})|(${MAX}))\\s*$`, "i");

/** The qualifier ending right before `start` in `text`, if any. */
export function qualifierBefore(text: string, start: number): Qualifier {
  const window = text.slice(Math.max(0, start - 30), start);
  const m = BEFORE.exec(window);
  if (!m) return { length: 0, approximate: false };
  const word = m[0].toLowerCase().replace(/\s+/g, " ").trim();
  if (m[1]) return { length: m[0].length, approximate: true };
  if (m[2]) return { length: m[0].length, approximate: /^just /.test(word), bound: "min" };
  return { length: m[0].length, approximate: /^just /.test(word), bound: "max" };
}
