// A place is written with its state or country after a comma: "Buffalo, N.Y.", "Birmingham, Ala.",
// "Ancaster, Ontario", "Nairobi, Kenya". The name before the comma is a place, here and wherever the
// story writes it again ("the Buffalo office", "Buffalo's only clinic"), though the tagger read it as an
// organization there; and a state's abbreviation written with inner points ("N.Y.", "N.J."), which the
// tagger does not read as a name, is a place too. Pure.
import { buildLexicons, EMPTY_LEXICONS, type Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";
import { COUNTRY_NAMES } from "./gazetteer.js";
import { pushTo } from "../../util/groupBy.js";

/**
 * The abbreviations of US states and Canadian provinces as the tokens write them: with inner points
 * one token ("N.Y."), else the word without its final point ("Ala" of "Ala."), which must follow it.
 */
const STATE_ABBREVIATIONS = new Set(
  `Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H. N.J. N.M.
  N.Y. N.C. N.D. Okla Ore Pa R.I. S.C. S.D. Tenn Tex Vt Va Wash W.Va Wis Wyo D.C. Alta B.C. Ont Que Sask N.S.`.split(/\s+/),
);
/** No lexicon: an abbreviation's end needs none. */
const EMPTY = buildLexicons(EMPTY_LEXICONS);
/** At most so many words in the region after the comma ("New South Wales"). */
const MAX_REGION = 3;

/** What may follow the region for it to close the place's name: a point, a comma, a bracket, a lower-case word, the end. */
const closesRegion = (w: string | undefined) => w === undefined || /^(?:[.,;:)]|\p{Ll})/u.test(w);

/** The end of the region opening at `i` after a place and its comma, or -1. */
export function regionEnd(words: string[], i: number, lexicons: Lexicons): number {
  const word = words[i] ?? "";
  if (STATE_ABBREVIATIONS.has(word)) return (word.endsWith(".") ? closesRegion(words[i + 1]) : words[i + 1] === ".") ? i + 1 : -1;
  for (let j = Math.min(words.length, i + MAX_REGION); j > i; j--)
    if (knownPlace(words, i, j, lexicons) && closesRegion(words[j])) return j;
  return -1;
}

/**
 * Every candidate before ", <state or country>" a place, and every candidate of the same name; a
 * state's dotted abbreviation there a place candidate of its own. Returns the candidates.
 */
export function placesWithRegion(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const places = new Set<string>();
  const added: ActorCandidate[] = [];
  for (const c of candidates) {
    const words = doc[c.sentence];
    if (c.label === "NAT" || (c.label === "PER" && c.end - c.start > 1) || words[c.end] !== ",") continue;
    // a country before a comma, or a name after one, is in a list ("Saudi Arabia, Turkey, ..."); a place's name is of capitalized words
    const name = words.slice(c.start, c.end);
    if (COUNTRY_NAMES.has(name.join(" ")) || words[c.start - 1] === "," || !name.every((w) => /^\p{Lu}/u.test(w))) continue;
    const end = regionEnd(words, c.end + 1, lexicons);
    if (end < 0) continue;
    places.add(words.slice(c.start, c.end).join(" "));
    const covered = candidates.some((o) => o.sentence === c.sentence && o.start < end && o.end > c.end + 1);
    if (!covered) added.push({ sentence: c.sentence, start: c.end + 1, end, label: "LOC", source: "model" });
  }
  added.push(...townsBeforeStates(doc, candidates, places, lexicons));
  if (!places.size) return candidates;
  for (const c of candidates) if (c.label !== "NAT" && places.has(doc[c.sentence].slice(c.start, c.end).join(" "))) c.label = "LOC";
  return added.length ? [...candidates, ...added] : candidates;
}

/** At most so many words in a town's name the tagger left out ("Fort Lauderdale"). */
const MAX_TOWN = 3;
/** Words before a town's name that say it is a place ("in Independence, Missouri"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "outside", "to"]);

/** The start of the title-case words (in no candidate, `free` says) that end before the comma at `comma`, or -1. */
function townBefore(words: string[], comma: number, free: (a: number, b: number) => boolean): number {
  let start = comma;
  while (start > 0 && comma - start < MAX_TOWN && /^\p{Lu}\p{Ll}/u.test(words[start - 1]) && free(start - 1, start)) start--;
  // a sentence's first word alone may be no name
  return start === comma || (start === 0 && comma === 1) ? -1 : start;
}

/**
 * "a Buffalo, N.Y., doctor", "in Independence, Missouri" where the tagger found no town: the
 * title-case words before a comma and a state's abbreviation are a place, and so is the
 * abbreviation; before a state or country the tagger found as a place, after a word of place ("in"),
 * too. Adds the towns' names to `places`; returns the new candidates.
 */
function townsBeforeStates(
  doc: string[][],
  candidates: readonly ActorCandidate[],
  places: Set<string>,
  lexicons: Lexicons,
): ActorCandidate[] {
  const added: ActorCandidate[] = [];
  const bySentence = new Map<number, ActorCandidate[]>();
  for (const c of candidates) pushTo(bySentence, c.sentence, c);
  doc.forEach((words, sentence) => {
    if (!words.includes(",")) return;
    const here = bySentence.get(sentence) ?? [];
    const free = (a: number, b: number) => !here.some((o) => o.start < b && o.end > a);
    for (let i = 2; i < words.length; i++) {
      if (words[i - 1] !== ",") continue;
      const abbreviation = STATE_ABBREVIATIONS.has(words[i]) && regionEnd(words, i, EMPTY) === i + 1 && free(i, i + 1);
      const region = here.find((o) => o.start === i && o.label === "LOC");
      const start = abbreviation || region ? townBefore(words, i - 1, free) : -1;
      if (start < 0) continue;
      if (!abbreviation && !(PLACE_PREPOSITIONS.has(words[start - 1] ?? "") && regionEnd(words, i, lexicons) === region?.end)) continue;
      places.add(words.slice(start, i - 1).join(" "));
      added.push({ sentence, start, end: i - 1, label: "LOC", source: "model" });
      if (abbreviation) added.push({ sentence, start: i, end: i + 1, label: "LOC", source: "model" });
    }
  });
  return added;
}
