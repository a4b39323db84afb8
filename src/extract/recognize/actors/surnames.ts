// One person, one type: news writing names a person in full once ("Gen. Abdourahamane Tiani") and
// by the surname after ("Tiani's actions"), so a lone word that ends a person's full name in the
// same article is that person, whatever the tagger read it as. Known places (of the gazetteer or
// the model's place list) and companies keep their type ("George Washington" beside "Washington"). Pure.
import { CAPITALS, COMPANIES, CONTEXT_COMPANIES, COUNTRY_NAMES, DEMONYMS, ORG_WORDS, REGIONS } from "./gazetteer.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";

const NOT_SURNAMES = new Set<string>([
  ...COUNTRY_NAMES.keys(),
  ...DEMONYMS.keys(),
  ...REGIONS,
  ...CAPITALS,
  ...COMPANIES,
  ...CONTEXT_COMPANIES,
]);

/** The last words of the article's persons named in two or more words. */
export function personSurnames(doc: string[][], candidates: readonly ActorCandidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.label !== "PER" || c.end - c.start < 2) continue;
    const last = doc[c.sentence][c.end - 1];
    if (/^\p{Lu}\p{Ll}/u.test(last)) surnames.add(last);
  }
  return surnames;
}

/**
 * A one-word organization or place that is the surname of a person the article names in full
 * becomes that person. Mutates labels; returns the candidates.
 */
export function surnamesAsPersons(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const surnames = personSurnames(doc, candidates);
  for (const c of candidates) {
    if (c.end - c.start !== 1 || (c.label !== "ORG" && c.label !== "LOC") || c.source === "gazetteer") continue;
    const word = doc[c.sentence][c.start];
    const place = NOT_SURNAMES.has(word) || !!lexicons.places.get(word)?.some((rest) => rest.length === 0);
    if (surnames.has(word) && !place && !ORG_WORDS.has(word.toLowerCase())) c.label = "PER";
  }
  return candidates;
}
