// Companies the tagger missed, often because their names are everyday words. Capitalized words
// inside a sentence are an organization when they come right after a company noun ("electronics
// maker Apple Computer", "retailer Best Buy"), end in a word only companies' names end in ("a case
// against Apple Computer", "Douglas Aircraft", "Chrysler LLC"), or stand beside an organization in
// a list ("Ford, Chrysler, and General Motors"; "General Motors and Chrysler"), or are one word
// opening a company's longer name ("Lockheed" of "Lockheed Martin"; no known place). So is every other
// place the document writes the same words capitalized (inside a sentence, or opening one when they
// are two words or more; next to no other capitalized word). Weekdays, months and titles are no part
// of such a name; countries and regions are no company, nor is one everyday word beside a company.
// Pure apart from the candidates it adds.
import { COUNTRY_NAMES, DEMONYMS, REGIONS, TITLE_WORDS } from "./gazetteer.js";
import { COMPANY_NOUNS, companyOnlyEnding } from "./companyContexts.js";
import { companyOpenings } from "./companyShortForms.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";
import { isCapitalizedWord } from "./nameWord.js";
import { positionOf, positionsOf } from "./wordIndex.js";
import { FULL_MONTH_SOURCE, WEEKDAY_SOURCE } from "../dates/lexicon.js";
import { isCap } from "./features.js";

/** What tells a missed company: the document's everyday words, the first words of its companies' longer names, the places we know. */
interface Cues {
  common: (lower: string) => boolean;
  openings: ReadonlySet<string>;
  lexicons: Lexicons;
}

export const PLACES = new Set<string>([...COUNTRY_NAMES.keys(), ...DEMONYMS.keys(), ...REGIONS]);
const DATE_WORDS = new RegExp(`^(?:${WEEKDAY_SOURCE}|${FULL_MONTH_SOURCE})$`);
/** Words between the items of a list. */
const LIST_JOINTS = new Set([",", "and", "or", "&"]);
/** A capitalized word that may be part of a company's name: no title, weekday or month ("Monday", "President"). */
export const isCompanyNameWord = (w: string | undefined) =>
  w !== undefined && isCapitalizedWord(w) && !TITLE_WORDS.has(w.toLowerCase()) && !DATE_WORDS.test(w);

export const covered = (candidates: readonly ActorCandidate[], sentence: number, start: number, end: number) =>
  candidates.some((c) => c.sentence === sentence && c.start < end && start < c.end);

/** The end of the run of name words from `start`. */
function runEnd(words: string[], start: number): number {
  let end = start;
  while (end < words.length && isCompanyNameWord(words[end])) end++;
  return end;
}

/** Whether an organization candidate of the sentence ends right before the list joints before `i`, or opens right after those after `end`. */
function besideCompany(candidates: readonly ActorCandidate[], sentence: number, words: string[], i: number, end: number): boolean {
  let before = i;
  while (before > 0 && LIST_JOINTS.has(words[before - 1])) before--;
  let after = end;
  while (after < words.length && LIST_JOINTS.has(words[after])) after++;
  return candidates.some(
    (c) => c.sentence === sentence && c.label === "ORG" && ((before < i && c.end === before) || (after > end && c.start === after)),
  );
}

/** Whether the name words [i, end), in no candidate, are a company's name the tagger missed. */
function missedName(candidates: readonly ActorCandidate[], sentence: number, words: string[], i: number, end: number, cues: Cues): boolean {
  const name = words.slice(i, end);
  if (PLACES.has(name.join(" ")) || covered(candidates, sentence, i, end)) return false;
  const everyday = name.length === 1 && cues.common(name[0].toLowerCase());
  return (
    COMPANY_NOUNS.has(words[i - 1]) ||
    companyOnlyEnding(name) ||
    (!everyday && besideCompany(candidates, sentence, words, i, end)) ||
    // the first word of a company's name ("Lockheed Martin, Lockheed ultimately won")
    (name.length === 1 && !everyday && cues.openings.has(name[0]) && !knownPlace(words, i, end, cues.lexicons))
  );
}

/** The one candidate inside the name [i, end) that ends in a company's word and covers its first words only, not a person named in full. */
function firstWordsRead(
  candidates: readonly ActorCandidate[],
  sentence: number,
  words: string[],
  i: number,
  end: number,
): ActorCandidate | undefined {
  if (!companyOnlyEnding(words.slice(i, end))) return undefined;
  const inside = candidates.filter((c) => c.sentence === sentence && c.start < end && i < c.end);
  const c = inside.length === 1 ? inside[0] : undefined;
  if (!c || c.start !== i || c.end >= end || c.label === "NAT" || (c.label === "PER" && c.end - c.start > 1)) return undefined;
  return c;
}

/** Whether the name words [0, end) opening a sentence, in no candidate, are a company's name by the word that ends it ("Apple Computer today announced"). */
function openingCompany(candidates: readonly ActorCandidate[], sentence: number, words: string[], end: number): boolean {
  const name = words.slice(0, end);
  return companyOnlyEnding(name) && !PLACES.has(name.join(" ")) && !covered(candidates, sentence, 0, end);
}

/** Adds an organization for each such name that no candidate covers, and for the other places the document writes it. Returns the candidates. */
export function missedCompanies(
  doc: string[][],
  candidates: ActorCandidate[],
  common: (lower: string) => boolean,
  lexicons: Lexicons,
): ActorCandidate[] {
  const out = [...candidates];
  const cues: Cues = { common, openings: companyOpenings(doc, candidates, common), lexicons };
  const names: string[][] = [];
  doc.forEach((words, sentence) => {
    // again after each addition: a list's items are found from the company beside them ("Ford, Chrysler, and General Motors")
    for (let added = true; added;) {
      added = false;
      for (let i = 0; i < words.length; i++) {
        const end = isCompanyNameWord(words[i]) && (i === 0 || !isCap(words[i - 1])) ? runEnd(words, i) : i;
        // the tagger's reading of the name's first words alone ("Orchard" of "Orchard Computer") gives way to the whole name
        const first = end > i ? firstWordsRead(out, sentence, words, i, end) : undefined;
        if (first) {
          Object.assign(first, { start: i, end, label: "ORG" });
          names.push(words.slice(i, end));
          continue;
        }
        if (end === i || !(i === 0 ? openingCompany(out, sentence, words, end) : missedName(out, sentence, words, i, end, cues))) continue;
        out.push({ sentence, start: i, end, label: "ORG", source: "gazetteer" });
        names.push(words.slice(i, end));
        added = true;
      }
    }
  });
  const short = shortNames(names, lexicons);
  for (const name of [...names, ...short]) {
    for (const [sentence, i] of positionsOf(doc, name[0]).map(positionOf)) {
      const words = doc[sentence];
      const end = i + name.length;
      // a sentence may open with a name of two words or more, not with a one-word one ("Apple Computer's store", not "Apple"),
      // unless the name is the company's own without the word that marks it ("Apple Computer … Apple said")
      if (i === 0 ? name.length < 2 && !short.includes(name) : isCap(words[i - 1])) continue;
      if (isCap(words[end]) || !name.every((w, k) => words[i + k] === w)) continue;
      if (!covered(out, sentence, i, end)) out.push({ sentence, start: i, end, label: "ORG", source: "propagated" });
    }
  }
  return out;
}

/**
 * The first words of the names of two words found by the word that ends them ("Apple" of "Apple
 * Computer"), each once; no place or nationality ("Japan" of "Japan Airlines", "American" of
 * "American Airlines").
 */
function shortNames(names: readonly string[][], lexicons: Lexicons): string[][] {
  const firsts = new Set(names.filter((n) => n.length === 2 && companyOnlyEnding(n)).map((n) => n[0]));
  return [...firsts].filter((w) => !PLACES.has(w) && !knownPlace([w], 0, 1, lexicons)).map((w) => [w]);
}
