// "Foreign Minister Bronislaw Geremek of Poland": a person's name, "of" and a country, which the
// tagger reads as one organization's name, is the person and the country. Only a name opening with a
// given name or of no everyday word is split, so "Bank of England", "Democratic Republic of Congo"
// and "Duke of Edinburgh" stay as they are; a name opening
// with a person's name and ending in an institution's word ("the Harry S. Truman Library", "the Karl
// Marx Theater") is an organization. Pure.
import { COUNTRY_NAMES, ORG_WORDS, TITLE_WORDS } from "./gazetteer.js";
import { PLACE_KINDS } from "./placeKinds.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { isNameWord } from "./nameWord.js";

/** Last words of institutions named after persons, which no person's name ends in. */
const INSTITUTION_HEADS = new Set(["Library", "Museum", "Theater", "Theatre", "Memorial"]);

/** The index of "of" in [a, b) when the words before it are a person's name and the words after it a country, else -1. */
function ofCountry(words: string[], a: number, b: number, lexicons: Lexicons, common: (lower: string) => boolean): number {
  const of = words.indexOf("of", a);
  if (of < a + 2 || of >= b - 1) return -1;
  const name = words.slice(a, of);
  // a given name first, or no everyday word ("Democratic Republic of Congo")
  if (!lexicons.givenNames.has(words[a]) && name.some((w) => common(w.toLowerCase()))) return -1;
  if (name.length > 3 || !name.every((w) => isNameWord(w) || /^\p{Lu}\.$/u.test(w))) return -1;
  // "Hashemite Kingdom of Jordan", "Central Bank of Nigeria", "Duke of York": a place's or an organization's kind, a title
  if (name.some((w) => PLACE_KINDS.has(w) || ORG_WORDS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()))) return -1;
  return COUNTRY_NAMES.has(words.slice(of + 1, b).join(" ")) ? of : -1;
}

/** Splits each "<person> of <country>" into the person and the country; types institutions named after persons. */
export function personsOfCountries(
  doc: string[][],
  candidates: ActorCandidate[],
  lexicons: Lexicons,
  common: (lower: string) => boolean,
): ActorCandidate[] {
  return candidates.flatMap((c): ActorCandidate[] => {
    if (c.label === "NAT") return [c];
    const words = doc[c.sentence];
    if (c.label === "PER" && c.end - c.start > 1 && INSTITUTION_HEADS.has(words[c.end - 1])) return [{ ...c, label: "ORG" }];
    const of = ofCountry(words, c.start, c.end, lexicons, common);
    if (of < 0) return [c];
    return [
      { ...c, end: of, label: "PER" },
      { ...c, start: of + 1, label: "LOC" },
    ];
  });
}
