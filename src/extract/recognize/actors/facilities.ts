// Places built and named: "Andrews Air Force Base", "Incirlik Air Base", "Newark International
// Airport", "Wembley Stadium", "Tahrir Square", "Camp Hurriya". A name that ends in the word of such
// a place, or opens with "Camp", is the place, though an organization's word stands inside it
// ("Air Force") or the tagger read an organization. Mutates labels; returns the candidates. Pure.
import type { ActorCandidate } from "./rules.js";
import { isNameWord } from "./nameWord.js";

/** Title-case words that end the name of a built place. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  "Base",
  "Airport",
  "Airfield",
  "Airbase",
  "Stadium",
  "Square",
  "Bridge",
  "Cathedral",
  "Mosque",
  "Synagogue",
  "Boulevard",
  "Avenue",
  "Street",
]);

export function facilitiesAsPlaces(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  for (const c of candidates) {
    if (c.label === "LOC" || c.label === "NAT" || c.end - c.start < 2) continue;
    const words = doc[c.sentence];
    const camp = words[c.start] === "Camp" && isNameWord(words[c.start + 1]);
    if (FACILITY_HEADS.has(words[c.end - 1]) || camp) c.label = "LOC";
  }
  return candidates;
}
