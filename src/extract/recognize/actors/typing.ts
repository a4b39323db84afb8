// Types that hold, from the shape of a name and the words around it (after the tagger and the
// gazetteer rules, before roles are read):
// - a name with a title inside it ("Northrop Grumman CEO Ron Sugar") is two: the organization and
//   the titled person;
// - "General Motors", "Air Force", "Supreme Court": a name ending in an organization word is an
//   organization, though it opens with a title word;
// - a name of title-case words after a possessive place ("Russia's Alexey Ivanov") or opening with a
//   given name ("Alexey Ivanov") that is no known place is a person;
// - a name of two or three title-case words the tagger read as an organization that opens with a
//   given name and holds no organization's word ("Gail Dent", not "Morgan Stanley Bank") is a person
//   (a company the gazetteer knows or the document cues is typed back by the company passes after).
// Mutates labels; returns the candidates. Pure.
import { CAPITALS, COMPANY_NAMES, CORPORATE_SUFFIXES, COUNTRY_NAMES, DEMONYMS, ORG_WORDS, REGIONS, TITLE_WORDS } from "./gazetteer.js";
import { genderOfGivenName } from "../quotes/givenNames.js";
import { FACILITY_HEADS } from "./facilities.js";
import { isNameWord } from "./nameWord.js";
import type { ActorCandidate } from "./rules.js";
import type { Lexicons } from "./lexicons.js";

const KNOWN_PLACES = new Set<string>([...COUNTRY_NAMES.keys(), ...REGIONS, ...CAPITALS]);
const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase());
/** Title words written in capitals inside a name: "CEO", "Chairman", "President" (not "General", which names companies). */
const INNER_TITLES = new Set([
  "ceo",
  "cfo",
  "coo",
  "chairman",
  "chairwoman",
  "president",
  "founder",
  "co-founder",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "director",
  "minister",
  "secretary",
  "senator",
  "governor",
  "chancellor",
]);

/** Whether a word is a given name: of the model's list, or of the list that tells a gender ("Gail", "Jean-Claude"). */
export const isGivenName = (w: string, lexicons: Lexicons) => lexicons.givenNames.has(w) || genderOfGivenName(w) !== undefined;

/** Title-case words that end the name of a venue, a building, a prize or an event, never a person's ("Karl Marx Theater", "Stanley Cup"). */
export const NAMED_THING_HEADS: ReadonlySet<string> = new Set(
  `Theater Theatre Museum Library Hospital School College Academy Chapel Hotel Arena Gallery Centre
  Memorial Cup Trophy Prize Award Awards Festival Show Games Tower Plaza Building Island Islands River Lake Mountain`.split(/\s+/),
);
/** A word no person's name holds: an organization's word, a company's legal form, a title. */
const orgOrTitleWord = (w: string) => ORG_WORDS.has(w.toLowerCase()) || CORPORATE_SUFFIXES.has(w.toLowerCase()) || isTitle(w);

/**
 * Whether an organization span [a, b) is a person's name: two or three title-case words opening with
 * a given name, none an organization's word or a title, not a known company or place, not after "the", not
 * ending in the word of a venue, a building, a prize or an event ("Karl Marx Theater", "Stanley Cup").
 */
export function personByGivenName(words: string[], a: number, b: number, lexicons: Lexicons): boolean {
  if (b - a < 2 || b - a > 3 || !isGivenName(words[a], lexicons) || (a > 0 && /^the$/i.test(words[a - 1]))) return false;
  const name = words.slice(a, b);
  if (!name.every((w) => isNameWord(w) && !orgOrTitleWord(w)) || COMPANY_NAMES.has(name.join(" "))) return false;
  if (NAMED_THING_HEADS.has(words[b - 1]) || FACILITY_HEADS.has(words[b - 1])) return false;
  return !knownPlace(words, a, b, lexicons) && !knownPlace(words, b - 1, b, lexicons);
}

/** Whether a place name is one we know (a country, region, capital, or a place of the lexicon). */
export function knownPlace(words: string[], a: number, b: number, lexicons: Lexicons): boolean {
  const name = words.slice(a, b).join(" ");
  if (KNOWN_PLACES.has(name) || DEMONYMS.has(name)) return true;
  const rests = lexicons.places.get(words[a]);
  return !!rests?.some((rest) => rest.join(" ") === words.slice(a + 1, b).join(" "));
}

/**
 * Whether a name read as a person is an organization by its last word ("Air Force", "Northwind
 * Logistics"), but not a given name and a surname that is also an organization's word ("Jim Press").
 */
function orgByLastWord(words: string[], a: number, b: number, lexicons: Lexicons): boolean {
  const last = words[b - 1].toLowerCase();
  if (b - a < 2 || isTitle(last) || !(CORPORATE_SUFFIXES.has(last) || ORG_WORDS.has(last))) return false;
  return !(b - a === 2 && lexicons.givenNames.has(words[a]) && !CORPORATE_SUFFIXES.has(last));
}

/** "Northrop Grumman CEO Ron Sugar": a name with a title inside it is the organization, then the titled person. */
function splitAtInnerTitles(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const c of candidates) {
    const words = doc[c.sentence];
    let split = -1;
    for (let k = c.start + 1; k < c.end - 1; k++) {
      if (INNER_TITLES.has(words[k].toLowerCase()) && !isTitle(words[k - 1]) && isNameWord(words[c.end - 1])) {
        split = k;
        break;
      }
    }
    if (split > 0 && c.label !== "NAT") {
      const left = words.slice(c.start, split);
      if (left.every((w) => /^\p{Lu}/u.test(w) && (!isTitle(w) || ORG_WORDS.has(w.toLowerCase())))) {
        out.push({ ...c, end: split, label: "ORG" }, { ...c, start: split, label: "PER" });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

export function typeByShape(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const out = splitAtInnerTitles(doc, candidates);
  for (const c of out) {
    if (c.label === "NAT") continue;
    const words = doc[c.sentence];
    const last = words[c.end - 1].toLowerCase();
    // "General Motors" read as the title "General" and a name "Motors": the title word is the company's
    if (
      c.start > 0 &&
      CORPORATE_SUFFIXES.has(last) &&
      (c.end - c.start === 1 || CORPORATE_SUFFIXES.has(words[c.start].toLowerCase())) &&
      isNameWord(words[c.start - 1]) &&
      isTitle(words[c.start - 1]) &&
      !out.some((o) => o.sentence === c.sentence && o.start < c.start && o.end >= c.start)
    ) {
      c.start--;
      c.label = "ORG";
      continue;
    }
    // "General Motors", "Air Force", "Northwind Logistics": organizations by their last word
    if (c.label === "PER" && orgByLastWord(words, c.start, c.end, lexicons)) {
      c.label = "ORG";
      continue;
    }
    // "GM", "CEO of GM": a name ending in an acronym is no person's
    if (c.label === "PER" && /^\p{Lu}{2,6}$/u.test(words[c.end - 1]) && !/^(?:II|III|IV|VI|VII|VIII|JR|SR)$/.test(words[c.end - 1])) {
      c.label = "ORG";
      continue;
    }
    if (c.label === "ORG" && personByGivenName(words, c.start, c.end, lexicons)) {
      c.label = "PER";
      continue;
    }
    if (c.label !== "LOC" || c.end - c.start < 2 || c.end - c.start > 3) continue;
    if (!words.slice(c.start, c.end).every(isNameWord) || knownPlace(words, c.start, c.end, lexicons)) continue;
    const possessivePlace =
      c.start >= 2 && /^['’]s$/.test(words[c.start - 1]) && (COUNTRY_NAMES.has(words[c.start - 2]) || CAPITALS.has(words[c.start - 2]));
    const placePreposition = c.start > 0 && /^(?:in|at|near|from|to|into|outside|around|towards?|across|via)$/i.test(words[c.start - 1]);
    if (possessivePlace || (isGivenName(words[c.start], lexicons) && !placePreposition)) c.label = "PER";
  }
  return out;
}
