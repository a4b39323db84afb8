// Places built and named: "Andrews Air Force Base", "Incirlik Air Base", "Newark International
// Airport", "Wembley Stadium", "Tahrir Square", "Camp Hurriya", "the Moscone West Convention Center". A name that ends in the word of such
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

/** Words before "Center" or "Centre" that make it a building, not a body ("Moscone West Convention Center", not "Carter Center"). */
const CENTER_KINDS = new Set(["Convention", "Exhibition", "Conference", "Shopping", "Trade", "Congress"]);
const CENTER = /^Cent(?:er|re)$/;

/** Whether a name of two or more words [a, b) ends in the words of a built place. */
const builtPlace = (words: string[], a: number, b: number) =>
  FACILITY_HEADS.has(words[b - 1]) || (b - a > 2 && CENTER.test(words[b - 1]) && CENTER_KINDS.has(words[b - 2]));

export function facilitiesAsPlaces(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  for (const c of candidates) {
    if (c.label === "LOC" || c.label === "NAT" || c.end - c.start < 2) continue;
    const words = doc[c.sentence];
    const camp = words[c.start] === "Camp" && isNameWord(words[c.start + 1]);
    if (builtPlace(words, c.start, c.end) || camp) c.label = "LOC";
  }
  return candidates;
}
