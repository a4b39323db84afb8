// Organizations named in full and then by their initials without brackets: "the Immigration and
// Naturalization Service", when the tagger reads only "Naturalization Service", is one name whose
// first word is joined by "and" (conjoinedOrganizations); "the INS" further on is that name's
// acronym, an organization at every place it is written (bareAcronyms). Pure.
import { ORG_WORDS } from "./gazetteer.js";
import { isCap } from "./features.js";
import { covered } from "./missedCompanies.js";
import type { ActorCandidate } from "./rules.js";

/**
 * "the Immigration and | Naturalization Service": an organization ending on an organization's word
 * ("Service", "Administration") whose name opens "the X and" with X capitalized and in no other
 * candidate is extended over "X and". Mutates the candidates it extends; returns them.
 */
export function conjoinedOrganizations(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  for (const c of candidates) {
    const words = doc[c.sentence];
    const a = c.start;
    if (c.label !== "ORG" || a < 3 || !ORG_WORDS.has(words[c.end - 1].toLowerCase())) continue;
    if (words[a - 1] !== "and" || !/^the$/i.test(words[a - 3]) || !isCap(words[a - 2]) || !/^\p{Lu}\p{Ll}+$/u.test(words[a - 2])) continue;
    if (covered(candidates, c.sentence, a - 2, a - 1)) continue;
    c.start = a - 2;
  }
  return candidates;
}

/** The initials of a name's capitalized words, without "of", "the", "and", "for" ("INS" of "Immigration and Naturalization Service"). */
const initialsOf = (words: string[]) =>
  words
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:of|the|and|for)$/i.test(w))
    .map((w) => w[0])
    .join("");

/**
 * "INS" written alone after "Immigration and Naturalization Service": a word of 2-6 capitals, in no
 * candidate, that spells the initials of an organization of three or more words in the same article is
 * that organization's acronym, an organization wherever it is written. Returns the candidates with
 * those added.
 */
export function bareAcronyms(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const acronyms = new Set<string>();
  for (const c of candidates) {
    if (c.label !== "ORG" || c.end - c.start < 3) continue;
    const initials = initialsOf(doc[c.sentence].slice(c.start, c.end));
    if (initials.length >= 2 && initials.length <= 6) acronyms.add(initials);
  }
  if (!acronyms.size) return candidates;
  const added: ActorCandidate[] = [];
  doc.forEach((words, sentence) => {
    words.forEach((w, i) => {
      if (acronyms.has(w) && !covered(candidates, sentence, i, i + 1))
        added.push({ sentence, start: i, end: i + 1, label: "ORG", source: "acronym" });
    });
  });
  return added.length ? [...candidates, ...added] : candidates;
}
