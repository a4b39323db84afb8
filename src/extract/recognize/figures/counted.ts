// What a number counts: the noun phrase after it ("1,110 US troops", "eight oil pump jacks",
// "35 more innocent civilians", "30 Britons"). Convention:
// - `counted` is the phrase as written, without words like "more"/"other" that sit between the
//   number and the phrase: "US troops", "oil pump jacks", "innocent civilians".
// - `unit` is its head noun, lowercase (acronyms and peoples keep their case: "VBIEDs", "Britons"), always plural
//   ("1 strike" and "34 strikes" → "strikes", "one person" → "people"), so counts of one thing
//   group under one name. Uncountable heads stay as they are ("personnel", "aircraft").
// - an attributive singular after a number above one reads as a count of that noun:
//   "a 63 nation coalition" counts nations ("nations", counted "nations").
// Time units are returned as such (`time: true`): a length of time is a duration, never a figure.
import pluralize from "pluralize";

/** Words that end a counted-noun phrase: function words, verbs and adverbs common after counts. */
const STOP = new Set(
  (
    "a an the of in on at to by for from with without into onto over under about after before during since until " +
    "and or but nor than as that which who whom whose what when where while because if so yet than then " +
    "is are was were be been being am has have had do does did will would shall should can could may might must " +
    "not no also still now just only already even again ago each per more less most least many much few other another " +
    "said says say told tell reported according remain remains remained left died fled live lived arrived came went " +
    "took take make made got get broke went came gave saw fell met won lost led fought began became ran sent spent stood kept brought thought felt knew found " +
    "include includes including included across against among between within through " +
    "this these those there here it its their they them he she his her we our you your i my me us " +
    "one two three four five six seven eight nine ten twelve hundred thousand million billion trillion percent " +
    "others ones times once twice apiece each respectively total altogether overall last next previous following earlier later"
  ).split(" "),
);

/** Irregular past tenses and common bare verbs that follow a count's noun ("1 strike hit a truck"). */
const IRREGULAR_VERBS = new Set(
  `hit hits cut cuts put set let shut beat blew broke built burst caught chose dealt drew drove fled flew forgot froze gave grew hung held hid
  kept knew laid lay meant paid quit rode rang rose sank sat shot shook sold sought spoke spent spread stole stuck struck swore swept
  took taught tore threw told understood woke wore won wrote need needs want wants remain seem seems appear appears`.split(/\s+/),
);

/** Verbs that follow a bare number as its subject ("13.5 million need aid", "2,000 remain"). */
const BARE_VERBS = new Set(
  "need needs want wants remain remains seem seems appear appears face faces lack lacks depend depends rely relies".split(" "),
);

/** Lengths of time: a number counting them is a duration (dates), never a figure. */
const TIME_UNITS = new Set(
  "second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights week weeks weekend weekends fortnight fortnights month months year years decade decades century centuries millennium millennia quarter quarters semester semesters season seasons".split(
    " ",
  ),
);

/** Words that may stand between a number and what it counts without being part of it. */
const BETWEEN = /^[\s\u00a0]+(?:more|other|additional|further|extra|new|fewer|so-called)\b/i;

/** Past participles that stand for the people they describe in casualty counts ("1,200 killed"). */
const CASUALTIES =
  /^(?:killed|dead|wounded|injured|hurt|missing|displaced|detained|arrested|captured|kidnapped|abducted|executed|evacuated|rescued|released|freed|homeless)$/i;

export interface CountedNoun {
  /** Plural head noun: "troops", "strikes", "people". */
  unit: string;
  /** The phrase as written: "US troops", "oil pump jacks". */
  counted: string;
  /** End offset of the phrase in the text. */
  end: number;
  /** True when the noun is a length of time ("four days"). */
  time: boolean;
}

// Words are separated by spaces, or by a line break inside a sentence (a capital after a break
// starts a new line of a list or heading: "1,240,000\nTime zone" counts no time zone).
const WORD =
  /^(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-z]))((?:[A-Z]\.){2,}|[A-Z][A-Za-z]*-?\d+[A-Za-z]*(?:-[A-Za-z]+)*|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)/;
/** Model names counted in the plural: "two F-22s", "30 MiG-29s". */
const MODEL_PLURAL = /^[A-Z][A-Za-z]*-?\d+s$/;
const isAcronym = (word: string) => /^[A-Z][A-Z.]*[A-Z.]s?$/.test(word) && /[A-Z].*[A-Z]|\./.test(word);

/** "-ed", "-ing" and "-ly" words read as verbs or adverbs ("building" and "sibling" are nouns). */
const isVerbLike = (lower: string) => /(?:ed|ing|ly)$/.test(lower) && !/-/.test(lower) && !/(?:ling|ding|thing)$/.test(lower);

/** A plural noun ("troops", "people", "gunmen"), which ends a counted phrase. */
const endsPlural = (lower: string) => /[^s]s$|men$/.test(lower) || IRREGULAR_PLURALS.has(lower);
/** Plurals without an "s" that end a counted phrase ("300 people", "2,000 men"). */
const IRREGULAR_PLURALS = new Set(
  "people children police personnel staff aircraft cattle clergy militia youth feet teeth mice geese".split(" "),
);

/** The plural head a counted noun is grouped under ("strike" → "strikes", "VBIED" → "VBIEDs"). */
export function pluralHead(word: string): string {
  if (isAcronym(word)) return /s$/.test(word) ? word : `${word}s`;
  const lower = word.toLowerCase().replace(/’/g, "'");
  const plural = endsPlural(lower) ? lower : pluralize.plural(lower);
  return /^[A-Z][a-z]/.test(word) ? word[0] + plural.slice(1) : plural; // a people keeps its capital: "Britons"
}

/**
 * The noun counted by a number ending at `pos`: up to four words of a noun phrase, its last word
 * the head. Stops at function words, punctuation, a verb after a noun ("-ed"/"-ing" words), or a
 * capitalized word after a lowercase one. A time unit is taken alone ("four days") and flagged.
 * `adjectival`: the number is written as an adjective ("60-plus nation coalition", "a 15-member
 * team"), so its first noun is what it counts. `value`: the number, for plural agreement.
 */
export function countedNounAfter(text: string, pos: number, value: number, adjectival = false): CountedNoun | null {
  let at = pos;
  const between = BETWEEN.exec(text.slice(at, at + 20));
  if (between) at += between[0].length;
  const words: Array<{ word: string; start: number; end: number }> = [];
  for (let i = 0; i < 4; i++) {
    const m = WORD.exec(text.slice(at, at + 60));
    if (!m) break;
    const word = m[1];
    const lower = word.toLowerCase();
    const time = TIME_UNITS.has(lower);
    if (words.length === 0 && time) {
      const end = at + m[0].length;
      return { unit: pluralHead(word), counted: word, end, time: true };
    }
    if (!isAcronym(word) && STOP.has(lower)) break;
    if (time) break;
    if (words.length > 0 && IRREGULAR_VERBS.has(lower)) break;
    if (words.length > 0 && isVerbLike(lower)) {
      // "two ISIL fighting positions", "three staging areas": an -ing/-ed word before a plural noun is its adjective
      const following = WORD.exec(text.slice(at + m[0].length, at + m[0].length + 40));
      if (!following || !/^[a-z]/.test(following[1]) || !endsPlural(following[1]) || STOP.has(following[1])) break;
    }
    if (words.length === 0 && BARE_VERBS.has(lower)) break;
    if (words.length > 0 && /^[A-Z]/.test(word) && /^[a-z]/.test(words[words.length - 1].word)) break;
    const start = at + m[0].length - word.length;
    at += m[0].length;
    words.push({ word, start, end: at });
    // a noun phrase ends at a plural noun unless another plural noun follows ("weapons caches")
    const next = WORD.exec(text.slice(at, at + 60));
    if (
      (isAcronym(word) ? /[A-Z]s$/.test(word) : endsPlural(lower)) &&
      !(next && /[^s]s$/.test(next[1]) && !STOP.has(next[1].toLowerCase()) && !TIME_UNITS.has(next[1].toLowerCase()))
    )
      break;
  }
  if (words.length && isVerbLike(words[words.length - 1].word.toLowerCase())) {
    // "1,200 killed": a casualty count; "300 armed men" keeps its noun; "500 attended" counts nothing
    if (words.length === 1 && CASUALTIES.test(words[0].word))
      return { unit: words[0].word.toLowerCase(), counted: words[0].word, end: words[0].end, time: false };
    words.pop();
  }
  if (!words.length) return null;
  // "60-plus nation coalition", "a 63 nation coalition": the first singular noun is what is counted
  const firstSingular = /^[a-z]+$/.test(words[0].word) && !endsPlural(words[0].word);
  if (firstSingular && (adjectival || (value !== 1 && words.length > 1 && !endsPlural(words[words.length - 1].word.toLowerCase())))) {
    const head = pluralHead(words[0].word);
    return { unit: head, counted: value === 1 ? words[0].word : head, end: words[0].end, time: false };
  }
  const last = words[words.length - 1];
  // the head must be a noun: lowercase, an acronym ("VBIEDs"), or a capitalized plural ("Britons")
  if (MODEL_PLURAL.test(last.word)) return { unit: last.word, counted: text.slice(words[0].start, last.end), end: last.end, time: false };
  if (/\d/.test(last.word)) return null;
  // an acronym counts only in the plural ("12 IEDs"); "70 AD", "5 ISIL", "300 US" name, not count
  if (isAcronym(last.word) && !/[A-Z]s$/.test(last.word)) return null;
  if (/^[A-Z]/.test(last.word) && !isAcronym(last.word) && !endsPlural(last.word.toLowerCase())) return null;
  if (/^[a-z]$/i.test(last.word)) return null;
  const counted = text.slice(words[0].start, last.end);
  return { unit: pluralHead(last.word), counted, end: last.end, time: false };
}

/** True when the last word of `phrase` is a plural noun ("people", "displaced people"). */
export function isPluralNoun(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop() ?? "";
  return endsPlural(last.toLowerCase());
}

/** True when `word` names a length of time ("days", "hour"). */
export function isTimeUnit(word: string): boolean {
  return TIME_UNITS.has(word.toLowerCase());
}
