// Short forms of organization names and what they may stand for: a word prefix ("Northrop" →
// "Northrop Grumman", "China Eastern" → "China Eastern Airlines"), the name without a leading place
// ("Colts" → "Indianapolis Colts", "Air Force" → "United States Air Force"), an acronym whose
// letters are the name's words ("AMD" → "Advanced Micro Devices"), and a generic head dropped
// ("Wagner" → "Wagner Group"). Organization keys fold case, dots, legal forms ("Apple Inc." =
// "Apple") and a leading country to its name ("U.S. Air Force" = "United States Air Force"). Pure.
import { countryOf, foldName } from "./countryNames.js";
import { boundedMemo } from "../util/memo.js";
import { INSTITUTION_SHORT_FORMS, INSTITUTIONS } from "../recognize/actors/institutions.js";

const LEGAL_FORMS = new Set("inc incorporated corp corporation co plc llc ltd limited nv sa ag gmbh spa bv lp llp".split(" "));
export const GENERIC_ORG_HEADS = new Set(
  "group groups party movement forces force army organization organisation network militia company corporation inc ltd brigade brigades front".split(
    " ",
  ),
);
/** Words that are no name on their own, whatever they are a part of. */
const GENERIC_ALONE = new Set([
  ...GENERIC_ORG_HEADS,
  "department",
  "ministry",
  "council",
  "agency",
  "office",
  "bank",
  "court",
  "union",
  "committee",
  "commission",
  "government",
  "police",
  "airlines",
  "airways",
  "motors",
  "news",
  "times",
  "post",
  "university",
  "house",
  "senate",
  "congress",
  "institute",
  "foundation",
  "association",
  "society",
  "authority",
  "service",
  "board",
  "center",
  "centre",
  "school",
  "college",
  "airport",
  "exchange",
  "federation",
  "league",
  "embassy",
  "parliament",
  "assembly",
  "administration",
]);

/** Whether a name is one generic word and no name on its own ("Department", "Institute"). */
export const isGenericWord = (surface: string) => GENERIC_ALONE.has(foldName(surface));

/** Whether a name ends with its legal form ("Apple Inc.", "Chrysler LLC"): a full name, never a short form of a longer one. */
export function withLegalForm(surface: string): boolean {
  const words = foldName(surface.replace(/,/g, " ")).split(" ").filter(Boolean);
  return words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]);
}

/** Kinds of body named either way: "the Department of Labor" is "the Labor Department". */
const KIND_OF_OFFICE = new Set(["department", "ministry"]);

/**
 * The folded words of an organization's name: no legal form at the end, a leading country by its
 * name, a department or ministry "of X" written as "X department" ("U.S. Department of Labor" and
 * "US Labor Department" are one name).
 */
export function orgWords(surface: string): string[] {
  const words = foldName(surface.replace(/,/g, " ")).split(" ").filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const country = countryOf(words.slice(0, n).join(" "));
    if (country) return officeLast([`@${country.toLowerCase()}`, ...words.slice(n)], 1);
  }
  return officeLast(words, 0);
}

/** "department of labor" → "labor department", from `at` (after a leading country). */
function officeLast(words: string[], at: number): string[] {
  if (words.length < at + 3 || !KIND_OF_OFFICE.has(words[at]) || words[at + 1] !== "of") return words;
  return [...words.slice(0, at), ...words.slice(at + 2), words[at]];
}

/** An organization's key: its folded words (orgWords), joined; memoized (every mention of an organization asks for one, and most are of a few names). */
export const orgKeyOf = boundedMemo((surface) => orgWords(surface).join(" "));

/** The portfolios a government's ministries and departments are named by ("Foreign", "Foreign Affairs", "Interior"). */
const PORTFOLIO_WORDS = new Set(
  "foreign affairs interior home defense defence finance justice health education trade commerce industry agriculture labor labour transport energy environment information economy economic".split(
    " ",
  ),
);

/**
 * Whether a name is a ministry or department named by its portfolio alone ("Foreign Ministry", "the
 * Ministry of Foreign Affairs", "Interior Department"): every government has one, so two articles'
 * "Foreign Ministry" may be two countries' and the name alone tells no one in particular.
 */
export const isPortfolioOffice = (surface: string) => OFFICE_WORD.test(surface) && portfolioOffice(surface);

/** A word of KIND_OF_OFFICE: only names with one are read word by word (most mentions have none). */
const OFFICE_WORD = /\b(?:ministry|department)\b/i;

const portfolioOffice = boundedMemo((surface: string) => {
  const words = orgWords(surface.replace(/^the\s+/i, ""));
  return words.length >= 2 && KIND_OF_OFFICE.has(words[words.length - 1]) && words.slice(0, -1).every((w) => PORTFOLIO_WORDS.has(w));
});

/** Initials of a long name, with and without its small words ("of", "the"), from its written form; memoized (short forms are compared with the same long names over and over). */
export const acronymsOf: (name: string) => readonly string[] = boundedMemo(computeAcronyms);

function computeAcronyms(name: string): string[] {
  const words = name
    .replace(/^the\s+/i, "")
    .split(/[\s-]+/)
    .filter(Boolean);
  const all = words
    .map((w) => w[0])
    .join("")
    .toUpperCase();
  const capitals = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return [...new Set([all, capitals])].filter((a) => a.length >= 2);
}

/** Whether a name is a list of names ("Turkey, Lebanon, Egypt"), not one name with its legal form after a comma ("Apple, Inc."). */
const namesAList = (surface: string) =>
  surface.split(/,\s*/).filter((part, i) => part && (i === 0 || !LEGAL_FORMS.has(foldName(part)))).length > 1;

const isAcronym = (surface: string) => /^[A-Z][A-Z0-9&.]{1,7}$/.test(surface.replace(/\./g, "")) && surface.replace(/\./g, "").length >= 2;

/**
 * Whether a name opening with a country is a prefix of a longer one of the same body: a word after
 * the country that is no generic head, and only generic heads after it in the long one ("China
 * Eastern" for "China Eastern Airlines"; not "U.S. Army" for "U.S. Army Corps of Engineers", nor
 * "U.S. State Department" for "U.S. State Department Seal"). The words come from the written names:
 * a key's words split a country of two words ("@united states").
 */
function prefixAfterCountry(shortSurface: string, longSurface: string): boolean {
  const [short, long] = [orgWords(shortSurface), orgWords(longSurface)];
  return short.slice(1).some((w) => !GENERIC_ALONE.has(w)) && long.slice(short.length).every((w) => GENERIC_ALONE.has(w));
}

/** Words that open or close towns' names of two words ("San Francisco", "St. Louis", "Kansas City", "Green Bay"). */
const TOWN_OPENERS = new Set("san santa santo los las new st saint fort ft port el la le mount mt".split(" "));
const TOWN_CLOSERS = new Set("city bay state lake beach island springs falls".split(" "));

/** Whether two written words are a town's name by their shape ("San Francisco", "Tampa Bay"; not "Advanced Micro"). */
function townOfTwoWords([first, second]: readonly string[]): boolean {
  return TOWN_OPENERS.has(first.toLowerCase().replace(/\.$/, "")) || TOWN_CLOSERS.has(second.toLowerCase());
}

/** Institutions' known short forms (folded: "fed") → the folded names of the institution they stand for ("federal reserve", "federal reserve board"). */
const INSTITUTION_NAMES = new Map(
  [...INSTITUTION_SHORT_FORMS].map(([short, full]) => [
    foldName(short),
    new Set(INSTITUTIONS.filter((name) => name === full || name.startsWith(`${full} `)).map((name) => foldName(name))),
  ]),
);

/** The folded names an institution's known short form stands for ("fed" → "federal reserve", ...), or undefined for any other name. */
export const institutionNamesOf = (short: readonly string[]): ReadonlySet<string> | undefined =>
  short.length === 1 ? INSTITUTION_NAMES.get(short[0]) : undefined;

/**
 * Heads of things named after a person or a body rather than the body itself: its government or
 * time in office, its effort, its writings, its policy ("the Obama administration", "the Bush
 * campaign", "the Pentagon Papers", "the Truman Doctrine", "the Reagan era").
 */
const NAMED_AFTER_HEADS = new Set(
  "administration administrations government cabinet presidency premiership regime era years campaign campaigns papers paper files memo doctrine plan act law rule dynasty family estate".split(
    " ",
  ),
);
/** Heads of bodies often named after a person, none of them that person ("the Ford Foundation", "the Carter Center"). */
const AFTER_A_PERSON_HEADS = new Set(
  "foundation institute institution center centre library museum school college university trust fund prize award memorial hospital stadium arena".split(
    " ",
  ),
);

/**
 * Whether a longer name is a thing named after the name it opens, not that name written longer: its
 * last word written in small letters, a common noun after a name ("Obama administration"; not an
 * organization's generic head, "the Wagner group"), or a
 * head of such a thing ("Pentagon Papers"); after a person's name also a body named after them
 * ("Ford Foundation" for the person Ford).
 */
export function namedAfter(longSurface: string, person = false): boolean {
  const written = longSurface
    .replace(/^the\s+/i, "")
    .split(/\s+/)
    .filter(Boolean);
  if (written.length < 2) return false;
  const head = written[written.length - 1];
  const folded = foldName(head);
  if (GENERIC_ORG_HEADS.has(folded)) return false;
  return /^\p{Ll}+$/u.test(head) || NAMED_AFTER_HEADS.has(folded) || (person && AFTER_A_PERSON_HEADS.has(folded));
}

/**
 * Whether the short name (folded words, written form) may stand for the long one: a word prefix, the
 * long name without its opening place or country, an acronym of it, or it without a generic head.
 */
export function standsFor(short: string[], shortSurface: string, long: string[], longSurface: string): boolean {
  if (short.length >= long.length) return false;
  // an institution's known short form stands for its names only ("Fed" for "Federal Reserve")
  const institution = institutionNamesOf(short);
  if (institution) return institution.has(long.join(" "));
  // a model ("Airbus A380", "Boeing 747") or two names ("Airbus and Air France", "Turkey, Lebanon, Egypt") is not a long form of
  // either; a name with a number is a long form of a short one that writes the number ("76ers" for "Philadelphia 76ers")
  if (long.some((w) => (/\d/.test(w) && !short.includes(w)) || w === "and" || w === "&") || namesAList(longSurface)) return false;
  if (short.length === 1 && GENERIC_ALONE.has(short[0])) return false;
  if (short[0].startsWith("@") && short.length === 1) return false;
  // a prefix of a thing named after it is not its short form ("Pentagon" for "Pentagon Papers")
  const prefix = short.every((w, i) => long[i] === w) && !namedAfter(longSurface);
  if (prefix && (!short[0].startsWith("@") || prefixAfterCountry(shortSurface, longSurface))) return true;
  const tail = short.every((w, i) => long[long.length - short.length + i] === w);
  // "Air Force" for "U.S. Air Force"; "Colts" for "Indianapolis Colts" (a capitalized word before a name that is not an acronym)
  // ...or a town's name of two words before a one-word name ("Rams" for "St. Louis Rams", "49ers" for "San Francisco 49ers")
  const leads = longSurface
    .replace(/^the\s+/i, "")
    .split(/\s+/)
    .slice(0, long.length - short.length);
  const byPlace =
    long[0].startsWith("@") ||
    ((leads.length === 1 || (leads.length === 2 && short.length === 1 && townOfTwoWords(leads))) &&
      leads.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
      shortSurface !== shortSurface.toUpperCase());
  if (tail && byPlace) return true;
  if (isAcronym(shortSurface) && acronymsOf(longSurface).includes(shortSurface.replace(/\./g, "").toUpperCase()) && long.length >= 2)
    return true;
  return false;
}
