// The person or organization a pronoun or a role speaker refers to ("he said", "the spokesman said",
// "the ministry said"): the nearest earlier actor outside quotes that agrees with it, the subject of
// its sentence first. A person's gender comes from an honorific ("Mr. Kelly", "Mrs. Clinton") or a
// gendered role ("spokeswoman") written with any mention of that name in the article, else from the
// given name of a full mention ("Maria Lopez", givenNames.ts). Pure.
import { escapeRegExp } from "../../util/regexp.js";
import type { ActorMention, Sentence } from "../../types.js";
import { contains, insideRanges } from "../../util/ranges.js";
import { boundedMemo } from "../../util/memo.js";
import { genderOfGivenName, type Gender } from "./givenNames.js";
import { nameWords } from "./names.js";
import { ISSUER_TO_WRITING, VERB, WRITING_SPEAKER } from "./verbs.js";
import { COUNTRY_BODIES, SPEAKS_FOR } from "./speaker.js";
import { CAPITAL_COUNTRIES, COUNTRY_NAMES } from "../actors/gazetteer.js";
import { findDateline } from "../../clean/index.js";

export type { Gender };

const MALE_BEFORE = /\b(?:Mr|Sir|Lord|King|Prince|Sheikh|Emir|Sultan|Monsieur|Herr|Senor|Señor|Signor|Father|Brother)\.?\s*$/;
const FEMALE_BEFORE = /\b(?:Mrs|Ms|Miss|Mme|Madame|Lady|Dame|Queen|Princess|Frau|Senora|Señora|Signora|Sister)\.?\s*$/;
const MALE_ROLE = /\b(?:spokesman|chairman|congressman|businessman|king|prince|actor|husband|father|son|brother|boy|man)\b/i;
const FEMALE_ROLE =
  /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess|actress|wife|mother|daughter|sister|girl|woman)\b/i;
/** Organization heads a role speaker names ("the ministry said", "the company said"). */
export const ORG_HEADS =
  /^(?:the\s+)?(?:\p{Ll}[\p{Ll}-]+\s+)?(?:company|firm|ministry|department|agency|group|government|party|army|military|team|club|bank|union|council|commission|court|police|office|embassy|militia|junta|movement|organi[sz]ation|airline|carrier|network|channel|newspaper|board|committee|administration|campaign|coalition|alliance|federation|association|league|authority|authorities|foundation|institute|fund|leadership|regime)$/iu;
const COUNTRY_BODY = new RegExp(`^(?:${COUNTRY_BODIES})$`);
/** Roles of those a campaign story follows, which a reader takes for its nearest such person ("the Republican nominee said"). */
const CONTENDERS = /^(?:nominee|candidate|front-?runner|challenger|incumbent|contender|billionaire|businessman|businesswoman)$/;
/** "the FBI chief", "the spokesman": the words qualifying the role (group 1), the role word (group 2). */
const PERSON_ROLES = /^(?:[Tt]he\s+)?((?:[\p{L}-]+\s+){0,2})(\p{Ll}+)$/u;

function surnameOf(m: ActorMention): string {
  return m.text
    .replace(/[’']s$/, "")
    .trim()
    .split(/\s+/)
    .pop()!
    .toLowerCase();
}

/** A full mention's name without honorifics ("Hillary Clinton" of "Mrs. Hillary Clinton"), or null for a surname alone. */
function fullNameOf(m: ActorMention): string | null {
  const words = nameWords(m);
  return words.length >= 2 ? words.join(" ").toLowerCase() : null;
}

/** The gender a full person mention's given name says: "Maria Lopez", "Dr. Ahmed Saleh"; not "Lopez". */
function givenNameGender(m: ActorMention): Gender | undefined {
  const full = fullNameOf(m);
  return full ? genderOfGivenName(full.split(" ")[0]) : undefined;
}

/**
 * Gender by full name and by surname, from the honorifics and gendered roles written with the
 * article's person mentions; where these say nothing, from the given names of its full mentions.
 * A surname two people of different genders share ("Bill Clinton", "Hillary Clinton") says none;
 * their full names still do (genderOfMention).
 */
export function gendersOf(text: string, actors: ActorMention[]): Map<string, Gender> {
  const votes = new Map<string, { male: number; female: number; givenMale: number; givenFemale: number }>();
  for (const m of actors) {
    if (m.type !== "person") continue;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const own = /^(Mr|Mrs|Ms|Miss|Sir|Lady|Lord|Dame)\.?\s/.exec(m.text)?.[1];
    const male = MALE_BEFORE.test(before) || (own && /^(?:Mr|Sir|Lord)$/.test(own)) || (m.role && MALE_ROLE.test(m.role));
    const female = FEMALE_BEFORE.test(before) || (own && /^(?:Mrs|Ms|Miss|Lady|Dame)$/.test(own)) || (m.role && FEMALE_ROLE.test(m.role));
    const given = givenNameGender(m);
    const full = fullNameOf(m);
    for (const key of full ? [surnameOf(m), `full:${full}`] : [surnameOf(m)]) {
      const v = votes.get(key) ?? { male: 0, female: 0, givenMale: 0, givenFemale: 0 };
      if (male) v.male++;
      if (female) v.female++;
      if (given === "male") v.givenMale++;
      if (given === "female") v.givenFemale++;
      votes.set(key, v);
    }
  }
  const out = new Map<string, Gender>();
  for (const [name, v] of votes) {
    const [male, female] = v.male + v.female > 0 ? [v.male, v.female] : [v.givenMale, v.givenFemale];
    if (male !== female) out.set(name, male > female ? "male" : "female");
  }
  return out;
}

/**
 * A person mention's gender: by its full name where it is written in full (a relative's given name
 * says nothing of "Marisleysis Gonzalez"), else by its surname.
 */
export function genderOfMention(genders: Map<string, Gender>, m: ActorMention): Gender | undefined {
  const full = fullNameOf(m);
  return full ? genders.get(`full:${full}`) : genders.get(surnameOf(m));
}

export interface ReferentContext {
  text: string;
  sentences: Sentence[];
  actors: ActorMention[];
  /** Quoted spans: actors inside them are not antecedents. */
  quoted: Array<[number, number]>;
  genders: Map<string, Gender>;
  /** The country of the article's dateline ("Cuba" of "HAVANA (AP) --"), whose government an unqualified "the government" is. */
  home?: string;
  /** Where the actors credited with the quotes before start: the one a sentence credits is who a later pronoun goes on with. */
  credited?: Set<number>;
}

const lastWord = (p: string) => p.trim().split(/\s+/).pop()!.toLowerCase();

/** Whose office or spokesman speaks, by a possessive pronoun: "his office", "her campaign", "its spokesman" (group 1 the pronoun). */
const HIS_VOICE = new RegExp(
  `^(his|her|its)\\s+(?:\\p{Ll}+\\s+)?(?:${SPEAKS_FOR}|spokes(?:man|woman|person)|aides?|lawyers?|attorneys?)$`,
  "iu",
);

/** What a speaker phrase asks of its antecedent, or null when it names someone itself. */
interface Wanted {
  type: "person" | "organization";
  gender?: Gender;
  role?: string;
  /** The words qualifying a person's role ("FBI" of "the FBI chief", "union" of "the union chief"), one of which their own role or introduction must hold: one pattern, made once per role speaker. */
  of?: RegExp;
  contender?: boolean;
}

function wants(phrase: string): Wanted | null {
  const p = phrase.trim();
  if (/^he$/i.test(p)) return { type: "person", gender: "male" };
  if (/^she$/i.test(p)) return { type: "person", gender: "female" };
  if (/^it$/i.test(p)) return { type: "organization" };
  // "his office said": the one the pronoun refers to speaks through it
  const voice = HIS_VOICE.exec(p)?.[1].toLowerCase();
  if (voice) return voice === "its" ? { type: "organization" } : { type: "person", gender: voice === "his" ? "male" : "female" };
  if (ORG_HEADS.test(p)) return { type: "organization", role: lastWord(p) };
  // "company executives", "government officials": the people who speak for the organization the word names
  const people = /^(?:(?:the|a|an)\s+)?(.+?)\s+(?:officials|executives|sources|spokes(?:man|woman|person))$/i.exec(p);
  if (people && ORG_HEADS.test(people[1])) return { type: "organization", role: lastWord(people[1]) };
  const role = /^the\s+/i.test(p) ? PERSON_ROLES.exec(p) : null;
  if (role) {
    const gender = MALE_ROLE.test(p) ? "male" : FEMALE_ROLE.test(p) ? "female" : undefined;
    // "the Republican nominee", "the candidate": whom the story follows, seldom written as a title
    if (CONTENDERS.test(role[2])) return { type: "person", gender, contender: true };
    // whose role it is: an acronym ("the FBI chief") or a body's word ("the union chief"), not a nationality ("the Guinean leader")
    const of = role[1].split(/\s+/).filter((w) => /^\p{Lu}{2,}$/u.test(w) || ORG_HEADS.test(w));
    const qualifier = of.length ? { of: new RegExp(`\\b(?:${of.map(escapeRegExp).join("|")})\\b`, "i") } : {};
    return { type: "person", gender, role: role[2].toLowerCase(), ...qualifier };
  }
  return null;
}

/** The body a writing's own word names, as a role speaker ("the government" of "a government communique"), or "". */
function bodyOfWriting(phrase: string): string {
  const word = /^\s*(?:the|a|an)\s+(\p{Ll}[\p{Ll}-]*)\s/u.exec(phrase)?.[1];
  return word && ORG_HEADS.test(word) ? `the ${word}` : "";
}

/**
 * Who issued "the statement" (or letter, memo, release, report) that speaks: the first person or organization
 * before that word in the nearest earlier sentence naming it ("The State Department issued a statement …
 * “…,” the statement said."); undefined when none is named; null when the phrase names no writing.
 */
function issuerOf(ctx: ReferentContext, start: number, end: number): ActorMention | undefined | null {
  const noun = WRITING_SPEAKER.exec(ctx.text.slice(start, end).trim())?.[1];
  if (!noun) return null;
  const at = ctx.sentences.findIndex((s) => s.start <= start && start < s.end);
  return issuerBefore(ctx, at, new RegExp(`\\b${noun}\\b`, "i"), ROLE_REACH, "first") ?? issuerBefore(ctx, at, ISSUED, 2, "last");
}

/** Who a writing is by, right after its word: "a statement by the", "a letter from". */
const ISSUED_BY = /^\s+(?:by|from|of|issued\s+by)\s+(?:the\s+)?/i;

/** Between an issuer and its writing's word: "Defense Department news release", "DoD's statement". */
const ISSUER_BEFORE = new RegExp(`^${ISSUER_TO_WRITING}$`, "u");

/** A speech verb right after a writing's word: "the release said". */
const SAYS_AFTER = new RegExp(`^\\s+(?:${VERB})\\b`, "i");

/** Who issues writings: "The State Department on Sunday issued an updated warning." */
const ISSUED = /\b(?:issued|released|published|distributed|put\s+out)\b/i;

/**
 * The first (or, for the subject of an issuing verb, the last) person or organization before `word` in the
 * nearest of the `reach` sentences before sentence `at` holding it; the one named right after the word
 * first ("A statement by the Foreign Ministry condemned …").
 */
function issuerBefore(ctx: ReferentContext, at: number, word: RegExp, reach: number, which: "first" | "last"): ActorMention | undefined {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    const s = ctx.sentences[i];
    const hit = word.exec(ctx.text.slice(s.start, s.end));
    if (!hit) continue;
    const wordStart = s.start + hit.index;
    const wordEnd = wordStart + hit[0].length;
    const by = ISSUED_BY.exec(ctx.text.slice(wordEnd, s.end));
    const named =
      by && ctx.actors.find((a) => a.start === wordEnd + by[0].length && a.type !== "place" && !insideRanges(ctx.quoted, a.start, a.end));
    if (named) return named;
    // "according to a Defense Department news release": the issuer written before the writing's word
    const issuer = ctx.actors.find(
      (a) =>
        a.type !== "place" &&
        a.end <= wordStart &&
        ISSUER_BEFORE.test(ctx.text.slice(a.end, wordStart)) &&
        !insideRanges(ctx.quoted, a.start, a.end),
    );
    if (issuer) return issuer;
    // "…, the release said.", "according to the release": the writing named before, speaking again; its issuer is further back
    const lead = ctx.text.slice(s.start, wordStart);
    if (
      /\bthe\s+(?:\p{Ll}+\s+)?$/iu.test(lead) &&
      (SAYS_AFTER.test(ctx.text.slice(wordEnd, s.end)) || /according\s+to\s+the\s+(?:\p{Ll}+\s+)?$/iu.test(lead))
    )
      continue;
    const before = ctx.actors.filter(
      (a) => a.start >= s.start && a.end <= s.start + hit.index && a.type !== "place" && !insideRanges(ctx.quoted, a.start, a.end),
    );
    return which === "first" ? before[0] : before.pop();
  }
  return undefined;
}

/**
 * The gender of a mention typed otherwise that speaks as a person: credited with a quote before, or the
 * subject of a speech verb right after it (past an apposition: "Jean-Claude Trichet, the bank's president, warned"), and named
 * with a given name ("A spokeswoman for the N.C.A.A., Gail Dent, said …" then "she said").
 */
function speakingName(ctx: ReferentContext, a: ActorMention): Gender | undefined {
  const next = ctx.text.slice(a.end, a.end + 60);
  if (!ctx.credited?.has(a.start) && !SAYS_NEXT.test(next) && !SPEAKS.test(next)) return undefined;
  const words = nameWords(a);
  return words.length >= 2 ? genderOfGivenName(words[0].toLowerCase()) : undefined;
}

/**
 * The actor mention a pronoun or role speaker at [start, end) refers to, or undefined: first the
 * subject (the first agreeing actor) of its own sentence before it, then of each earlier sentence.
 */
export function referentOf(ctx: ReferentContext, start: number, end: number): ActorMention | undefined {
  const issued = issuerOf(ctx, start, end);
  if (issued) return issued;
  // a writing with no issuer named, its word qualified by a body's ("a government communique", "a ministry statement"): that body
  const phrase = ctx.text.slice(start, end);
  const want = wants(issued === null ? phrase : bodyOfWriting(phrase));
  if (!want) return undefined;
  const inQuote = (a: ActorMention) => insideRanges(ctx.quoted, a.start, a.end);
  const agrees = (a: ActorMention) => {
    if (a.end > start || inQuote(a)) return false;
    // "Elian's grandmother", "Mr. Johnson's Democratic challenger": a possessive names whose someone is, not the one who speaks
    if (/^[’']s\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}/u.test(ctx.text.slice(a.end, a.end + 24)) && want.type === "person") return false;
    if (want.type === "organization") {
      if (a.type !== "organization" && !(a.country && want.role && COUNTRY_BODY.test(want.role))) return false;
      // "police said", "the embassy said": a body of that kind named so ("the Metropolitan Police"), never another organization
      return !(want.role && NAMED_KINDS.test(want.role) && a.type === "organization" && !orgRoleFits(a.text, want.role));
    }
    if (a.type !== "person" && !(want.gender && speakingName(ctx, a) === want.gender)) return false;
    const gender = a.type === "person" ? genderOfMention(ctx.genders, a) : want.gender;
    if (want.gender && gender && gender !== want.gender) return false;
    // "the spokesman": a person whose role says so ("the leader": a president, a premier, a chairman …)
    if (want.role && !holdsRole(ctx.text, a, want.role, want.of)) return false;
    return true;
  };
  const sentenceIndex = ctx.sentences.findIndex((s) => s.start <= start && start < s.end);
  // "the Republican nominee said": the person last credited with a quote, within a few sentences
  const reach = ctx.sentences[Math.max(0, (sentenceIndex < 0 ? ctx.sentences.length : sentenceIndex) - ROLE_REACH)]?.start ?? 0;
  const last = want.contender ? ctx.actors.filter((a) => a.start >= reach && agrees(a) && ctx.credited?.has(a.start)).pop() : undefined;
  if (last) return last;
  if (want.type === "organization" && want.role) {
    const named = orgNamedByRole(ctx, want.role, reach, start, agrees);
    if (named) return named;
    const home = COUNTRY_BODY.test(want.role) ? homeMention(ctx, start) : undefined;
    if (home) return home;
  }
  const pronoun = /^(?:he|she)$/i.test(ctx.text.slice(start, end).trim()) ? ctx.text.slice(start, end).trim().toLowerCase() : null;
  for (let i = sentenceIndex < 0 ? ctx.sentences.length - 1 : sentenceIndex; i >= 0; i--) {
    const s = ctx.sentences[i];
    if (s.start > start) continue;
    const found = ctx.actors.filter((a) => contains(s.start, s.end, a.start, a.end) && agrees(a));
    const known = want.gender ? found.filter((a) => genderOfMention(ctx.genders, a) === want.gender) : [];
    // a sentence whose subject is the same pronoun ("She spoke of Slepian") speaks of someone else: look further back
    // (so does the speaker's own sentence when it opens with that pronoun before it: "He met Elian, and he insisted …")
    const opensWithIt = pronoun ? new RegExp(`^\\W*${pronoun}\\b`, "i").exec(ctx.text.slice(s.start, s.end)) : null;
    if (opensWithIt && !known.length && (i < sentenceIndex || s.start + opensWithIt[0].length <= start)) continue;
    if (!found.length) continue;
    // the one a quote of that sentence is credited to ("“…,” Detik quoted Djamal as saying"), the one who
    // speaks in it ("…, Albright insisted that …"), then one known to agree, then the first
    return (
      found.find((a) => ctx.credited?.has(a.start)) ??
      found.find((a) => SPEAKS.test(ctx.text.slice(a.end, a.end + 40))) ??
      known[0] ??
      found[0]
    );
  }
  return undefined;
}

/** "HAVANA (AP) -- … the communist leadership warned": the dateline's country as last named before `start`, outside quotes. */
function homeMention(ctx: ReferentContext, start: number): ActorMention | undefined {
  if (!ctx.home) return undefined;
  return ctx.actors.filter((a) => a.end <= start && !insideRanges(ctx.quoted, a.start, a.end) && countryOf(a) === ctx.home).pop();
}

/** The country a mention names: its own ("Cubans" → Cuba) or the country it is ("Cuba"). */
const countryOf = (a: ActorMention) => a.country ?? COUNTRY_NAMES.get(a.text);

/** The country of an article's dateline: its region when that is one ("NIAMEY, Niger"), else its capital's ("HAVANA"). */
export function datelineCountry(text: string): string | undefined {
  const [city, region] = (findDateline(text, [])?.location ?? "").split(/,\s*/);
  return (region && COUNTRY_NAMES.get(region)) || CAPITAL_COUNTRIES.get(city);
}

/**
 * Roles a general word names: "the leader" is a country's or a party's head, whatever their title. Not
 * "the official" (an unnamed official is often no one named before: "A U.S. official who asked not to be named").
 */
const HEAD = /\b(?:chief|head|director|president|chairman|chairwoman|commissioner|leader|commander|secretary|governor|executive)\b/;
const ROLE_WORDS: Record<string, RegExp> = {
  leader: /\b(?:leader|president|premier|prime minister|chancellor|king|queen|chairman|chairwoman|emir|sultan)\b/,
  // "the FBI chief", "the agency's head": whoever heads it, by any title
  chief: HEAD,
  head: HEAD,
  boss: HEAD,
};

/**
 * The organization a role word names from `from` on, before `start`: "the newspaper" → the nearest earlier name
 * described as one, whatever its type ("Sauti, a weekly newspaper", "The Cape Times newspaper"); "the court" → the
 * nearest earlier "… Court of Appeals", before any other organization.
 */
function orgNamedByRole(
  ctx: ReferentContext,
  role: string,
  from: number,
  start: number,
  agrees: (a: ActorMention) => boolean,
): ActorMention | undefined {
  const inQuote = (a: ActorMention) => insideRanges(ctx.quoted, a.start, a.end);
  const described = ctx.actors.filter((a) => a.start >= from && a.end <= start && !inQuote(a) && describedAs(ctx.text, a, role)).pop();
  return described ?? ctx.actors.filter((a) => a.start >= from && agrees(a) && orgRoleFits(a.text, role)).pop();
}

/** Bodies a role word names only when their name says so: "police" is no news agency, "the embassy" no bank. */
const NAMED_KINDS = /^(?:police|embassy|court)$/;

/** Organizations a general word names though their name lacks it: "the alliance" is NATO. */
const ORG_ROLE_WORDS: Record<string, RegExp> = {
  alliance: /\b(?:alliance|NATO|North Atlantic Treaty Organi[sz]ation|pact)\b/i,
};

/** Whether an organization's name fits the word a role speaker names it by ("the court": "… Court of Appeals"). */
function orgRoleFits(name: string, wanted: string): boolean {
  return name.toLowerCase().includes(wanted) || (ORG_ROLE_WORDS[wanted]?.test(name) ?? false);
}

/** The words right after a name that say it is a `role`: " newspaper", ", or Voice, a weekly newspaper" (made once per role word). */
const DESCRIBED_AS = boundedMemo(
  (role) => new RegExp(`^(?:\\s+${role}\\b|(?:,[^,.;]{1,30})?,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${role}\\b)`, "iu"),
  1000,
);

/** Whether the words right after a name say what it is: "Sauti, or Voice, a weekly newspaper", "The Cape Times newspaper". */
function describedAs(text: string, a: ActorMention, role: string): boolean {
  return DESCRIBED_AS(role).test(text.slice(a.end, a.end + 100));
}

/**
 * Whether a person holds the role a role speaker names: their own role says so ("FBI Director Thomas Reeve" for
 * "the FBI chief"), or they were introduced with it ("The union chief, Ana Lund,", "union chief Ana Lund");
 * the name qualifying the role, if any, in that role or introduction.
 */
function holdsRole(text: string, a: ActorMention, wanted: string, of: RegExp | undefined): boolean {
  const qualified = (role: string) => !of || of.test(role);
  const own = a.role?.toLowerCase();
  if (own && roleFits(own, wanted) && qualified(own)) return true;
  const before = /(?:^|[.;!?]\s+|\n)?([^.;!?\n]{0,60})$/.exec(text.slice(Math.max(0, a.start - 60), a.start))?.[1] ?? "";
  const introduced = /(?:^|\s)((?:[\p{L}’'-]+\s+){0,3}\p{Ll}+),?\s*$/u.exec(before);
  return !!introduced && roleFits(introduced[1].split(/\s+/).pop()!.toLowerCase(), wanted) && qualified(introduced[1]);
}

function roleFits(role: string, wanted: string): boolean {
  return role.includes(wanted) || (ROLE_WORDS[wanted]?.test(role) ?? false);
}

/** How many sentences back a role speaker ("the court", "the ministry") looks for an organization named by that word. */
const ROLE_REACH = 6;

/** Right after a mention, its comma aside: its own speech verb ("Gail Dent, said"). */
const SAYS_NEXT = new RegExp(`^,?\\s+(?:${VERB})\\b`, "i");

/** Right after a mention: its own speech verb, past an apposition ("Kavan said", "Cid, another cousin, said"). */
const SPEAKS = new RegExp(`^(?:,[^,]{1,40},)?\\s+(?:also\\s+|later\\s+)?(?:${VERB})\\b`, "i");
