// "the Port of Rotterdam", "the Province of Limpopo", "the Republic of Chad": a place named by its
// kind and a name is the place of that name, so every article that names it links to one actor,
// with or without the kind. Places whose name is more than their kind stay whole: other kinds
// ("Gulf of Aden", "District of Columbia"), known places ("Port of Spain"), and no organization
// ("Bank of England") is touched. Pure.
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";
import { isNameWord } from "./nameWord.js";

/** Title-case words naming a kind of place that stands for the place it is "of". */
export const PLACE_KINDS = new Set(["Port", "Province", "State", "Republic", "Kingdom", "Emirate", "County", "Municipality"]);

/** Narrows a place "<Kind> of <Name>" (of one to three name words) to the name. Mutates starts; returns the candidates. */
export function placesOfKind(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  for (const c of candidates) {
    const words = doc[c.sentence];
    if (c.label !== "LOC" || c.end - c.start < 3 || !PLACE_KINDS.has(words[c.start]) || words[c.start + 1] !== "of") continue;
    const name = words.slice(c.start + 2, c.end);
    if (name.length <= 3 && name.every(isNameWord) && !knownPlace(words, c.start, c.end, lexicons)) c.start += 2;
  }
  return candidates;
}
