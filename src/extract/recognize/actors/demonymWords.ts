// Nationality words the country list lacks: of world regions ("African envoys", "European security",
// "the East African nations"), demonyms as nouns ("a Turk", "Kurds") and hyphenated peoples
// ("Cuban-Americans", "African-American"). Each is a nationality wherever no other name holds it,
// though the tagger read it as a person or an organization or left it out. Pure.
import { DEMONYMS } from "./gazetteer.js";
import type { ActorCandidate } from "./rules.js";
import { pushTo } from "../../util/groupBy.js";

const REGION_DEMONYMS = [
  "African",
  "European",
  "Asian",
  "Arab",
  "Latin American",
  "Middle Eastern",
  "North African",
  "West African",
  "East African",
  "Central African",
  "Southern African",
  "Southeast Asian",
  "South Asian",
  "East Asian",
  "Central Asian",
  "Scandinavian",
  "Kurdish",
  "Kurd",
];
const DEMONYM_NOUNS = `Turk Turks Kurds Arabs Poles Serbs Croats Swedes Danes Finns Scots Spaniards Filipinos Brits Dutchman Frenchman
  Englishman Irishman Scotsman Welshman`.split(/\s+/);

/** Every form, one word list each ("Latin American" → ["Latin", "American"]), with plurals of the -an forms. */
const FORMS: string[][] = [...REGION_DEMONYMS.flatMap((d) => (/an$/.test(d) ? [d, `${d}s`] : [d])), ...DEMONYM_NOUNS]
  .map((d) => d.split(" "))
  .sort((a, b) => b.length - a.length);
const PEOPLE_AFTER_HYPHEN = /^(\p{Lu}\p{Ll}+)-(?:Americans?|Canadians?|Australians?|Britons?)$/u;
const REGION_SET = new Set(REGION_DEMONYMS);
/**
 * The adjectives among them ("European rival", "African countries") type a name the tagger found but
 * are not added where it found none: written before a noun they are more often a description's word
 * ("Boeing's European rival Airbus") than a mention of the region, but after a part of the region in
 * lower case ("eastern European countries").
 */
const ADJECTIVES = new Set(REGION_DEMONYMS.filter((d) => /(?:an|ish|ern)$/.test(d)));
/** A part of a region in lower case before such an adjective makes it the region's ("the three eastern European countries"). */
const COMPASS_WORDS = /^(?:eastern|western|northern|southern|central|north|south|east|west)$/;

/** Whether a word is a hyphenated people ("Cuban-Americans"): a demonym, a hyphen, a settler nation's demonym. */
export function hyphenatedPeople(word: string): boolean {
  const m = PEOPLE_AFTER_HYPHEN.exec(word);
  return !!m && (DEMONYMS.has(m[1]) || REGION_SET.has(m[1]));
}

/** The forms by their first word, longest first. */
const FORMS_BY_FIRST = new Map<string, string[][]>();
for (const f of FORMS) pushTo(FORMS_BY_FIRST, f[0], f);

/** The length of the nationality word opening at `i` in `words`, 0 when none. */
export function demonymWordAt(words: string[], i: number): number {
  const word = words[i] ?? "";
  if (word.includes("-") && hyphenatedPeople(word)) return 1;
  const form = FORMS_BY_FIRST.get(word)?.find((f) => f.every((w, k) => words[i + k] === w));
  return form ? form.length : 0;
}

/** Candidates that are such words become nationalities; such words in no candidate are added as nationalities. Returns the candidates. */
export function demonymWords(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const added: ActorCandidate[] = [];
  const bySentence = new Map<number, ActorCandidate[]>();
  for (const c of candidates) pushTo(bySentence, c.sentence, c);
  doc.forEach((words, sentence) => {
    for (let i = 0; i < words.length; i++) {
      const n = demonymWordAt(words, i);
      if (!n) continue;
      const over = (bySentence.get(sentence) ?? []).filter((c) => c.start < i + n && c.end > i);
      if (!over.length && (!ADJECTIVES.has(words.slice(i, i + n).join(" ")) || COMPASS_WORDS.test(words[i - 1] ?? "")))
        added.push({ sentence, start: i, end: i + n, label: "NAT", source: "gazetteer" });
      else if (over.length === 1 && over[0].start === i && over[0].end === i + n) over[0].label = "NAT";
      i += n - 1;
    }
  });
  return added.length ? [...candidates, ...added] : candidates;
}
