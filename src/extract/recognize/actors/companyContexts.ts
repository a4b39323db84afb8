// A name the tagger read as a person or a place is a company when the document writes it as one
// and never as a person: after a company noun ("automaker Fiat", "the Italian company, Fiat"), or
// before what only a company has ("Chrysler's restructuring", "Chrysler factories", "Chrysler
// shares"), or holds a company's word ("Apple Computer", "Douglas Aircraft"). A name with a title, a given name, or that ends a person named in full stays a person;
// known places stay places. One sense per document: every candidate of that name becomes an
// organization. A place of more words than one stays a place, unless it is a name and a country
// ("the flag carrier Garuda Indonesia"). Pure.
import { CORPORATE_SUFFIXES, COUNTRY_NAMES, DEMONYMS, TITLE_WORDS } from "./gazetteer.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { personSurnames } from "./surnames.js";
import { knownPlace } from "./typing.js";
import { positionOf, positionsOf } from "./wordIndex.js";
import { isCap } from "./features.js";

/** Lowercase nouns a company's name follows ("automaker Fiat", "the company, Fiat"). */
export const COMPANY_NOUNS = new Set(
  `company companies automaker automakers carmaker carmakers maker manufacturer manufacturers firm firms airline
  airlines carrier retailer retailers lender lenders insurer conglomerate subsidiary supplier chipmaker airframer
  startup start-up corporation operator brand label division unit`.split(/\s+/),
);
/** Last words only a company's name has ("Apple Computer", "Douglas Aircraft", "Chrysler LLC"), unlike "Bank" or "Group" ("West Bank"). */
const ONLY_COMPANIES = new Set(
  `inc inc. corp corp. corporation ltd ltd. llc plc co. gmbh computer computers aircraft airlines airways motors industries
  technologies pharmaceuticals holdings electronics automotive aerospace software semiconductor semiconductors telecom
  telecommunications logistics petroleum`.split(/\s+/),
);
/** Whether a name of two words or more ends in a word only a company's name ends in ("Apple Computer", "Chrysler LLC"). */
export const companyOnlyEnding = (name: readonly string[]) => name.length > 1 && ONLY_COMPANIES.has(name[name.length - 1].toLowerCase());
/** Lowercase words after a company's name or its possessive ("Chrysler factories", "Chrysler's restructuring"). */
const COMPANY_THINGS = new Set(
  `shares stock shareholders stockholders factories factory plants dealers dealerships headquarters subsidiary
  subsidiaries restructuring bankruptcy brands vehicles cars products revenue revenues profits earnings
  executives employees workforce jets airliners planes`.split(/\s+/),
);
/** What companies make or are, as a word of their name ("Apple Computer", "Douglas Aircraft", "Automobile Craiova", "Adam Air"). */
const COMPANY_NAME_WORDS = new Set([
  ...CORPORATE_SUFFIXES,
  ..."computer computers aircraft airplanes automobile automobiles trucks semiconductor semiconductors chemical air".split(" "),
]);
const POSSESSIVE = /^['’]s?$/;

/** Whether a name of two or more words holds a company's word and no title: "Apple Computer" is no person. */
export function companyWordInName(name: string[]): boolean {
  const lower = name.map((w) => w.toLowerCase());
  return (
    name.length > 1 && lower.some((w) => TITLE_WORDS.has(w)) === false && name.some((w, k) => isCap(w) && COMPANY_NAME_WORDS.has(lower[k]))
  );
}

/** Whether the name at words[i, j) is written as a company: a company noun before it, or a company's thing after it. */
export function writtenAsCompany(words: string[], i: number, j: number): boolean {
  const before = words[i - 1] === "," ? words[i - 2] : words[i - 1];
  if (before !== undefined && COMPANY_NOUNS.has(before)) return true;
  const after = POSSESSIVE.test(words[j] ?? "") ? words[j + 1] : words[j];
  if (after !== undefined && COMPANY_THINGS.has(after)) return true;
  // "Chrysler Chief Executive Robert Nardelli", "Chrysler files for bankruptcy"
  return (words[j] === "Chief" && words[j + 1] === "Executive") || (words[j] === "files" && words[j + 1] === "for");
}

/** Parts of a place's name before a country's ("Northern Ireland", "South Sudan"). */
const PLACE_PARTS = new Set(
  "north south east west northern southern eastern western central upper lower greater new inner outer".split(" "),
);

/** Whether words [a, b) are a name and a country after it ("Garuda Indonesia", "Telkom Kenya"), not a part of a country. */
function nameAndCountry(words: string[], a: number, b: number): boolean {
  return b - a === 2 && COUNTRY_NAMES.has(words[a + 1]) && !COUNTRY_NAMES.has(words[a]) && !PLACE_PARTS.has(words[a].toLowerCase());
}

/** Whether the name at words[i, j) is written as a person: a title or honorific ("Mr.") before it, or a given name opening it. */
function writtenAsPerson(words: string[], i: number, j: number, lexicons: Lexicons): boolean {
  const before = (words[i - 1] ?? "").toLowerCase();
  return TITLE_WORDS.has(before) || (j - i > 1 && lexicons.givenNames.has(words[i]));
}

/** Every occurrence of the name's words in the document as a whole name (a title may precede it), as [sentence, start]. */
function occurrences(doc: string[][], name: string[]): Array<[number, number]> {
  return positionsOf(doc, name[0])
    .map(positionOf)
    .filter(([s, i]) => {
      const words = doc[s];
      if (!name.every((w, k) => words[i + k] === w) || isCap(words[i + name.length])) return false;
      // not the end of a longer name ("Dana Velaro"); a title before it is no part of the name
      const before = i > 0 ? words[i - 1] : undefined;
      return !isCap(before) || TITLE_WORDS.has(before!.toLowerCase());
    });
}

/** Candidates read as persons or places that the document writes as companies, retyped as organizations. Mutates labels. */
export function companiesByContext(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const surnames = personSurnames(doc, candidates);
  const verdicts = new Map<string, boolean>();
  for (const c of candidates) {
    const words = doc[c.sentence];
    // a place in more words may be a place and a name run together ("Dearborn, Michigan Ford's stock"), unless a name and a country ("Garuda Indonesia")
    if (c.label !== "PER" && !(c.label === "LOC" && (c.end - c.start === 1 || nameAndCountry(words, c.start, c.end)))) continue;
    const name = words.slice(c.start, c.end);
    const key = name.join(" ");
    if (!verdicts.has(key)) {
      const place = COUNTRY_NAMES.has(key) || DEMONYMS.has(key) || knownPlace(words, c.start, c.end, lexicons);
      const at = place || (name.length === 1 && surnames.has(key)) ? [] : occurrences(doc, name);
      const company = at.some(([s, i]) => writtenAsCompany(doc[s], i, i + name.length));
      const person = company && at.some(([s, i]) => writtenAsPerson(doc[s], i, i + name.length, lexicons));
      verdicts.set(key, (company && !person) || (c.label === "PER" && companyWordInName(name)));
    }
    if (verdicts.get(key)) c.label = "ORG";
  }
  return candidates;
}
