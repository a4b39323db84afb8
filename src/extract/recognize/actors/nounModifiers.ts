// A name written before a lowercase noun is that noun's modifier, not a person, whatever the tagger
// read: "the Erie district attorney" (a place: a district's, county's or state's office), "the
// Kestrel chief executive" (the company a role is of), "an Egyptian Islamic Jihad group" (a group
// named by its name). A surname of a person the article names in full keeps the person ("the Daley
// spokesman" beside "William Daley"). Mutates labels; returns the candidates. Pure.
import { TITLE_WORDS } from "./gazetteer.js";
import type { ActorCandidate } from "./rules.js";
import { personSurnames } from "./surnames.js";

/** Lowercase words before a role that make the name before them a place's ("district attorney", "county sheriff"). */
const PLACE_OFFICES = new Set("district county state city provincial regional municipal".split(" "));
/** Lowercase nouns of a body a name stands before ("Islamic Jihad group"). */
const BODY_NOUNS = new Set("group groups movement militia faction organization organisation network cartel gang".split(" "));
/** Lowercase role words after a body's name, beside the title words ("the Kestrel chief executive"). */
const ROLE_NOUNS = new Set("attorney sheriff prosecutor executive spokesman spokeswoman spokesperson official officials".split(" "));

const isRole = (w: string | undefined) => w !== undefined && /^\p{Ll}/u.test(w) && (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w));

/** The label a person candidate takes as the modifier of the noun after it, or null when it is none. */
export function modifierLabel(words: string[], c: ActorCandidate): ActorCandidate["label"] | null {
  const next = words[c.end];
  if (BODY_NOUNS.has(next ?? "")) return "ORG";
  if (!/^(?:the|a|an)$/i.test(words[c.start - 1] ?? "")) return null;
  if (PLACE_OFFICES.has(next ?? "") && isRole(words[c.end + 1])) return "LOC";
  return isRole(next) ? "ORG" : null;
}

export function nounModifiers(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const surnames = personSurnames(doc, candidates);
  for (const c of candidates) {
    if (c.label !== "PER") continue;
    const words = doc[c.sentence];
    if (c.end - c.start === 1 && surnames.has(words[c.start])) continue;
    const label = modifierLabel(words, c);
    if (label) c.label = label;
  }
  return candidates;
}
