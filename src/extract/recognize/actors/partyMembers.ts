// "one grandstanding Indiana Republican", "a Texas Democrat": a place and a party's member after it
// are two mentions, the place and the member's party word (an organization: the party), where the
// tagger read the two words as one place. Pure apart from the candidates it changes.
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";

/** Words naming a member of a party after the place they stand for. */
const PARTY_MEMBERS = new Set(["Republican", "Democrat", "Communist", "Socialist", "Conservative", "Liberal", "Laborite"]);

/** Splits a place's candidate ending on a party member's word into the place and that word. Returns the candidates. */
export function partyMembersAfterPlaces(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const added: ActorCandidate[] = [];
  for (const c of candidates) {
    const words = doc[c.sentence];
    if (c.label !== "LOC" || c.end - c.start < 2 || !PARTY_MEMBERS.has(words[c.end - 1])) continue;
    if (!knownPlace(words, c.start, c.end - 1, lexicons)) continue;
    c.end--;
    added.push({ sentence: c.sentence, start: c.end, end: c.end + 1, label: "ORG", source: "gazetteer" });
  }
  return added.length ? [...candidates, ...added] : candidates;
}
