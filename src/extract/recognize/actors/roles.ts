// Finds the title or role that goes with a person mention: a title run right before the name
// ("Acting Deputy Secretary of State", "State Department spokesperson", "Gen."), titles the
// tagger left inside the span ("President Bazoum"), or an appositive after it ("Victoria Nuland,
// acting deputy US secretary of state,"). Works on token strings; returns token ranges. Pure.
import { TITLE_WORDS } from "./gazetteer.js";
import { genderOfGivenName } from "../quotes/givenNames.js";
import { isCap } from "./features.js";

const CONNECTORS = new Set(["of", "for", "the", "on", "to"]);
/** Lowercase words that may open a role before a lowercase title ("coup leader", "former president"). */
const MODIFIERS = new Set(
  `coup junta opposition rebel army military party militia group state deputy former acting interim transitional
  defense defence foreign senior top regional national deposed ousted elected self-proclaimed new then`.split(/\s+/),
);
/** Words that make an appositive a clause, not a role ("Bazoum, who is the president"). */
const CLAUSE_WORDS = new Set("who which that whose whom is was are were has had have said says told will would and but".split(" "));
const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase());

/**
 * "Secretary of State Victoria Nuland" tagged as one name "State Victoria Nuland": when a person span of
 * three or more tokens follows "Title of|for", its first token belongs to the title. Returns the new start.
 */
export function stripOfficeObject(words: string[], a: number, b: number): number {
  if (b - a >= 3 && a >= 2 && /^(of|for)$/i.test(words[a - 1]) && isTitle(words[a - 2])) return a + 1;
  return a;
}

/** Index of the first name token after leading titles inside span [a, b); `a` when none or nothing would remain. */
export function stripLeadingTitles(words: string[], a: number, b: number): number {
  let nameStart = a;
  while (nameStart < b - 1 && (isTitle(words[nameStart]) || (nameStart > a && CONNECTORS.has(words[nameStart].toLowerCase())))) nameStart++;
  while (nameStart > a && CONNECTORS.has(words[nameStart - 1]?.toLowerCase())) nameStart--; // never end the title on "of"
  return nameStart < b && isCap(words[nameStart]) && isTitle(words[nameStart - 1] ?? "") ? nameStart : a;
}

/**
 * Role run [start, a) right before a name starting at token `a`, or null. `commonAt(i)` tells whether
 * token i is a common word at the start of the sentence (never part of a role).
 */
export function roleBefore(
  words: string[],
  a: number,
  commonAt: (i: number) => boolean,
  taken: (i: number) => boolean = () => false,
): [number, number] | null {
  let j = a;
  while (j > 0) {
    const w = words[j - 1];
    const lw = w.toLowerCase();
    if (taken(j - 1)) break;
    if (isTitle(w)) j--;
    else if (isCap(w) && !commonAt(j - 1) && /\p{L}/u.test(w)) j--;
    else if (CONNECTORS.has(lw) && j - 1 > 0 && (j < a || isTitle(words[j - 2]))) j--;
    else if (MODIFIERS.has(lw) && j < a && !isCap(words[j]) && isTitle(words[j])) j--;
    else break;
  }
  while (j < a && CONNECTORS.has(words[j].toLowerCase())) j++;
  let hasTitle = false;
  for (let k = j; k < a; k++) if (isTitle(words[k])) hasTitle = true;
  if (!hasTitle) return null;
  // the run must end in a title or an organization-like capitalized word, not e.g. a verb
  return j < a ? [j, a] : null;
}

/** Appositive role after a name ending at token `b` ("…, acting deputy US secretary of state,"), or null. */
export function roleAfter(words: string[], b: number): [number, number] | null {
  if (words[b] !== ",") return null;
  let s = b + 1;
  if (s < words.length && /^(the|a|an)$/i.test(words[s])) s++;
  if (s >= words.length || (isCap(words[s]) && !isTitle(words[s]))) return null;
  let e = s;
  let hasTitle = false;
  while (e < words.length && e - s < 12 && !/^[,.;:)(!?"“”]$/.test(words[e])) {
    if (isTitle(words[e])) hasTitle = true;
    if (CLAUSE_WORDS.has(words[e].toLowerCase())) return null;
    e++;
  }
  if (!hasTitle || e === s || titledName(words, s, e)) return null;
  if (e < words.length && !/^[,.;)]$/.test(words[e])) return null;
  return [s, e];
}

/**
 * Whether words [s, e) hold a title right before a name of two capitalized words or a given name: another
 * person named in a list (", Representative Tom DeLay of Texas,"), no role of the name before it.
 */
function titledName(words: string[], s: number, e: number): boolean {
  const named = (w: string | undefined) => w !== undefined && /^\p{Lu}\p{Ll}/u.test(w) && !isTitle(w);
  for (let k = s; k + 1 < e; k++) {
    if (!isTitle(words[k]) || !named(words[k + 1])) continue;
    if ((k + 2 < e && named(words[k + 2])) || genderOfGivenName(words[k + 1]) !== undefined) return true;
  }
  return false;
}
