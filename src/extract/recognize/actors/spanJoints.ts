// A tagger span that runs over two names is the names apart, when the document shows each name
// on its own: a possessive inside ("Ford's North American" → "Ford", "North American"), a
// conjunction ("Airbus and Air France"), a legal form before more capitals ("Chrysler LLC Jim
// Press"), a country before a person ("United States Barack Obama"), a maker before its model
// ("Airbus A320", whose model is no actor), and a word that opens the sentence, not the name ("Unlike Chrysler", "Automaker GM").
// Names whose parts never stand alone in the document ("McDonald's Corp", "Procter & Gamble",
// "General Motors") stay whole, and so does a unit of a country or of an everyday-word owner
// ("Iraq's Security Forces"). Runs before the clean-up, which cleans each piece. Pure.
import { COUNTRY_NAMES, DEMONYMS, ORG_WORDS, TITLE_WORDS } from "./gazetteer.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";
import { positionOf, positionsOf } from "./wordIndex.js";
import { isCap } from "./features.js";

const POSSESSIVE = /^(?:['’]s?|['’])$/;
const CONJUNCTIONS = new Set(["and", "&"]);
const LEGAL_FORMS = new Set("inc inc. corp corp. co co. ltd ltd. llc plc".split(" "));
/** Words that open a sentence before a name and are never part of one ("Unlike Chrysler, ..."). */
const OPENERS = new Set(
  `unlike like after before despite although though while when whenever if unless since because meanwhile however
  as for with without under following including according besides beyond also but and or so then thus still now
  both only even yet once until upon among amid against during through via per whereas whether`.split(/\s+/),
);

const isOpening = (words: string[], i: number) => i === 0 || /^["“‘'(:—–-]$/.test(words[i - 1]);

/**
 * Whether `name` (words) is written elsewhere in the document as a whole name of its own: not at
 * `skip`, inside a sentence (or opening one, when `openingToo`), after a word that is no capitalized name word, and before one that is
 * neither capitalized nor `excluded` (a possessive, a conjunction): "with Ford." and not "Ford Motor".
 */
export function standsAlone(
  doc: string[][],
  name: string[],
  skip: { sentence: number; start: number },
  excluded: (w: string) => boolean = () => false,
  openingToo = false,
): boolean {
  return positionsOf(doc, name[0]).some((packed) => {
    const [s, i] = positionOf(packed);
    const words = doc[s];
    if ((!openingToo && i === 0) || i + name.length > words.length) return false;
    if (s === skip.sentence && i === skip.start) return false;
    if (!name.every((w, k) => words[i + k] === w)) return false;
    const next = words[i + name.length];
    return !isCap(words[i - 1]) && !(next !== undefined && (isCap(next) || excluded(next)));
  });
}

/**
 * Whether "owner's rest" names one thing: a unit of a country, place or everyday-word owner named
 * by everyday words ("Iraq's Security Forces", "the Coalition's Small Group"), not a name after a
 * name ("Ford's North American unit", "Russia's Alexey Prokurorov").
 */
function possessiveUnit(owner: string[], rest: string[], common: (lower: string) => boolean): boolean {
  const name = owner.join(" ");
  const publicOwner = COUNTRY_NAMES.has(name) || DEMONYMS.has(name) || (owner.length === 1 && common(name.toLowerCase()));
  return publicOwner && rest.every((w) => common(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase()));
}

/** An aircraft's or a product's model after its maker's name: "A320", "747", "F-35". */
const MODEL = /^(?:\p{Lu}{1,3}-?\d{2,4}\p{L}*|\d{3,4})$/u;

/**
 * Whether words [i, end) of the candidate are a person named in full: two or more name words, no
 * everyday or organization word, opening with a given name or ending with a surname the document
 * writes alone ("Barack Obama" beside "Obama said"), not "Air Force".
 */
function personAfter(
  doc: string[][],
  c: ActorCandidate,
  i: number,
  common: (lower: string) => boolean,
  givenNames: ReadonlySet<string>,
): boolean {
  const words = doc[c.sentence];
  const rest = words.slice(i, c.end);
  if (rest.length < 2 || !rest.every((w) => isCap(w) && !common(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()))) return false;
  const skip = { sentence: c.sentence, start: c.end - 1 };
  return givenNames.has(rest[0]) || standsAlone(doc, rest.slice(-1), skip, undefined, true);
}

/** Where a candidate splits into two names: the end of the first, the start of the second, and the second's label when the joint tells it. */
export type Joint = [number, number, ActorCandidate["label"]?];

/** Where a candidate splits into two names, or null. */
export function jointOf(
  doc: string[][],
  c: ActorCandidate,
  common: (lower: string) => boolean,
  givenNames: ReadonlySet<string> = new Set(),
): Joint | null {
  const words = doc[c.sentence];
  const at = { sentence: c.sentence, start: c.start };
  // a maker and its model: "Airbus A320" is the maker's mention
  if (c.end - c.start > 1 && MODEL.test(words[c.end - 1]) && isCap(words[c.end - 2])) return [c.end - 1, c.end];
  for (let i = c.start + 1; i < c.end - 1; i++) {
    // a country before a person named in full: "(President of the) United States Barack Obama"
    if (COUNTRY_NAMES.has(words.slice(c.start, i).join(" ")) && personAfter(doc, c, i, common, givenNames)) return [i, i, "PER"];
  }
  for (let i = c.start + 1; i < c.end - 1; i++) {
    const w = words[i];
    if (!isCap(words[i + 1]) || !(POSSESSIVE.test(w) || CONJUNCTIONS.has(w) || LEGAL_FORMS.has(w.toLowerCase()))) continue;
    const left = words.slice(c.start, i);
    if (
      POSSESSIVE.test(words[i]) &&
      !possessiveUnit(left, words.slice(i + 1, c.end), common) &&
      standsAlone(doc, left, at, (w) => POSSESSIVE.test(w))
    )
      return [i, i + 1];
    // not inside a list ("Egypt, Jordan and Lebanon"), whose pieces are left whole
    if (CONJUNCTIONS.has(words[i]) && !left.includes(",") && standsAlone(doc, left, at, (w) => CONJUNCTIONS.has(w))) return [i, i + 1];
    // "Chrysler LLC | Jim Press": a given name after the legal form opens a person
    if (LEGAL_FORMS.has(words[i].toLowerCase()) && isCap(words[i + 2] ?? ""))
      return givenNames.has(words[i + 1]) ? [i + 1, i + 1, "PER"] : [i + 1, i + 1];
  }
  return null;
}

/** Whether the document writes `word` capitalized inside a sentence (a name word), not only opening one. */
const capitalizedInside = (doc: string[][], word: string) =>
  positionsOf(doc, word).some((packed) => {
    const [s, i] = positionOf(packed);
    return !isOpening(doc[s], i);
  });

/**
 * Whether the candidate's first word opens the sentence and not the name: a function word
 * ("Unlike Chrysler"), or a word the document never capitalizes inside a sentence before a name
 * it writes without it ("Automaker GM" beside "shares of GM"). Titles, places and given names
 * stay, and so does a word before a place ("Air Canada").
 */
export function opensSentenceOnly(doc: string[][], c: ActorCandidate, lexicons: Lexicons): boolean {
  const words = doc[c.sentence];
  if (c.end - c.start < 2 || !isOpening(words, c.start) || !isCap(words[c.start + 1])) return false;
  const first = words[c.start];
  if (TITLE_WORDS.has(first.toLowerCase()) || COUNTRY_NAMES.has(first) || DEMONYMS.has(first) || lexicons.givenNames.has(first))
    return false;
  if (OPENERS.has(first.toLowerCase())) return true;
  // a place after the word makes it the name's own ("Air Canada", "Real Madrid")
  if (knownPlace(words, c.start + 1, c.end, lexicons)) return false;
  return !capitalizedInside(doc, first) && standsAlone(doc, words.slice(c.start + 1, c.end), { sentence: c.sentence, start: c.start + 1 });
}

/** The candidates with every span over two names split into them (the joint's word dropped). */
export function splitAtJoints(
  doc: string[][],
  candidates: ActorCandidate[],
  common: (lower: string) => boolean,
  lexicons: Lexicons,
): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const queue = [...candidates];
  for (let q = 0; q < queue.length; q++) {
    const c = queue[q];
    // a single word holds no joint
    if (c.label === "NAT" || c.end - c.start < 2) {
      out.push(c);
      continue;
    }
    if (opensSentenceOnly(doc, c, lexicons)) {
      queue.push({ ...c, start: c.start + 1 });
      continue;
    }
    const joint = jointOf(doc, c, common, lexicons.givenNames);
    if (!joint) {
      out.push(c);
      continue;
    }
    const second = { ...c, start: joint[1], label: joint[2] ?? c.label };
    // a piece ending in a legal form is a company's name ("Chrysler LLC | Jim Press", which the tagger read as one person)
    const first = { ...c, end: joint[0], label: LEGAL_FORMS.has(doc[c.sentence][joint[0] - 1].toLowerCase()) ? "ORG" : c.label };
    queue.push(...[first, second].filter((piece) => piece.start < piece.end));
  }
  return out;
}
