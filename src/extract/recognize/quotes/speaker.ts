// Who speaks a quote, read from the quote's own clause as a reader does: "…,” said X", "…,” X said",
// "X said: “…”", "X, noting …, added: “…”", "according to X, “…”", "X told reporters “…”",
// "Trump aimed at Obama, saying the president “…”" (a participle's subject is the clause's),
// "X called the actions “unethical”". Returns where the speaker is written: an actor mention, a
// pronoun ("he") or a description ("the official"); pronouns are resolved elsewhere (referents.ts). Pure.
import type { ActorMention } from "../../types.js";
import { ANY_VERB, ISSUER_TO_WRITING, PARTICIPLES, VERB, WRITINGS, WRITING_ISSUED, WRITING_SPEAKER } from "./verbs.js";
import { personByName, singleName } from "./names.js";
import { blankQuotes, NICKNAME_IN_NAME } from "./spans.js";
import { escapeRegExp } from "../../util/regexp.js";
import { DEMONYMS } from "../actors/gazetteer.js";

export interface Phrase {
  start: number;
  end: number;
}

export const PRONOUN_SPEAKERS = /^(?:he|she|it|they|we|i)$/i;
const DETERMINERS = /^(?:the|a|an|one|two|three|several|some|another|his|her|its|their)\s+/i;
/** Adverbs and time words that may stand between a speaker and the verb ("Miller later said", "he also told"). */
const BETWEEN =
  /^,?(?:\s*who\b)?(?:\s+(?:also|later|then|again|further|previously|earlier|recently|once|had|has|have|was|is|would|will|did|does|could|not|never|didn[’']t|doesn[’']t|wouldn[’']t|won[’']t|\p{Ll}+ly))*\s*$/u;
/** Titles and ranks written before a name ("Spc. Lorraine Walsh"), never at a sentence's end. */
export const TITLES = "Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Brig|Adm|Cmdr|Cdr|Cpl|Pvt|Pfc|Spc|Amb|Insp|Supt|Det|Prof|Rev";
const ABBREVIATED = `${TITLES}|St|Jr|Sr|[A-Z]`;
/** A title's or an initial's full stop inside a name ("Ms. Buckham", "J.L. Edmonson"), which ends no sentence: a word of its own, not the end of "officials." (the patterns are case-blind). */
const ABBREVIATION = `\\b(?:${ABBREVIATED})\\.`;
/** A full stop that ends a sentence, not a title's or an initial's ("said Spc. Lorraine Walsh"). */
const FULL_STOP = `(?<!\\b(?:${ABBREVIATED}))\\.(?:\\s|$)`;
/** A nickname in marks inside a name, between two of its words: John “J.D.” Dorrian (in a speaker phrase only). */
const NICKNAME = `${NICKNAME_IN_NAME}(?=\\s+[A-Z])`;
/** A mention that is only titles or ranks ("Spc.", "Maj. Gen."), which names no one. */
const TITLE_ALONE = new RegExp(`^(?:(?:${TITLES})\\.\\s*)+$`);
/** Adverbs and auxiliaries between a subject and its verb, as BETWEEN allows them. */
const BETWEEN_WORDS =
  /(?:\s+(?:also|later|then|again|further|previously|earlier|recently|once|had|has|have|was|is|would|will|\p{Ll}+ly))+\s*$/u;
/** An acronym in brackets right after a name ("General Motors Corporation (GM) announced"). */
const ACRONYM_AFTER = /^\s*\([\p{Lu}\d&.-]{2,10}\)/u;
/** People who speak for an organization, written after its name ("State Department officials"). */
const FOR_ORG = /^\s+(?:officials?|agents?|sources?|aides?|spokes(?:man|woman|person)|representatives?|(?:news\s+)?agency)\b/;
/** People around someone, written before the name: "Supporters of Bernie Sanders", "leaders in Congress", "reports in Kenya" (not the one named). */
const THEIR_PEOPLE =
  /(?:^|\s)(?:[\p{L}-]+\s+)?(?:[Ss]upporters|[Cc]ritics|[Oo]pponents|[Ff]ans|[Ff]riends|[Mm]embers|[Ll]eaders|[Aa]llies|[Rr]ivals|[Rr]esidents|[Pp]rotesters|[Aa]ctivists|[Rr]elatives|[Vv]oters|[Rr]eports)\s+(?:of|for|in|from)\s+(?:the\s+)?$/u;
/** People who work for a person, written after the name as a qualifier ("a Clinton aide", "a Trump campaign adviser"). */
const HIS_PEOPLE =
  /^\s+(?:campaign\s+)?(?:aides?|advisers?|advisors?|spokes(?:man|woman|person)|staffers?|strategists?|pollsters?|surrogates?|allies|ally|officials?|lawyers?|loyalists?|supporters?)\b/;
/** A country's bodies, which speak as the country ("the Cuban government", "Cuba's leadership", "the regime"): a source for a RegExp. */
export const COUNTRY_BODIES = "government|authorities|military|army|leadership|regime";
/** What speaks for a person or a body, a source for a RegExp: "Obama's administration", "Clinton's campaign", "his office". */
export const SPEAKS_FOR = "administration|government|campaign|office|camp";
/** What speaks for a person, written after the name ("President Obama's administration", "Clinton's campaign"). */
const HIS_OWN = new RegExp(`^(?:[’']s)?\\s+(?:${SPEAKS_FOR})\\b`);
/** Auxiliaries and adverbs a description may carry before its verb ("the U.S. government has said"). */
const TRAILING_AUX = /(?:\s+(?:also|later|then|again|had|has|have|was|is|were|are|would|will|\p{Ll}+ly))+$/u;
const PARTICIPLE = new Set(PARTICIPLES);
/** A person's role opening a sentence, set before their name ("A spokeswoman for the N.C.A.A.", "The campaign manager of X"). */
const PERSON_ROLE =
  /^(?:a|an|the|another|one)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:spokes(?:man|woman|person)|aide|adviser|advisor|director|chairman|chairwoman|president|secretary|manager|official|lawyer|attorney|strategist|pollster|leader)\b/iu;
/** A description opening a sentence, set before a name in apposition ("Another automaker", "The chipmaker"). */
const DESCRIPTION = /^(?:the|a|an|another|one)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/iu;

/**
 * The actor a speaker phrase names: a person inside it ("Miller, the State Department spokesman"),
 * or an actor that is the whole phrase ("the State Department"), but not an actor that only
 * qualifies a common noun ("one U.S. official").
 */
export function namedBy(actors: ActorMention[], text: string, from: number, to: number): ActorMention | undefined {
  // a title or rank alone ("Spc." of "Spc. Lorraine Walsh") names nobody: the name after it does
  const inside = actors.filter((a) => a.start >= from && a.end <= to && !TITLE_ALONE.test(a.text));
  // a person the phrase names, not one it names someone by ("the grandmother of Elian Gonzalez")
  // nor one who only qualifies the speaker's role ("a senior Clinton aide", "a Trump campaign adviser");
  // a spokesman speaks for the one named after "for" ("a spokeswoman for Holloway")
  const person = inside.find(
    (a) =>
      a.type === "person" &&
      !/\b(?!spokes)\p{Ll}+\s+(?:of|for)\s+(?:the\s+)?$/u.test(text.slice(from, a.start)) &&
      !THEIR_PEOPLE.test(text.slice(from, a.start)) &&
      !(/\b(?:a|an|one|another|the)\s+(?:\p{Ll}+\s+)?$/iu.test(text.slice(from, a.start)) && HIS_PEOPLE.test(text.slice(a.end, to))),
  );
  if (person) return person;
  // "A statement from Boeing", "the statement on Apple's website": the writing speaks for whoever issued it
  const writing = WRITING_OF.exec(text.slice(from, to));
  const issuer = writing && inside.find((a) => a.start === from + writing[0].length && a.type !== "place");
  if (issuer) return issuer;
  // "a Defense Department news release (issued yesterday)": the writing's issuer written before its word
  const before = inside.find(
    (a) =>
      a.type !== "place" &&
      /^\s*(?:the|a|an)\s+$/i.test(text.slice(from, a.start)) &&
      ISSUER_WRITING.test(text.slice(a.end, to).replace(/[\s,.]+$/, "")),
  );
  if (before) return before;
  const phrase = text
    .slice(from, to)
    .trim()
    .replace(DETERMINERS, "")
    .replace(/[\s,.]+$/, "");
  // "Acme Widgets Inc.": the phrase without its last full stop, the name with it
  const bare = (name: string) => name.replace(DETERMINERS, "").replace(/\.$/, "");
  const whole = inside.find((a) => a.text === phrase || bare(a.text) === phrase);
  if (whole) return whole;
  // "The Namib Courier newspaper", "the Kestrel group": a name and the kind of body it is, whatever type it was given
  const kind = inside.find((a) => phrase.startsWith(a.text) && ORG_KIND.test(phrase.slice(a.text.length)));
  if (kind) return kind;
  // "the FBI and Kenyan police": the first of the speakers named together
  const first = inside.find((a) => a.type !== "place" && phrase.startsWith(`${a.text} and `));
  if (first) return first;
  // "the U.S. government", "Cuba's government", "Tanzanian police": a country's government speaks as the country
  return inside.find((a) => a.country && new RegExp(`^${escapeRegExp(a.text)}(?:[’']s)?\\s+(?:${COUNTRY_BODIES}|police)$`).test(phrase));
}

/** The kind of body written after its name ("The Cape Times newspaper"). */
const ORG_KIND = /^\s+(?:newspaper|paper|daily|weekly|magazine|news\s+agency|agency|network|channel|broadcaster|company|firm|group)$/i;

const ISSUER_WRITING = new RegExp(
  `^${ISSUER_TO_WRITING}(?:${WRITINGS})(?:\\s+(?:issued|released|published)(?:\\s+\\p{Ll}+){0,2}|${WRITING_ISSUED})?$`,
  "u",
);

const WRITING_OF = new RegExp(
  `^\\s*(?:the|a|an)\\s+(?:\\p{Ll}+\\s+)?(?:${WRITINGS})(?:${WRITING_ISSUED}\\s+by|\\s+(?:from|by|of|on|issued by))\\s+(?:the\\s+)?`,
  "iu",
);

/** A person right before the organization (or place) named with them ("Henry Mansell of the Archdiocese of Buffalo", "Ivo Lind of the Church of St. Mark"). */
function personOf(actors: ActorMention[], text: string, org: ActorMention): ActorMention | undefined {
  return actors.find(
    (a) =>
      a.type === "person" &&
      a !== org &&
      a.end <= org.start &&
      /^,?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+(?:of\s+(?:the\s+)?)?)*$/u.test(text.slice(a.end, org.start)),
  );
}

function trimmed(text: string, from: number, to: number): Phrase | null {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const s = from + lead;
  const e =
    from +
    raw
      .trimEnd()
      .replace(/[,;:]+$/, "")
      .trimEnd().length;
  return e > s ? { start: s, end: e } : null;
}

/** A phrase that can name a speaker (speakerLike), trimmed of spaces and commas first. */
export function speakerPhrase(actors: ActorMention[], text: string, p: Phrase): Phrase | null {
  const t = trimmed(text, p.start, p.end);
  return t && speakerLike(actors, text, t);
}

/** A phrase that can name a speaker: an actor in it, a pronoun, or a determiner and a few words ("the official"). */
function speakerLike(actors: ActorMention[], text: string, p: Phrase): Phrase | null {
  // "the ruling, Cuba predicted", "from Elian's class in Cuba, Castro said": the name after the last comma
  const comma = text.lastIndexOf(",", p.end - 1);
  if (comma > p.start) {
    const tail = trimmed(text, comma + 1, p.end);
    const named = tail && namedBy(actors, text, tail.start, tail.end);
    if (named && tail && named.start === tail.start && named.end === tail.end) return { start: named.start, end: named.end };
  }
  const mention = namedBy(actors, text, p.start, p.end) ?? forOrganization(actors, text, p);
  if (mention) return { start: mention.start, end: mention.end };
  const s = text.slice(p.start, p.end).replace(TRAILING_AUX, "");
  if (s.length < p.end - p.start) return speakerLike(actors, text, { start: p.start, end: p.start + s.length });
  // "the statement said", "continued the letter": a writing speaks for whoever issued it (referents.ts)
  if (PRONOUN_SPEAKERS.test(s) || WRITING_SPEAKER.test(s)) return p;
  // "Jobs said": one name of a person written in full elsewhere in the article, though no mention of its own
  const name = singleName(text, p.start, p.end);
  if (name && personByName(actors, name, p.start, text)) return p;
  // "witnesses said", "federal officials have said", "said hospital officials in Ndola": a group that speaks unnamed
  if (GROUP_PHRASE.test(s) || GROUP_WHERE.test(s)) return p;
  if (
    DETERMINERS.test(s) &&
    s.split(/\s+/).length <= 6 &&
    !/[“”"]/.test(s) &&
    !/^(?:the|a|an)\s+(?:statement|interview|report|letter|speech|news)\b/i.test(s)
  )
    return p;
  return null;
}

/** "FBI officials", "Justice Department sources": the organization the phrase opens with, its people speaking for it. */
function forOrganization(actors: ActorMention[], text: string, p: Phrase): ActorMention | undefined {
  const org = actors.find((a) => a.start === p.start && a.end < p.end && a.type === "organization");
  return org && FOR_ORG.test(text.slice(org.end, p.end)) && /^\s+\p{Ll}+$/u.test(text.slice(org.end, p.end)) ? org : undefined;
}

/** A person named in apposition right after `end` (", Rosa,"). */
function appositionAfter(actors: ActorMention[], text: string, end: number): Phrase | null {
  const a = actors.find((x) => x.type === "person" && x.start > end && /^,\s*$/.test(text.slice(end, x.start)));
  return a && /^(?:\s*[,.;]|\s*$)/.test(text.slice(a.end, a.end + 2)) ? { start: a.start, end: a.end } : null;
}

/** A company's abbreviated last word before a comma ("said Acme Widgets Inc., a maker of …"), whose full stop ends no credit. */
const COMPANY_ABBREVIATION = "\\b(?:Inc|Corp|Ltd)\\.";
const SAID_X = new RegExp(
  `^[\\s,—–-]*(?:${VERB})\\s+(?!that\\b)((?:${ABBREVIATION}|${NICKNAME}|${COMPANY_ABBREVIATION}|[^,;:.!?\\n“"]){1,120}?)(?=[,;:!?\\n]|(?!${NICKNAME})[“"]|${FULL_STOP}|$)`,
  "i",
);
const X_SAID = new RegExp(`^[\\s,—–-]*((?:${ABBREVIATION}|[^.;!?\\n“"]){1,120}?)\\s+(?:${VERB})\\b`, "i");

/** The speaker written after the quote, in the rest of its sentence: "…,” said X" or "…,” X said". */
export function speakerAfter(text: string, actors: ActorMention[], end: number, limit: number): Phrase | null {
  const after = text.slice(end, Math.min(limit, end + 160));
  let m = SAID_X.exec(after);
  if (m) {
    const from = end + m.index + m[0].length - m[1].length;
    const p = trimmed(text, from, from + m[1].length);
    const found = p && speakerLike(actors, text, p);
    // "said his daughter, Rosa,": the name set beside the description
    const beside = found && !namedBy(actors, text, found.start, found.end) && appositionAfter(actors, text, found.end);
    if (beside) return beside;
    if (found) return found;
    // "said the general secretary of the union Unite, Tony Woodley.": a description too long to be one, then the name
    const named = p && appositionAfter(actors, text, p.end);
    if (named) return named;
  }
  // "…,” according to Charles Franklin, director of …"
  const according = ACCORDING_AFTER.exec(after);
  const source = according && trimmed(text, end + according[0].length - according[1].length, end + according[0].length);
  const by = source && speakerLike(actors, text, source);
  if (by) return by;
  const inverted = invertedCredit(text, actors, end, after);
  if (inverted) return inverted;
  // "…,” Detik quoted Djamal as saying": the one quoted
  const quotedAs = QUOTED_AS.exec(after);
  const named = quotedAs && namedBy(actors, text, end + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]), end + quotedAs[0].length - 10);
  if (named && named.type !== "place") return { start: named.start, end: named.end };
  m = X_SAID.exec(after);
  // after a quote closed by a full stop, a new sentence begins: only a short credit ("Miller said.") is the quote's
  const closed = /\.["”'’]*$/.test(text.slice(Math.max(0, end - 3), end));
  // "…,” and engineer Lindgren said …": a new clause with a subject of its own, not the quote's credit
  const ownClause = m && /^\s*(?:and|but|while|whereas|although|because)\b/i.test(m[1]);
  // "…,” Army Lt. Gen. Stephen Townsend, commander of …, said": a person opening the phrase, set before a long apposition
  const lead =
    m && !closed && !ownClause && m[1].split(/\s+/).length <= 24 && personOpening(actors, text, end + m.index + m[0].indexOf(m[1]));
  if (lead) return lead;
  if (m && !ownClause && m[1].split(/\s+/).length <= (closed ? 3 : 12) && !(closed && /[’']s\b/.test(m[1]))) {
    const from = end + m.index + m[0].indexOf(m[1]);
    // "Miller, the State Department spokesman, said": the speaker is the phrase before the apposition
    const p = trimmed(text, from, from + m[1].length);
    if (p) {
      const found = speakerLike(actors, text, p) ?? subjectBefore(text, actors, p.start, p.end + 1);
      if (found) return found;
    }
  }
  return verblessCredit(text, actors, end, after);
}

/** A person at `from` (past a few capitalized words: "Army Lt. Gen.") and set apart by a comma after their name. */
function personOpening(actors: ActorMention[], text: string, from: number): Phrase | null {
  const a = actors.find(
    (x) =>
      x.type === "person" &&
      x.start >= from &&
      /^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(text.slice(from, x.start)) &&
      /^,\s/.test(text.slice(x.end, x.end + 2)),
  );
  return a ? { start: a.start, end: a.end } : null;
}

/**
 * "…,” Dana Whitfield, an analyst at Kessler Research.": a person named right after a quote closed by a comma, and
 * nothing more in the sentence than a description of them, no verb: a credit without its verb.
 */
function verblessCredit(text: string, actors: ActorMention[], end: number, after: string): Phrase | null {
  if (!/,["”’']?$/.test(text.slice(Math.max(0, end - 2), end))) return null;
  const person = actors.find((a) => a.type === "person" && a.start > end && /^\s+$/.test(text.slice(end, a.start)));
  if (!person || person.end > end + after.length) return null;
  const rest = text.slice(person.end, end + after.length);
  return /^(?:,\s+(?:the|a|an|\p{Ll}+)\s[^“”"]*?)?[.!?]?\s*$/u.test(rest) && !HAS_VERB_WORD.test(rest)
    ? { start: person.start, end: person.end }
    : null;
}

const ACCORDING_AFTER = new RegExp(
  `^[,!?]?”?\\s*,?\\s*according to\\s+((?:${ABBREVIATION}|${COMPANY_ABBREVIATION}|[^,;.!?\\n“”"]){1,100})`,
);
const QUOTED_AS = /^[,!?]?”?\s*[^,;“”"]{1,60}?\s+quot(?:ed|es)\s+([^,;“”"]{1,60}?)\s+as saying/;

/**
 * Whether only an apposition stands between a person and the verb: "Jose Basulto, founder of …, a group
 * that …, called", "Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union said" (no
 * other person, no speech verb, no relative clause reaching the verb).
 */
function appositionToVerb(text: string, actors: ActorMention[], person: ActorMention, verbAt: number): boolean {
  const between = text.slice(person.end, verbAt);
  if (/\b(?:said|says|told)\b/.test(between)) return false;
  if (/^,[^;:]*,\s*$/.test(between)) return true;
  return (
    /^,[^;:]{3,100}\s$/.test(between) &&
    (between.match(/,/g) ?? []).length >= 2 &&
    !/\b(?:who|which|that|whom|whose)\b/.test(between) &&
    !actors.some((a) => a.type === "person" && a.start > person.end && a.end <= verbAt)
  );
}

/**
 * The person a name after a preposition qualifies: "Peter Boockvar, an equity strategist for Miller Tabak,
 * commented" (Boockvar, not Miller Tabak), "Scott Carson, president and CEO of Boeing Commercial Airplanes said"
 * (capitalized words of the name before the part recognized): the first person of the segment, no verb between them.
 */
function personBeforeQualifier(text: string, actors: ActorMention[], from: number, m: ActorMention): ActorMention | undefined {
  if (!/\b(?:for|of|at|with|from|in|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}$/u.test(text.slice(from, m.start))) return undefined;
  const person = actors.find((a) => a.type === "person" && a.start >= from && a.end <= m.start && a !== m);
  return person && !HAS_VERB_WORD.test(text.slice(person.end, m.start)) ? person : undefined;
}

/** A role set apart before a name, its ranks or titles outside the mention: " Commander, Lt. Gen. ". */
const SET_APART_ROLE = new RegExp(`^(?:\\s+[\\p{L}’'–—-]+){1,5},(?:\\s+(?:${TITLES})\\.)*\\s+$`, "u");

/**
 * The person a sentence's subject names: an organization right before a role and a name is only its qualifier
 * ("Microsoft CEO Steve Ballmer", "The Task Force Commander, Lt. Gen. Stephen Townsend, provided …").
 */
export function headOf(text: string, actors: ActorMention[], m: ActorMention): ActorMention {
  if (m.type === "person") return m;
  const next = actors.find((a) => a.start >= m.end && a.type === "person");
  if (!next) return m;
  const between = text.slice(m.end, next.start);
  const role = /^(?:\s+[\p{L}.’'-]+){0,4}\s+$/u.test(between);
  const setApart = SET_APART_ROLE.test(between) && text.startsWith(",", next.end);
  return role || setApart ? next : m;
}

/** "Jobs said": a person's one name right before the verb, no actor mention of its own (names.ts). */
function nameAlone(text: string, actors: ActorMention[], from: number, stop: number): Phrase | null {
  const m = /(?:^|[\s(])((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+)((?:\s+\p{Ll}+)*)\s*$/u.exec(text.slice(from, stop));
  if (!m || !BETWEEN.test(m[2])) return null;
  const s = from + m.index + m[0].indexOf(m[1]);
  const name = singleName(text, s, s + m[1].length);
  return name && personByName(actors, name, s, text) ? { start: s, end: s + m[1].length } : null;
}

/** "…,” enthused Scott Fancher, …": any verb in the past tense right after the quote's comma, then a person's name. */
function invertedCredit(text: string, actors: ActorMention[], end: number, after: string): Phrase | null {
  const m = /^[,!?]?”?\s*(?:[,—–-]\s*)?\p{Ll}+ed\s+/u.exec(after);
  if (!m || !(/[,!?]["”’']?$/.test(text.slice(Math.max(0, end - 3), end)) || /^[,!?]/.test(after))) return null;
  const person = actors.find((a) => a.start === end + m[0].length && a.type === "person");
  return person && /^(?:\s*[,.;]|\s*$)/.test(text.slice(person.end, person.end + 2)) ? { start: person.start, end: person.end } : null;
}

/**
 * "One of them, Marisleysis Gonzalez, told", "Another automaker, General Motors (GM), announced": a name set
 * apart by commas between the subject's first words [from, openEnd) and the verb is the subject (an
 * organization's only after a description: "another automaker").
 */
function nameSetApart(text: string, actors: ActorMention[], from: number, openEnd: number, verbAt: number): Phrase | null {
  const opening = text.slice(from, openEnd).trim();
  // "A spokeswoman for the N.C.A.A., Gail Dent, said": beside a person's role, the name is that person's, whatever its type
  const role = PERSON_ROLE.test(opening);
  const described = role || DESCRIPTION.test(opening);
  const named = actors.find(
    (a) =>
      (a.type === "person" || (described && a.type === "organization")) &&
      /^\s*,\s*$/.test(text.slice(openEnd, a.start)) &&
      /^\s*,\s*$/.test(
        text
          .slice(a.end, verbAt)
          .replace(/^\s*\([\p{Lu}\d&.-]{2,10}\)/u, "")
          .replace(BETWEEN_WORDS, ""),
      ),
  );
  return named ? { start: named.start, end: named.end } : null;
}

/**
 * Whether only adverbs stand between a mention and the verb at `stop`, past an acronym in brackets ("X
 * Corporation (XC) announced") and the people who speak for it ("FBI officials", "President Obama's administration").
 */
function rightBefore(text: string, a: ActorMention, stop: number): boolean {
  const between = text.slice(a.end, stop).replace(ACRONYM_AFTER, "");
  return BETWEEN.test(between.replace(a.type === "organization" ? FOR_ORG : a.type === "person" ? HIS_OWN : /^$/, ""));
}

/**
 * The subject of a verb at `verbAt`, written in [from, verbAt): the actor, pronoun or description right
 * before it, past an apposition or a participle clause set off by commas ("X, noting …, added").
 */
export function subjectBefore(text: string, actors: ActorMention[], from: number, verbAt: number): Phrase | null {
  let segment = text.slice(from, verbAt);
  // a parenthetical between commas right before the verb: the subject stands before it
  // (past auxiliaries, a description: "The Bank of America Corporation, the second-largest bank in the United States, has announced")
  const described = /^(.*\S)\s*,\s*(?:the|a|an)\s+\p{Ll}[^,]*,\s*$/su.exec(segment.replace(BETWEEN_WORDS, " "));
  const paren = /^(.*\S)\s*,[^,]+,\s*$/s.exec(segment) ?? described;
  const ends = paren ? [from + paren[1].length, verbAt] : [verbAt];
  // "Jose Basulto, founder of …, a group that …, called": the person opening the sentence, past its appositions
  const opening = actors.find(
    (a) =>
      a.type === "person" &&
      a.start >= from &&
      (/^\s*(?:\p{Lu}\p{Ll}*\.?\s+){0,2}$/u.test(text.slice(from, a.start)) || /^[^,;:]{3,80},\s*$/.test(text.slice(from, a.start))),
  );
  if (opening && appositionToVerb(text, actors, opening, verbAt)) return { start: opening.start, end: opening.end };
  const named = paren && nameSetApart(text, actors, from, from + paren[1].length, verbAt);
  if (named) return named;
  for (const stop of ends) {
    segment = text.slice(from, stop);
    // "Justice Department officials said": the organization they speak for
    const mention = [...actors].reverse().find((a) => a.start >= from && a.end <= stop && rightBefore(text, a, stop));
    const group = mention && groupPlace(text, actors, from, mention);
    if (group) return group;
    // "Supporters of Bernie Sanders say": people around the one named, who is not the speaker
    // (an organization's members and leaders speak for it: "members of the union said")
    const around = mention && THEIR_PEOPLE.exec(text.slice(from, mention.start));
    const itsOwn =
      around && mention.type === "organization" && /\b(?:members|leaders|residents)\s+(?:of|for|in|from)\s+(?:the\s+)?$/i.test(around[0]);
    if (mention && around && !itsOwn)
      return { start: from + around.index + around[0].length - around[0].trimStart().length, end: mention.end };
    if (mention) {
      const person =
        personBeforeQualifier(text, actors, from, mention) ??
        actors.find((a) => a.type === "person" && a.start >= from && a.end === mention.end) ??
        personOf(actors, text, mention);
      return person && person.start >= from ? { start: person.start, end: person.end } : { start: mention.start, end: mention.end };
    }
    const alone = nameAlone(text, actors, from, stop);
    if (alone) return alone;
    const pronoun = /\b([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)((?:\s+\p{Ll}+(?:[’']t)?)*)\s*$/u.exec(segment);
    if (pronoun && BETWEEN.test(pronoun[2])) {
      const s = from + pronoun.index;
      return { start: s, end: s + pronoun[1].length };
    }
    // "Critics have dismissed": the auxiliaries before the verb are no part of the description
    const description = DESCRIBED.exec(segment.replace(BETWEEN_WORDS, " "));
    if (description) {
      const s = from + description.index + description[0].indexOf(description[1]);
      return { start: s, end: s + description[1].replace(TRAILING_AUX, "").length };
    }
  }
  return null;
}

/** Bare plurals that speak unnamed ("Union officials said", "Officials said", "Witnesses said"). */
const GROUPS =
  "(?:[Oo]fficials|[Ss]ources|[Aa]nalysts|[Ww]itnesses|[Ee]xperts|[Ii]nvestigators|[Dd]iplomats|[Rr]esidents|[Pp]rosecutors|[Aa]ides|[Ee]conomists|[Pp]olice|[Aa]uthorities|[Ll]awyers|[Rr]elatives|[Ss]upporters|[Oo]rganizers|[Aa]ctivists|[Cc]ritics|[Oo]pponents|[Pp]rotesters|[Ee]xecutives|[Aa]gents|[Mm]embers|[Rr]eports)";
/**
 * A description as a verb's subject: "the official", "a spokesman for the firm", "someone familiar with
 * the situation", "Union officials", opening its clause.
 */
/** A bare plural group as the whole phrase, a word or two before it ("witnesses", "federal officials", "these officials"). */
const GROUP = `(?:(?!(?:and|but|while|that|the|an?)\\s)[\\p{L}.-]+\\s+){0,3}${GROUPS}`;
/** …or two joined ("hospital officials and family members", "federal law enforcement officials"). */
export const GROUP_PHRASE = new RegExp(`^(?:(?:these|those|many|some|other)\\s+)?${GROUP}(?:\\s+(?:and|or)\\s+${GROUP})?$`, "u");
/** Where an unnamed group is from, or what it does: "Executives from several auto firms", "Reports reaching here". */
const GROUP_QUALIFIER = `(?:\\s+(?:from|at|of|in|with|for)\\s+(?:[\\p{L}.-]+\\s+){0,3}\\p{Ll}[\\p{L}.-]*|\\s+\\p{Ll}+ing\\s+(?:here|there|\\p{Ll}+))?`;
const DESCRIBED = new RegExp(
  `(?:^|[,;]\\s*|\\s(?:_|--|—)\\s+|\\b(?:and|but|while|that|after|when|before|until)\\s+)((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}[\\p{Ll}]+|[Ss]ome(?:one|body)(?:\\s+(?:[\\p{L}.-]+\\s+){0,3}[\\p{Ll}]+)?|${GROUP}${GROUP_QUALIFIER})\\s*$`,
  "u",
);

/** A group and where it is, as a whole phrase: "hospital officials in Ndola", "residents of the Lower East Side". */
const GROUP_WHERE = new RegExp(
  `^${GROUP}(?:${GROUP_QUALIFIER}|\\s+(?:in|at|from|of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s*){1,3})$`,
  "u",
);

/** A group noun and the preposition of where it is, right before a place ("Hospital officials in | Ndola"). */
const GROUP_IN = new RegExp(`\\b${GROUPS}\\s+(?:in|at)\\s+(?:the\\s+)?$`, "u");

/**
 * "Hospital officials in Ndola said": a place that qualifies a group noun is no speaker; the group is,
 * as written ("Hospital officials in Ndola"), or the organization named in it ("Health Ministry officials in Ndola").
 */
function groupPlace(text: string, actors: ActorMention[], from: number, place: ActorMention): Phrase | null {
  if (place.type !== "place") return null;
  const m = GROUP_IN.exec(text.slice(from, place.start));
  if (!m) return null;
  const groupEnd = from + m.index + m[0].search(/\s+(?:in|at)\s/);
  const group = subjectBefore(text, actors, from, groupEnd);
  if (!group) return null;
  return actors.some((a) => a.start === group.start && a.end === group.end) ? group : { start: group.start, end: place.end };
}

const ANY_VERB_WORD = new RegExp(`\\b(${ANY_VERB})\\b`, "gi");
/** Whether a text has a verb word: not ANY_VERB_WORD, whose `test` would keep where it stopped (its lastIndex) for the next text, the next article's too. */
const HAS_VERB_WORD = new RegExp(ANY_VERB_WORD.source, "i");

/**
 * A participle with a subject of its own: "…, with UBS analyst David Strauss saying “…”" and "Detik
 * quoted Djamal as saying “…”" (the one quoted, not the one quoting).
 */
function participleSubject(text: string, actors: ActorMention[], sentenceStart: number, verbAt: number): Phrase | null {
  const before = text.slice(sentenceStart, verbAt);
  const quotedAs = /\bquot(?:ed|es|ing)\s+([^,;:“”"]{1,80}?)\s+as\s+$/i.exec(before);
  const withX = /\bwith\s+([^,;:“”"]{1,80}?)\s+$/i.exec(before);
  const m = quotedAs ?? withX;
  if (!m) return null;
  const from = sentenceStart + m.index + m[0].indexOf(m[1]);
  const named = namedBy(actors, text, from, from + m[1].length);
  // with: only a name that ends right before the participle ("with Strauss saying"), not "with the plan, saying"
  if (!named || named.type === "place" || (!quotedAs && !/^\s+$/.test(text.slice(named.end, verbAt)))) return null;
  return { start: named.start, end: named.end };
}

/**
 * A name set before the quote as its label, a colon between: "Secretary of the Air Force James Roche: “…”"
 * (a transcript's or an exchange's speaker), the name the last words before the colon.
 */
function labelBefore(text: string, actors: ActorMention[], sentenceStart: number, start: number): Phrase | null {
  const colon = /:\s*$/.exec(text.slice(sentenceStart, start));
  if (!colon) return null;
  const at = sentenceStart + colon.index;
  const named = actors.find((a) => a.end <= at && /^\s*$/.test(text.slice(a.end, at)) && a.start >= sentenceStart);
  // "X told the BBC: “…”", "X said to CNN:": the one spoken to is no label; the verb's subject speaks
  if (named && named.type !== "place" && !SPEECH_VERB_WORD.test(text.slice(sentenceStart, named.start)))
    return { start: named.start, end: named.end };
  // "Procter & Gamble spokeswoman Jennifer Chelune spoke about the incident: “…”": a person opening a short clause before the colon
  const subject = actors.find(
    (a) =>
      a.type === "person" &&
      a.start >= sentenceStart &&
      a.end <= at &&
      !/[,;]|\b\p{Ll}+(?:ed|s)\b/u.test(
        text.slice(sentenceStart, a.start).replace(/\b(?:spokes\p{Ll}+|officials?|analysts?|executives?)\b/gu, ""),
      ) &&
      /^\s+\p{Ll}+(?:\s+\p{Ll}[\p{Ll}'’-]*){0,6}\s*$/u.test(text.slice(a.end, at)),
  );
  return subject ? { start: subject.start, end: subject.end } : null;
}

/**
 * A nationality word set before a noun ("the Swedish carmaker Volta", "a French court"): it describes
 * the one named, who speaks, and is no subject of its own ("The Chinese said" and "the French have
 * said" still are: a verb or an auxiliary follows).
 */
const AUXILIARY_OR_VERB = new RegExp(`^\\s+(?:(?:has|have|had|is|are|was|were|will|would|also|then|later)\\b|(?:${ANY_VERB})\\b)`, "i");
function describesNoun(text: string, a: ActorMention): boolean {
  const after = text.slice(a.end, a.end + 40);
  return DEMONYMS.has(a.text) && /^\s+\p{Ll}/u.test(after) && !AUXILIARY_OR_VERB.test(after);
}

/** The words before a name end on a preposition and maybe an article ("response to the | INS ruling"). */
const AFTER_PREPOSITION = /\b(?:to|of|for|on|at|from|against|about|into|over|toward|towards)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * The subject of a sentence's main clause, for a participle or a second verb of it ("Jobs resigned …,
 * stating", "Obama …, saying", "X welcomed them and announced"): a name alone opening the sentence,
 * else its first person or organization (the person where that one only qualifies them), else a pronoun opening it.
 */
export function mainSubject(text: string, all: ActorMention[], sentenceStart: number, verbAt: number): Phrase | null {
  // "“… General Motors,” he said, adding": the subject is never inside a quote
  const before = blankQuotes(text.slice(sentenceStart, verbAt));
  const actors = all.filter((a) => a.start < sentenceStart || a.start >= verbAt || before[a.start - sentenceStart] !== " ");
  // "Elian's great-uncle vowed …, and said": a person's possessive names whose relative speaks, not the speaker
  const whose = (a: ActorMention) => a.type === "person" && /^[’']s\s+\p{Ll}/u.test(text.slice(a.end, a.end + 4));
  // "the government gave a response to the INS ruling, warning": a name after a preposition is no subject,
  // unless it qualifies a person ("Secretary of the Air Force X")
  const object = (a: ActorMention) => AFTER_PREPOSITION.test(text.slice(sentenceStart, a.start)) && headOf(text, actors, a) === a;
  const main =
    actors.find((a) => a.start >= sentenceStart && a.end <= verbAt && a.type !== "place" && !whose(a) && !object(a)) ??
    actors.find((a) => a.start >= sentenceStart && a.end <= verbAt && a.country && !describesNoun(text, a));
  const opening = /^\s*(?:(?:However|But|And|Then|Later|Earlier|Meanwhile),\s*)?(\p{Lu}[\p{L}’'-]+)\s+\p{Ll}/u.exec(before);
  if (opening && (!main || main.start > sentenceStart + opening.index + opening[0].length)) {
    const at = sentenceStart + opening[0].indexOf(opening[1]);
    if (personByName(actors, opening[1], at, text)) return { start: at, end: at + opening[1].length };
  }
  const pronoun = /^\s*(?:\p{Lu}\p{Ll}+\s+\p{Ll}+,\s*|(?:However|But|And|Then|Later),\s*)?(he|she|it|they|we|I)\b/iu.exec(before);
  const at = pronoun ? sentenceStart + pronoun.index + pronoun[0].length - pronoun[1].length : -1;
  // "He declined to predict when the New GM would …, stating": the pronoun opening the sentence, not a name after it
  if (main && !(pronoun && at < main.start)) {
    const head = headOf(text, actors, main);
    return { start: head.start, end: head.end };
  }
  return pronoun ? { start: at, end: at + pronoun[1].length } : null;
}

/** A verb of saying as a word (no `g`: its test keeps no place between texts). */
const SPEECH_VERB_WORD = new RegExp(`\\b(?:${VERB})\\b`, "i");
/** A lead-in that no verb of saying ends, set before a quote by a dash or a comma ("X agreed with Y that … - “…”"). */
const LEAD_IN_END = /(?:,|\s[-–—])\s*$/;
/** A finite verb right after a sentence's subject ("agreed", "extended", "welcomes"), past an adverb. */
const SUBJECT_VERB = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|s)\b/u;

/**
 * The speaker of a quote set after a clause that is no credit, by a dash or a comma: "Mr Justice Mann agreed with
 * the defence that … - “I conclude …”", "Jobs extended an invitation to the label, “we have always …”": the
 * clause's subject (mainSubject), a person or an organization right before its verb, with no quote or verb of saying before the quote.
 */
export function leadInSpeaker(text: string, actors: ActorMention[], sentenceStart: number, start: number): Phrase | null {
  const before = text.slice(sentenceStart, start);
  if (!LEAD_IN_END.test(before) || /[“”"]/.test(before) || SPEECH_VERB_WORD.test(before)) return null;
  const subject = mainSubject(text, actors, sentenceStart, start);
  const named = subject && actors.find((a) => a.start === subject.start && a.end === subject.end && a.type !== "place");
  return named && SUBJECT_VERB.test(text.slice(named.end, named.end + 40)) ? subject : null;
}

/** The speaker in the quote's clause before it: "according to X", "X said:", "…, saying", "X called it". */
export function speakerBefore(text: string, actors: ActorMention[], sentenceStart: number, start: number): Phrase | null {
  const before = text.slice(sentenceStart, start);
  const according = /\baccording to\s+([^,;“"]{1,100}?)\s*,?\s*$/i.exec(before) ?? /\baccording to\s+([^,;“"]{1,100}?)\s*,/i.exec(before);
  if (according) {
    const from = sentenceStart + according.index + according[0].indexOf(according[1]);
    const p = trimmed(text, from, from + according[1].length);
    const found = p && speakerLike(actors, text, p);
    if (found) return found;
  }
  const label = labelBefore(text, actors, sentenceStart, start);
  if (label) return label;
  const verbs = [...before.matchAll(ANY_VERB_WORD)];
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i];
    const verbAt = sentenceStart + v.index!;
    // "Pichardo, 44, is from Nicaragua, and said …": a second verb of the sentence's subject, like a participle
    const coordinated = /\b(?:and|but)\s+(?:also\s+|later\s+)?$/i.test(before.slice(0, v.index));
    const own = PARTICIPLE.has(v[1].toLowerCase()) ? participleSubject(text, actors, sentenceStart, verbAt) : null;
    if (own) return own;
    if (PARTICIPLE.has(v[1].toLowerCase()) || coordinated) {
      const main = mainSubject(text, actors, sentenceStart, verbAt);
      if (main) return main;
      continue;
    }
    // "the store is branded, … - “…”", "he was told “…”": a passive verb's subject says nothing
    if (/\b(?:is|was|are|were|be|been|being)\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?$/u.test(before.slice(0, v.index))) continue;
    // "said X: “…”" (the speaker after a sentence-opening verb)
    if (v.index === 0 || /^\s*$/.test(before.slice(0, v.index))) {
      const rest = before.slice(v.index! + v[0].length);
      const m = /^\s+([^,:;]{1,80}?)\s*[:,]/.exec(rest);
      if (m) {
        const from = verbAt + v[0].length + rest.indexOf(m[1]);
        const p = trimmed(text, from, from + m[1].length);
        const found = p && speakerLike(actors, text, p);
        if (found) return found;
      }
      continue;
    }
    const subject = subjectBefore(text, actors, sentenceStart, verbAt);
    if (subject) return subject;
  }
  return null;
}

const END_X_SAID = new RegExp(`,\\s*([^,;:]{1,60}?)\\s+(?:${VERB})(?:\\s+[\\p{L}.-]+){0,3}$`, "u");
const END_SAID_X = new RegExp(`,\\s*(?:${VERB})\\s+([^,;:]{1,60}?)(?:,[^,]*)?$`, "u");

/**
 * The speaker credited at the end of the quote's sentence, for every quote in it: "There is “no way”
 * the family will help, Perez said." and "“It's high time” the boy went home, said Wayne Smith, a former adviser."
 */
export function speakerAtEnd(text: string, actors: ActorMention[], end: number, sentenceEnd: number): Phrase | null {
  const rest = text.slice(end, sentenceEnd);
  const close = /[.!?]["”’']*\s*$/.exec(rest);
  if (!close || /[“"”]/.test(rest.slice(0, close.index))) return null;
  const body = rest.slice(0, close.index);
  let m = END_X_SAID.exec(body);
  if (m) {
    const from = end + m.index + m[0].indexOf(m[1]);
    const p = trimmed(text, from, from + m[1].length);
    const found = p && speakerLike(actors, text, p);
    if (found) return found;
  }
  m = END_SAID_X.exec(body);
  if (m) {
    const from = end + m.index + m[0].indexOf(m[1]);
    const p = trimmed(text, from, from + m[1].length);
    const found = p && speakerLike(actors, text, p);
    if (found)
      return appositionAfter(actors, text, found.end) && !namedBy(actors, text, found.start, found.end)
        ? appositionAfter(actors, text, found.end)
        : found;
  }
  return null;
}
