// A company named by the first word of its name ("Northrop" for "Northrop Grumman", "Boeing" for
// "Boeing Commercial Airplanes") is the company, not a place nor a person: a one-word place the tagger found (or a
// person, when no person of the document is named with that word and it is no given name: "Kestrel
// Aerospace … Kestrel said") is an organization when the document writes an organization's name of two or more words that opens
// with it and a name word after it ("Grumman", not "Shooting Club": "the Buffalo Shooting Club" is
// named after the place), and the word is no place we know (a country, a capital, a region, a place
// of the lexicon).
// So is a company's arm named by a place after the company ("GM Europe", "EADS North America"),
// which the tagger reads as a place (or a person). Pure apart from the labels it changes.
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { demonymWordAt } from "./demonymWords.js";
import { companyOnlyEnding } from "./companyContexts.js";
import { COUNTRY_NAMES, DEMONYMS, ORG_WORDS } from "./gazetteer.js";
import { isGivenName, knownPlace } from "./typing.js";

/** An acronym written in capitals ("GM", "EADS"), not a country's code ("US", "UK"). */
const isCompanyAcronym = (w: string) => /^[A-Z][A-Z&]{1,5}$/.test(w) && !COUNTRY_NAMES.has(w);

/**
 * The first words of the document's organizations of two or more words with a name word after the
 * first ("Northrop" of "Northrop Grumman", not "Buffalo" of "Buffalo Shooting Club"), but no
 * nationality or country ("European" of "European Aeronautic Defence").
 */
export function companyOpenings(doc: string[][], candidates: readonly ActorCandidate[], common: (lower: string) => boolean): Set<string> {
  const opening = new Set<string>();
  for (const c of candidates) {
    if (c.label !== "ORG" || c.end - c.start < 2) continue;
    const words = doc[c.sentence];
    // no nationality or country opens one ("European" of "European Aeronautic Defence")
    if (demonymWordAt(words, c.start) || COUNTRY_NAMES.has(words[c.start]) || DEMONYMS.has(words[c.start])) continue;
    const rest = words.slice(c.start + 1, c.end);
    // or a word only a company's name ends in ("Orchard" of "Orchard Computer")
    if (rest.some((w) => !common(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase())) || companyOnlyEnding(words.slice(c.start, c.end)))
      opening.add(words[c.start]);
  }
  return opening;
}

/** Retypes one-word places that open a longer organization name of the document, and companies' arms named by a place. Mutates and returns the candidates. */
export function companyShortForms(
  doc: string[][],
  candidates: ActorCandidate[],
  lexicons: Lexicons,
  common: (lower: string) => boolean,
): ActorCandidate[] {
  const opening = companyOpenings(doc, candidates, common);
  const organizations = new Set<string>();
  const personWords = new Set<string>();
  for (const c of candidates)
    if (c.label === "PER" && c.end - c.start > 1) for (const w of doc[c.sentence].slice(c.start, c.end)) personWords.add(w);
  for (const c of candidates) if (c.label === "ORG" && c.end - c.start === 1) organizations.add(doc[c.sentence][c.start]);
  for (const c of candidates) {
    if ((c.label !== "LOC" && c.label !== "PER") || c.source === "gazetteer") continue;
    const words = doc[c.sentence];
    const first = words[c.start];
    if (c.end - c.start === 1) {
      if (!opening.has(first) || knownPlace(words, c.start, c.end, lexicons)) continue;
      // a person only when no person of the document is named with the word, nor is it a given name ("Kestrel", not "Morgan")
      if (c.label === "LOC" || (!personWords.has(first) && !isGivenName(first, lexicons))) c.label = "ORG";
    } else if ((organizations.has(first) || isCompanyAcronym(first)) && knownPlace(words, c.start + 1, c.end, lexicons)) c.label = "ORG";
  }
  return candidates;
}
