// The actor recognizer's passes over candidate spans, in order (ACTOR_PASSES): the tagger's spans
// split at colons and at joints between two names (spanJoints.ts) and cleaned, names with particles
// ("Daniel arap Moi", "Dar es Salaam"), hyphenated given names ("Jean-Claude Trichet"), acronyms, organizations joined by "and" and their acronyms without brackets ("the Immigration and Naturalization Service", "the INS"), names propagated, gazetteer matches, institutions ("the Fed", "the Pentagon"), nationality words of regions and peoples ("African", "Kurds"), names written longer elsewhere ("Air France"), one type per name,
// datelines' places ("NAIROBI, Kenya (AP) _"), places written with their region ("Buffalo, N.Y."),
// regions and names listed between places ("in Winnipeg, Vancouver and Rochester"), a party's member after a place ("an Indiana Republican"), names a family
// word introduces ("his son, Elian"), persons of a country ("Bronislaw Geremek of Poland"), first names, types by shape, leaders' organizations ("the Biden administration"), person cues
// ("Secretary of State Victoria Nuland"), departments' names before titles dropped ("Commerce Secretary William Daley"), names before a noun they modify ("the Erie district attorney"), persons after a possessive ("Russia's Alexey Prokurorov"), surnames of persons named in full,
// lone role words dropped ("Assistant"), companies, names
// after corporate cues ("merger agreement with Entegris"), names written as companies ("automaker Fiat"), places named by their kind ("the Port
// of Rotterdam"), organizations named by their kind and place ("the Bank of England"), built places
// ("Andrews Air Force Base"), companies by their first word, speakers the tagger missed ("Accredited Home Loan
// Lending, another …, said it was"). Each pass takes the document and the candidates and returns them. Pure.
import { missedCompanies } from "./missedCompanies.js";
import { companyShortForms } from "./companyShortForms.js";
import type { Lexicons } from "./lexicons.js";
import { CAPITALS, COMPANY_NAMES, COUNTRY_NAMES, DEMONYMS, ORG_WORDS, REGIONS, TITLE_WORDS } from "./gazetteer.js";
import { roleAfter, stripOfficeObject } from "./roles.js";
import {
  addAcronyms,
  addGazetteerMatches,
  cleanCandidates,
  firstNamesAsPersons,
  propagateNames,
  typeCompanies,
  unifyTypes,
  type ActorCandidate,
} from "./rules.js";
import { typeByShape } from "./typing.js";
import { surnamesAsPersons } from "./surnames.js";
import { cuedCompanies } from "./companyCues.js";
import { companiesByContext } from "./companyContexts.js";
import { placesOfKind } from "./placeKinds.js";
import { placeOrganizations } from "./placeOrganizations.js";
import { splitAtBreaks } from "./spanBreaks.js";
import { splitAtJoints } from "./spanJoints.js";
import { extendToLongerNames } from "./longerNames.js";
import { possessivePersons } from "./possessivePersons.js";
import { datelinePlaces } from "./datelines.js";
import { joinNameParticles } from "./nameParticles.js";
import { hyphenatedGivenNames } from "./hyphenatedNames.js";
import { institutionsAsOrganizations } from "./institutions.js";
import { placesWithRegion } from "./placesWithRegion.js";
import { placesInLists } from "./placeLists.js";
import { demonymWords } from "./demonymWords.js";
import { facilitiesAsPlaces } from "./facilities.js";
import { personsByKin } from "./kinship.js";
import { personsOfCountries } from "./personOfCountry.js";
import { withoutLoneRoles } from "./loneRoles.js";
import { withoutDepartmentsBeforeTitles } from "./officeObjects.js";
import { nounModifiers } from "./nounModifiers.js";
import { speakersAsActors } from "./speakerNames.js";
import { bareAcronyms, conjoinedOrganizations } from "./organizationAcronyms.js";
import { partyMembersAfterPlaces } from "./partyMembers.js";

/** One article's sentences as the passes read them. */
export interface ActorDocument {
  /** Words by sentence as the rules read them: stretches of capitals ("CAIRO") in title case. */
  words: string[][];
  /** Words by sentence as the text writes them. */
  written: string[][];
  /** Whether a lowercase word is an everyday word (of the model's list or the document's own). */
  common: (lower: string) => boolean;
  lexicons: Lexicons;
}

/** A named pass over the candidates. */
export interface CandidatePass {
  name: string;
  run(doc: ActorDocument, candidates: ActorCandidate[]): ActorCandidate[];
}

export const REGIONS_SET = new Set(REGIONS);

/**
 * "the Biden administration", "the Tinubu government": a leader's name naming the organization.
 * Mutates the candidates it extends; returns them.
 */
export function leaderOrganizations(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  for (const c of candidates) {
    const words = doc[c.sentence];
    const name = words.slice(c.start, c.end).join(" ");
    if (c.label === "NAT" || c.label === "LOC" || COUNTRY_NAMES.has(name) || DEMONYMS.has(name) || REGIONS_SET.has(name)) continue;
    const next = words[c.end] ?? "";
    if (
      /^(?:administration|government|regime|cabinet|campaign)$/.test(next) &&
      !candidates.some((o) => o !== c && o.sentence === c.sentence && o.start === c.end)
    ) {
      c.end++;
      c.label = "ORG";
    }
  }
  return candidates;
}

/** Lowercase words naming a person's job that can stand right before a name ("chief executive Elon Musk"). */
const ROLE_NOUNS = new Set([
  "executive",
  "founder",
  "co-founder",
  "analyst",
  "economist",
  "lawyer",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "president",
  "secretary",
  "ambassador",
  "envoy",
  "commander",
  "chairman",
  "chairwoman",
  "director",
  "leader",
  "official",
  "senator",
  "governor",
  "mayor",
  "coach",
  "striker",
  "author",
  "actor",
  "actress",
  "singer",
  "rapper",
  "activist",
  "journalist",
  "reporter",
  "professor",
  "researcher",
  "scientist",
  "judge",
  "prosecutor",
  "general",
  "colonel",
  "captain",
]);

/** Lowercase job words that are nouns only, so that one name word after them is a person's ("president Moi", not "official Xinhua"). */
const ROLE_NOUNS_ALONE = new Set(
  `president minister secretary spokesman spokeswoman spokesperson ambassador envoy chairman chairwoman senator
  governor mayor coach professor judge prosecutor general colonel captain`.split(/\s+/),
);

/**
 * A name of two or three title-case words after a lowercase job word ("chief executive Elon Musk",
 * "defence minister Ali Ahmed", "striker Harry Kane") names a person, whatever the tagger thought;
 * so does one name word after a job word that is a noun only ("Kenya's president Moi").
 */
export function lowercaseRoleBefore(words: string[], a: number, b: number): boolean {
  if (a === 0 || b - a < 1 || b - a > 3) return false;
  const before = words[a - 1];
  if (!/^\p{Ll}/u.test(before) || !(ROLE_NOUNS.has(before) || TITLE_WORDS.has(before))) return false;
  if (b - a === 1 && (!ROLE_NOUNS_ALONE.has(before) || COMPANY_NAMES.has(words[a]) || DEMONYMS.has(words[a]))) return false;
  return words.slice(a, b).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w));
}

/**
 * A name with a personal title right before it ("Minister Ali Ahmed"), an appositive role after it
 * ("Ali Ahmed, the minister") or a lowercase job word before it is a person; "Secretary of State
 * Victoria Nuland" read as one name "State Victoria Nuland" gives the office's object to the title,
 * and read as "Victoria Nuland" after it is a person too.
 * Mutates labels and starts; returns the candidates.
 */
export function personCues(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  for (const c of candidates) {
    if (c.label === "PER" || c.label === "NAT") continue;
    const words = doc[c.sentence];
    const name = words.slice(c.start, c.end).join(" ");
    if (COUNTRY_NAMES.has(name) || REGIONS_SET.has(name) || CAPITALS.has(name) || ORG_WORDS.has(words[c.end - 1].toLowerCase())) continue;
    const start = stripOfficeObject(words, c.start, c.end);
    if (start > c.start && /^\p{Lu}\p{Ll}/u.test(words[start]) && /^\p{Lu}\p{Ll}/u.test(words[c.end - 1])) {
      c.start = start;
      c.label = "PER";
      continue;
    }
    const titled = c.start > 0 && TITLE_WORDS.has(words[c.start - 1].toLowerCase()) && /^\p{Lu}/u.test(words[c.start - 1]);
    // the office's object just before the span, not in it: "Secretary of State | Victoria Nuland"
    if (titled || afterOfficeObject(words, c) || roleAfter(words, c.end) || lowercaseRoleBefore(words, c.start, c.end)) c.label = "PER";
  }
  return withoutOfficeObjects(doc, candidates);
}

/** Whether the word before person `p` is the object of an office right before it ("Secretary of State | Victoria Nuland"), a name, not "the" ("Director of the | U.S. Federal Bureau"). */
const afterOfficeObject = (words: string[], p: ActorCandidate) =>
  p.start >= 3 && /^\p{Lu}/u.test(words[p.start - 1]) && stripOfficeObject(words, p.start - 1, p.end) === p.start;

/** The candidates without an office's object read as a name of its own ("State" in "Secretary of State Victoria Nuland"). */
function withoutOfficeObjects(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const objects = new Set(
    candidates.filter((p) => p.label === "PER" && afterOfficeObject(doc[p.sentence], p)).map((p) => `${p.sentence}:${p.start - 1}`),
  );
  if (!objects.size) return candidates;
  return candidates.filter((c) => !(c.end - c.start === 1 && objects.has(`${c.sentence}:${c.start}`)));
}

export const ACTOR_PASSES: readonly CandidatePass[] = [
  { name: "split at colons", run: (d, c) => splitAtBreaks(d.words, c) },
  { name: "split at joints", run: (d, c) => splitAtJoints(d.words, c, d.common, d.lexicons) },
  { name: "clean", run: (d, c) => cleanCandidates(d.words, c, d.common, d.written, d.lexicons.givenNames) },
  { name: "names with particles", run: (d, c) => joinNameParticles(d.words, c, d.lexicons) },
  { name: "hyphenated given names", run: (d, c) => hyphenatedGivenNames(d.words, c, d.lexicons) },
  { name: "acronyms", run: (d, c) => addAcronyms(d.words, c) },
  { name: "organizations joined by 'and'", run: (d, c) => conjoinedOrganizations(d.words, c) },
  { name: "acronyms without brackets", run: (d, c) => bareAcronyms(d.words, c) },
  { name: "propagate names", run: (d, c) => propagateNames(d.words, c, d.common) },
  { name: "gazetteer", run: (d, c) => addGazetteerMatches(d.words, c) },
  { name: "institutions", run: (d, c) => institutionsAsOrganizations(d.words, c) },
  { name: "nationality words", run: (d, c) => demonymWords(d.words, c) },
  { name: "longer names", run: (d, c) => extendToLongerNames(d.words, c) },
  { name: "one type per name", run: (d, c) => unifyTypes(d.words, c) },
  { name: "dateline places", run: (d, c) => datelinePlaces(d.words, d.written, c) },
  { name: "places with their region", run: (d, c) => placesWithRegion(d.words, c, d.lexicons) },
  { name: "places in lists", run: (d, c) => placesInLists(d.words, c, d.lexicons) },
  { name: "party members after places", run: (d, c) => partyMembersAfterPlaces(d.words, c, d.lexicons) },
  { name: "persons of a family", run: (d, c) => personsByKin(d.words, c) },
  { name: "persons of a country", run: (d, c) => personsOfCountries(d.words, c, d.lexicons, d.common) },
  { name: "first names", run: (d, c) => firstNamesAsPersons(d.words, c) },
  { name: "type by shape", run: (d, c) => typeByShape(d.words, c, d.lexicons) },
  { name: "leaders' organizations", run: (d, c) => leaderOrganizations(d.words, c) },
  { name: "person cues", run: (d, c) => personCues(d.words, c) },
  { name: "departments before titles", run: (d, c) => withoutDepartmentsBeforeTitles(d.words, c) },
  { name: "names before a noun", run: (d, c) => nounModifiers(d.words, c) },
  { name: "persons after a possessive", run: (d, c) => possessivePersons(d.words, c, d.common, d.lexicons) },
  { name: "surnames", run: (d, c) => surnamesAsPersons(d.words, c, d.lexicons) },
  { name: "lone role words", run: (d, c) => withoutLoneRoles(d.words, c) },
  { name: "companies", run: (d, c) => typeCompanies(d.words, c) },
  { name: "cued companies", run: (d, c) => cuedCompanies(d.words, c, d.common) },
  { name: "missed companies", run: (d, c) => missedCompanies(d.words, c, d.common, d.lexicons) },
  { name: "companies by context", run: (d, c) => companiesByContext(d.words, c, d.lexicons) },
  { name: "places of a kind", run: (d, c) => placesOfKind(d.words, c, d.lexicons) },
  { name: "organizations of a place", run: (d, c) => placeOrganizations(d.words, c) },
  { name: "built places", run: (d, c) => facilitiesAsPlaces(d.words, c) },
  { name: "companies by their first word", run: (d, c) => companyShortForms(d.words, c, d.lexicons, d.common) },
  { name: "speakers the tagger missed", run: (d, c) => speakersAsActors(d.words, c, d.common, d.lexicons) },
];
