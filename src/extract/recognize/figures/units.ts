// What a number counts or measures: currencies ("$", "€", "euros" → ISO codes), percentages, and
// the counted noun that follows a number ("1,000 US soldiers" → "soldiers", "eight oil pump jacks"
// → "jacks", "18,000 square kilometers" → "square kilometers"). Units are lowercase as written
// (plural kept: "troops", "hours"; "two-hour" gives "hour"), currencies are ISO codes, percentages
// are "percent".

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: "USD", us$: "USD", usd: "USD", "€": "EUR", eur: "EUR", "£": "GBP", gbp: "GBP", "¥": "JPY",
};
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", "us dollars": "USD", euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP",
  "pounds sterling": "GBP", "cfa francs": "XOF", francs: "CHF", yen: "JPY", yuan: "CNY", rubles: "RUB",
  roubles: "RUB", naira: "NGN", riyals: "SAR", dinars: "IQD", lira: "TRY", rupees: "INR",
};
/** Regex source for a currency word after a number ("5 million euros"). */
export const CURRENCY_WORD_SOURCE = `(?:us\\s+dollars|pounds\\s+sterling|cfa\\s+francs|dollars?|euros?|pounds?|francs|yen|yuan|rubles|roubles|naira|riyals|dinars|lira|rupees)`;

/** Words that end a counted-noun phrase: function words, verbs and adverbs common after counts. */
const STOP = new Set(
  (
    "a an the of in on at to by for from with without into onto over under about after before during since until " +
    "and or but nor than as that which who whom whose what when where while because if so yet than then " +
    "is are was were be been being am has have had do does did will would shall should can could may might must " +
    "not no also still now just only already even again ago each per more less most least many much few other another " +
    "said says say told tell reported according remain remains remained left died fled live lived arrived came went " +
    "took take make made got get broke went came gave saw fell met won lost led fought began became ran sent spent stood kept brought thought felt knew found " +
    " include includes including included across against among between within through " +
    "this these those there here it its their they them he she his her we our you your i my me us " +
    "one two three four five six seven eight nine ten twelve hundred thousand million billion percent " +
    "day days week weeks month months year years hour hours minute minutes"
  ).split(" "),
);
const TIME_UNITS = new Set("second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years decade decades century centuries".split(" "));

export interface CountedNoun {
  unit: string;
  /** End offset of the noun phrase in the text. */
  end: number;
}

const WORD = /^[\s\u00a0]+((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)/;

/**
 * The noun counted by a number ending at `pos`: up to four words of a noun phrase, its last word
 * as the unit. Stops at function words, punctuation, a verb after a noun ("-ed"/"-ing" words), or
 * a capitalized word after a lowercase one. Time units are taken alone ("four days"). With
 * `adjectival` (a "-plus" number) a singular first word is the measure ("60-plus nation coalition").
 */
export function countedNounAfter(text: string, pos: number, adjectival = false): CountedNoun | null {
  const words: Array<{ word: string; end: number }> = [];
  let at = pos;
  for (let i = 0; i < 4; i++) {
    const m = WORD.exec(text.slice(at, at + 60));
    if (!m) break;
    const word = m[1];
    const lower = word.toLowerCase();
    const timeUnit = TIME_UNITS.has(lower);
    const acronym = /^[A-Z][A-Z.]+$/.test(word); // "US", "U.S.", "ISIL" are names, not the pronoun "us"
    if (!acronym && STOP.has(lower) && !(timeUnit && words.length === 0)) break;
    if (words.length > 0) {
      if (/^[A-Z]/.test(word) && /^[a-z]/.test(words[words.length - 1].word)) break;
      if (/(ed|ing|ly)$/.test(lower) && !/-/.test(lower)) break;
    }
    at += m[0].length;
    words.push({ word, end: at });
    if (timeUnit) break;
    // a noun phrase ends at a plural noun unless another plural noun follows ("weapons caches")
    const next = WORD.exec(text.slice(at, at + 60));
    if (/[^s]s$/.test(lower) && !(next && /[^s]s$/.test(next[1]) && !STOP.has(next[1].toLowerCase()))) break;
  }
  if (!words.length) return null;
  // "60-plus nation coalition": a plus-form reads as an adjective; its measure is the first noun
  if (adjectival && /^[a-z]+$/.test(words[0].word) && !/s$/.test(words[0].word)) {
    return { unit: words[0].word, end: words[0].end };
  }
  const last = words[words.length - 1];
  let unit = last.word.toLowerCase().replace(/’/g, "'");
  const before = words[words.length - 2]?.word.toLowerCase();
  if (before === "square" || before === "cubic") unit = `${before} ${unit}`;
  return { unit, end: last.end };
}

export function isTimeUnit(unit: string): boolean {
  return TIME_UNITS.has(unit);
}
