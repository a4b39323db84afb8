// Companies the tagger missed because their names are everyday words ("electronics maker Apple
// Computer", "retailer Best Buy", "a case against Apple Computer"): capitalized words inside a
// sentence right after a company noun, or ending in a word only companies' names end in
// ("Computer", "Aircraft", "LLC"), are an organization, and so is every other place the document writes the same words capitalized (inside
// a sentence, or opening one when they are two words or more; next to no other capitalized word). Weekdays and months ("the company Monday said")
// and titles are no part of a name; known countries and regions are no company. Pure apart from the
// candidates it adds.
import { COUNTRY_NAMES, DEMONYMS, REGIONS, TITLE_WORDS } from "./gazetteer.js";
import { COMPANY_NOUNS } from "./companyContexts.js";
import type { ActorCandidate } from "./rules.js";
import { positionOf, positionsOf } from "./wordIndex.js";

/** Last words only a company's name has ("Apple Computer", "Douglas Aircraft", "Chrysler LLC"), unlike "Bank" or "Group" ("West Bank"). */
const ONLY_COMPANIES = new Set(
  `inc inc. corp corp. corporation ltd ltd. llc plc co. gmbh computer computers aircraft airlines airways motors industries
  technologies pharmaceuticals holdings electronics automotive aerospace software semiconductor semiconductors telecom
  telecommunications logistics petroleum`.split(/\s+/),
);
const PLACES = new Set<string>([...COUNTRY_NAMES.keys(), ...DEMONYMS.keys(), ...REGIONS]);
const DATE_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const isNameWord = (w: string | undefined) =>
  w !== undefined && /^\p{Lu}[\p{L}\d&'’.-]*$/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !DATE_WORDS.test(w);
const isCap = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

const covered = (candidates: readonly ActorCandidate[], sentence: number, start: number, end: number) =>
  candidates.some((c) => c.sentence === sentence && c.start < end && start < c.end);

/** Adds an organization for each name after a company noun or ending in a company's word that no candidate covers, and for the other places the document writes it. Returns the candidates. */
export function companiesAfterNouns(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const out = [...candidates];
  const names: string[][] = [];
  doc.forEach((words, sentence) => {
    for (let i = 1; i < words.length; i++) {
      if (!isNameWord(words[i]) || isCap(words[i - 1])) continue;
      let end = i;
      while (end < words.length && isNameWord(words[end])) end++;
      const name = words.slice(i, end);
      const named = COMPANY_NOUNS.has(words[i - 1]) || (name.length > 1 && ONLY_COMPANIES.has(name[name.length - 1].toLowerCase()));
      if (!named || PLACES.has(name.join(" ")) || covered(out, sentence, i, end)) continue;
      out.push({ sentence, start: i, end, label: "ORG", source: "gazetteer" });
      names.push(name);
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
