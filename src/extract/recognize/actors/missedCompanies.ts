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
import { COMPANY_NOUNS } from "./companyContexts.js";
import { companyOpenings } from "./companyShortForms.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";
import { positionOf, positionsOf } from "./wordIndex.js";
import { FULL_MONTH_SOURCE, WEEKDAY_SOURCE } from "../dates/lexicon.js";

/** What tells a missed company: the document's everyday words, the first words of its companies' longer names, the places we know. */
interface Cues {
  common: (lower: string) => boolean;
  openings: ReadonlySet<string>;
  lexicons: Lexicons;
}

/** Last words only a company's name has ("Apple Computer", "Douglas Aircraft", "Chrysler LLC"), unlike "Bank" or "Group" ("West Bank"). */
const ONLY_COMPANIES = new Set(
  `inc inc. corp corp. corporation ltd ltd. llc plc co. gmbh computer computers aircraft airlines airways motors industries
  technologies pharmaceuticals holdings electronics automotive aerospace software semiconductor semiconductors telecom
  telecommunications logistics petroleum`.split(/\s+/),
);
const PLACES = new Set<string>([...COUNTRY_NAMES.keys(), ...DEMONYMS.keys(), ...REGIONS]);
const DATE_WORDS = new RegExp(`^(?:${WEEKDAY_SOURCE}|${FULL_MONTH_SOURCE})$`);
/** Words between the items of a list. */
const LIST_JOINTS = new Set([",", "and", "or", "&"]);
const isNameWord = (w: string | undefined) =>
  w !== undefined && /^\p{Lu}[\p{L}\d&'’.-]*$/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !DATE_WORDS.test(w);
const isCap = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

const covered = (candidates: readonly ActorCandidate[], sentence: number, start: number, end: number) =>
  candidates.some((c) => c.sentence === sentence && c.start < end && start < c.end);

/** The end of the run of name words from `start`. */
function runEnd(words: string[], start: number): number {
  let end = start;
  while (end < words.length && isNameWord(words[end])) end++;
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
    (name.length > 1 && ONLY_COMPANIES.has(name[name.length - 1].toLowerCase())) ||
    (!everyday && besideCompany(candidates, sentence, words, i, end)) ||
    // the first word of a company's name ("Lockheed Martin, Lockheed ultimately won")
    (name.length === 1 && !everyday && cues.openings.has(name[0]) && !knownPlace(words, i, end, cues.lexicons))
  );
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
      for (let i = 1; i < words.length; i++) {
        const end = isNameWord(words[i]) && !isCap(words[i - 1]) ? runEnd(words, i) : i;
        if (end === i || !missedName(out, sentence, words, i, end, cues)) continue;
        out.push({ sentence, start: i, end, label: "ORG", source: "gazetteer" });
        names.push(words.slice(i, end));
        added = true;
      }
    }
  });
  for (const name of names) {
    for (const [sentence, i] of positionsOf(doc, name[0]).map(positionOf)) {
      const words = doc[sentence];
      const end = i + name.length;
      // a sentence may open with a name of two words or more, not with a one-word one ("Apple Computer's store", not "Apple")
      if (i === 0 ? name.length < 2 : isCap(words[i - 1])) continue;
      if (isCap(words[end]) || !name.every((w, k) => words[i + k] === w)) continue;
      if (!covered(out, sentence, i, end)) out.push({ sentence, start: i, end, label: "ORG", source: "propagated" });
    }
  }
  return out;
}
