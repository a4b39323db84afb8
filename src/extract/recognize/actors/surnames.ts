// One person, one type: news writing names a person in full once ("Gen. Abdourahamane Tiani") and
// by the surname after ("Tiani's actions"), so a lone word that ends a person's full name in the
// same article, or that the article names after a title ("president Voronin … Voronin said"), is that person, whatever the tagger read it as. Known places (of the gazetteer or
// the model's place list) and companies keep their type ("George Washington" beside "Washington"). Pure.
import { COMPANIES, CONTEXT_COMPANIES, DEMONYMS, ORG_WORDS, TITLE_WORDS } from "./gazetteer.js";
import { demonymWordAt } from "./demonymWords.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";

/** Companies the gazetteer knows keep their type; known places are typing.ts's knownPlace. */
const KNOWN_COMPANIES = new Set<string>([...COMPANIES, ...CONTEXT_COMPANIES]);

/** Whether a one-word person has a title or a role word right before it ("President Moi", "president Voronin", "Mr. Hanratty"). */
const titledWord = (words: string[], c: ActorCandidate) => c.start > 0 && TITLE_WORDS.has(words[c.start - 1].toLowerCase());

/** The last words of the article's persons named in two or more words, or in one after a title or a role word. */
export function personSurnames(doc: string[][], candidates: readonly ActorCandidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.label !== "PER" || (c.end - c.start < 2 && !titledWord(doc[c.sentence], c))) continue;
    const last = doc[c.sentence][c.end - 1];
    if (/^\p{Lu}\p{Ll}/u.test(last)) surnames.add(last);
  }
  return surnames;
}

/**
 * A one-word organization, place or unknown nationality that is the surname of a person the article
 * names in full becomes that person. Mutates labels; returns the candidates.
 */
export function surnamesAsPersons(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const surnames = personSurnames(doc, candidates);
  for (const c of candidates) {
    if (c.end - c.start !== 1 || c.label === "PER" || c.source === "gazetteer") continue;
    const word = doc[c.sentence][c.start];
    // a nationality the tagger read in a surname ("the Slepian home"), never a known one ("the Kenyan police")
    if (c.label === "NAT" && (DEMONYMS.has(word) || demonymWordAt([word], 0))) continue;
    const known = KNOWN_COMPANIES.has(word) || knownPlace([word], 0, 1, lexicons);
    if (surnames.has(word) && !known && !ORG_WORDS.has(word.toLowerCase())) c.label = "PER";
  }
  return candidates;
}
