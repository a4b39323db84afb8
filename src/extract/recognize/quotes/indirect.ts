// Reported speech where its reading is safe, in a sentence without quotation marks: "X said that …",
// "X told Y that …", "according to X, …", "…, according to X.", "Y quoted X as saying …"; "X said the plan had failed" (a
// clause with a subject and a finite verb after the verb); "The plan failed, X said." and "…, said X,
// a spokesman."; "Since …, X said, the plan failed." The span is what was said (the clause reported);
// "…, stating that …" (the main clause's subject); the speaker as written, resolved like a quote's. Pure.
import type { ActorMention, Sentence } from "../../types.js";
import { GROUP_PHRASE, mainSubject, subjectBefore, namedBy, speakerPhrase, type Phrase } from "./speaker.js";
import { ORG_HEADS } from "./referents.js";
import { WEEKDAY_SOURCE } from "../dates/lexicon.js";
import { REPORTING } from "./verbs.js";
import { TENS_WORDS, UNIT_WORDS } from "../../util/words.js";

export interface ReportedSpeech {
  start: number;
  end: number;
  speaker: Phrase;
}

function clause(text: string, from: number, to: number): [number, number] | null {
  const raw = text.slice(from, to);
  const s = from + (raw.length - raw.trimStart().length);
  const e = from + raw.replace(/[\s.;:!?]+$/, "").length;
  return e - s >= 12 && text.slice(s, e).split(/\s+/).length >= 3 ? [s, e] : null;
}

/** A source named by its role: "the bank", "a senior official", "Pentagon officials" (resolved like a quote's speaker). */
const ROLE_SOURCE = /^(?:the|a|an|another|one)\s+(?:[\p{L}.-]+\s+){0,3}(?:official|spokes(?:man|woman|person)|source|aide)s?$/iu;

/** Who "according to" names: an actor, or a role that stands for one. */
function source(actors: ActorMention[], text: string, from: number, to: number): Phrase | undefined {
  const named = namedBy(actors, text, from, to);
  if (named) return { start: named.start, end: named.end };
  const phrase = text.slice(from, to);
  return ORG_HEADS.test(phrase) || ROLE_SOURCE.test(phrase) || GROUP_PHRASE.test(phrase) ? { start: from, end: to } : undefined;
}

/** "According to X, …" and "…, according to X." */
function according(text: string, s: Sentence, actors: ActorMention[]): ReportedSpeech | null | undefined {
  const body = text.slice(s.start, s.end);
  const opening = /^\s*According to\s+([^,;]{2,80}?),\s*/.exec(body);
  if (opening) {
    const from = s.start + opening.index + opening[0].indexOf(opening[1]);
    const who = source(actors, text, from, from + opening[1].length);
    const span = clause(text, s.start + opening[0].length, s.end);
    return who && span ? { start: span[0], end: span[1], speaker: who } : null;
  }
  // "…, according to Acme Widgets Inc.": the company's abbreviation keeps its full stop
  const closing = /,\s*according to\s+([^,;]{2,80}?(?:\b(?:Inc|Corp|Ltd)\.)?)\s*[.!?]?\s*$/i.exec(body);
  if (closing) {
    const from = s.start + closing.index + closing[0].indexOf(closing[1]);
    const who = source(actors, text, from, from + closing[1].length);
    const span = clause(text, s.start, s.start + closing.index);
    return who && span ? { start: span[0], end: span[1], speaker: who } : null;
  }
  return undefined;
}

/** "X said that …": the verb in lower case, never a name's word ("the United States … that"). */
const SAID_THAT = new RegExp(`\\b(${REPORTING})\\b((?:\\s+(?!that\\b)[\\p{L}.'’-]+){0,4}?)\\s+that,?\\s+`, "u");

const DAY = `(?:\\s+(?:on\\s+)?(?:${WEEKDAY_SOURCE}|yesterday|today|earlier|later))*`;
const MEDIUM = "(?:statement|memo|letter|interview|e-?mail|speech|conference|release|note|message|post|broadcast|address|briefing)";
/** "X announced Monday in an internal memo to her staff that …", "in a letter published Wednesday that": where it was said, between the verb and "that". */
const SAID_IN_THAT = new RegExp(
  `\\b(?:${REPORTING})${DAY}\\s+(?:in|on|at|during)\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}${MEDIUM}(?:\\s+(?!that\\b)[\\p{L}.'’-]+){0,3}?${DAY}\\s+that,?\\s+`,
  "iu",
);

/** "X said that …", "X told Y that …", "X said on Monday that …", "X said in a statement that …". */
function saidThat(text: string, s: Sentence, actors: ActorMention[]): ReportedSpeech | null {
  const body = text.slice(s.start, s.end);
  const medium = SAID_IN_THAT.exec(body);
  const m = SAID_THAT.exec(body);
  if (medium && (!m || medium.index <= m.index))
    return withSubject(text, s, actors, s.start + medium.index, s.start + medium.index + medium[0].length);
  if (!m) return null;
  // "noted the importance that …", "announced a plan that …": "that" opens a clause of the noun, not what was said
  if (/^\s+(?:the|a|an|this|these|those|its|his|her|their)\b/i.test(m[2]) && !/^(?:told|tells|warned|warns)$/i.test(m[1])) return null;
  // "told Y that": Y is who heard it, a few words; "said on Monday that", "said afterwards that" likewise
  if (
    m[2] &&
    /\b(?:said|says|added|adds|stated|states)\b/i.test(m[1]) &&
    !/^\s+(?:on|in|at|last|this|earlier|later|late|yesterday|today|here|there|afterwards?|again|also|then|previously|recently|repeatedly|publicly|privately|\p{Ll}+day)\b/iu.test(
      m[2],
    )
  )
    return null;
  const found = withSubject(text, s, actors, s.start + m.index, s.start + m.index + m[0].length);
  // "insisted that the child be returned": a demand (the verb bare after its subject), not a report
  return found && DEMAND.test(text.slice(found.start, found.end)) ? null : found;
}

/** A clause whose verb is a bare "be" right after its subject ("the child be returned", "he not be charged"). */
const DEMAND = /^(?:(?!(?:would|will|could|can|should|might|must|may|shall|to|cannot)\b)[\p{L}'’-]+\s+){1,4}(?:not\s+)?be\s/iu;

/**
 * Whether what stands between the speaker and the verb is only set beside the speaker: ", a spokesman,",
 * ", the president of Chrysler", ", who lived in London from 1968, …, until 1989," (no other person in it,
 * no verb of saying).
 */
function appositionOnly(text: string, actors: ActorMention[], speaker: Phrase, verbAt: number): boolean {
  const between = text.slice(speaker.end, verbAt);
  if (/^,[^,]+,\s*(?:\p{Ll}+\s+)?$/u.test(between)) return true;
  return (
    /^,[^;:]{3,200}(?:,\s*|\s)$/.test(between) &&
    !/\b(?:said|says|told|tells)\b/.test(between) &&
    !actors.some((a) => a.type === "person" && a.start >= speaker.end && a.end <= verbAt)
  );
}

/**
 * A name set apart by commas right before the verb, beside a description or its acronym: "The vice
 * president of the firm, Ana Stroe, said", "Another automaker, Ford Motor Company (FMC), announced".
 */
function setApart(text: string, speaker: Phrase, verbAt: number): boolean {
  return /,\s*$/.test(text.slice(0, speaker.start)) && /^(?:\s*\([\p{Lu}\d&.-]{2,10}\))?\s*,\s*$/u.test(text.slice(speaker.end, verbAt));
}

/** The verb's subject, when it is the sentence's first clause's, and the clause from `from` to the sentence's end. */
function withSubject(text: string, s: Sentence, actors: ActorMention[], verbAt: number, from: number): ReportedSpeech | null {
  // "Jobs welcomed everyone to the event and announced that …", "Jobs has not said why, but said he will …":
  // a second verb of the sentence's subject
  const second = /\b(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$/.test(text.slice(s.start, verbAt));
  const speaker = second ? mainSubject(text, actors, s.start, verbAt) : subjectBefore(text, actors, s.start, verbAt);
  if (!speaker) return null;
  // the speaker must be the verb's subject in the sentence's first clause, not inside a relative clause
  if (/\b(?:who|which|whom|whose)\b[^,]*$/i.test(text.slice(s.start, speaker.start))) return null;
  if (
    !second &&
    /,/.test(text.slice(speaker.end, verbAt)) &&
    !appositionOnly(text, actors, speaker, verbAt) &&
    !setApart(text, speaker, verbAt)
  )
    return null;
  const span = clause(text, from, s.end);
  return span ? { start: span[0], end: span[1], speaker } : null;
}

const SAID =
  "said|says|say|added|told|tells|insisted|insists|stressed|explained|warned|argued|acknowledged|admitted|maintained|claimed|predicted|stated|announced|confirmed";
/** "here"/"there" where it was said, only before a day or the sentence's end ("said here Friday", "said there."): never the subject of "said there were …". */
const PLACE = `(?:here|there)(?=\\s+(?:on\\s+)?(?:${WEEKDAY_SOURCE}|yesterday|today|last\\s)|\\s*[.!?]\\s*$)`;
const WHEN = `(?:\\s+(?:on\\s+)?(?:${WEEKDAY_SOURCE}|yesterday|today|earlier|later|last\\s+\\p{Ll}+|in\\s+(?:a|an|its|his|her|their)\\s+(?:news\\s+)?${MEDIUM})|\\s+${PLACE})*`;
/** Past forms without -ed, which read as finite verbs ("met", "went"). */
const IRREGULAR_PAST =
  "understood|knew|thought|went|came|became|made|took|gave|got|left|found|felt|saw|began|kept|lost|won|met|sent|spent|brought|fell|rose|held|led|paid";
/** A count opening a clause as its subject ("Police said three men were held", "… 12 people had died"): a number word, dozens or hundreds. */
const NUMBER_WORDS = [
  ...Object.keys(UNIT_WORDS).filter((w) => w !== "zero"),
  ...Object.keys(TENS_WORDS),
  "dozens",
  "hundreds",
  "thousands",
].join("|");
/** A clause's opening: a subject (a pronoun, a determiner, a name) and, within a few words, a finite verb. */
const CLAUSE_OPENING = new RegExp(
  String.raw`^(?:\p{Ll}{3,}s(?=\s+(?:\p{Ll}+\s+)?(?:are|were|have|had|would|will|could|can|did|do|should|might|must|may)\b)|he|she|it|they|we|I|there|the|a|an|his|her|its|their|this|(?:(?:nearly|about|almost|more than|some|most|many|several)\s+)?(?:\d[\d,.]*|${NUMBER_WORDS})|\p{Lu}[\p{L}'’.-]*)\b(?:\s+[\p{L}\d'’,.-]+){0,7}?\s+(?:is|was|were|are|had|has|have|would|will|could|can|did|does|do|should|might|must|may|${IRREGULAR_PAST}|(?!(?:its|his|hers|ours|yours|theirs|this|thus|plus|less|unless|across|perhaps|news|always|whereas)\b)\p{Ll}{2,}(?:ed|s))\b`,
  "u",
);

const SAID_CLAUSE = new RegExp(
  `\\b(?:${SAID.replace("|told|tells", "")})\\b${WHEN}\\s+(?!\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*,)`,
  "u",
);
/** "told reporters", "told the council", "told The Associated Press": who heard it, before what was said. */
const TOLD_CLAUSE = new RegExp(
  `\\b(?:told|tells)\\s+(?:reporters|the\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?|(?:The\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3})${WHEN}\\s+`,
  "u",
);

/** "The plan had failed" after the verb, not who was warned or told to do something ("warned the coup leaders to release …"). */
const opensClause = (verb: string, rest: string) =>
  CLAUSE_OPENING.test(rest) &&
  // "announced a gift of …", "announced plans to …": what was announced, not a clause (one opens with a pronoun or a name)
  !(/^(?:announc|confirm)/i.test(verb) && !/^(?:it|he|she|they|we|I|\p{Lu}[\p{L}'’.-]*)\s/u.test(rest)) &&
  !(
    /^(?:warn|tell|told|urge|ask)/i.test(verb) &&
    /^(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’.-]+){0,3}\s+to\s+\p{Ll}/u.test(rest)
  );

/**
 * "NPD said according to those figures, sales fell …": the verb, then "according to" a source in lower case
 * (no name, which would be the speaker's own: "X said, according to Y, …" is left out), what was said after the comma.
 */
const SAID_ACCORDING = new RegExp(
  `\\b(?:${SAID.replace("|told|tells", "")})\\b${WHEN},?\\s+according\\s+to\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,4}\\p{Ll}[\\p{L}'’-]*,\\s+`,
  "u",
);

const CLAUSE_VERBS = [SAID_CLAUSE, TOLD_CLAUSE].map((r) => new RegExp(r.source, "gu"));
const SAID_ACCORDING_ALL = new RegExp(SAID_ACCORDING.source, "gu");

/** "X said the plan had failed", "X told reporters the plan had failed": a reporting verb right before a clause of its own. */
function saidClause(text: string, s: Sentence, actors: ActorMention[]): ReportedSpeech | null {
  const body = text.slice(s.start, s.end);
  // after "said according to those figures," what was said is any clause with a finite verb
  for (const pattern of [...CLAUSE_VERBS, SAID_ACCORDING_ALL]) {
    // the first of the verbs that opens a clause ("X explained what …, but said she will …": the second)
    const m = [...body.matchAll(pattern)].find((v) =>
      pattern === SAID_ACCORDING_ALL
        ? FINITE.test(body.slice(v.index + v[0].length))
        : opensClause(v[0], body.slice(v.index + v[0].length)),
    );
    if (!m) continue;
    const found = withSubject(text, s, actors, s.start + m.index, s.start + m.index + m[0].length);
    if (found) return found;
  }
  return null;
}

const WHO_SAID = `([^,;:]{1,60}?)\\s+(?:${SAID})${WHEN}`;
/** What may follow a credit at a sentence's end: when or why it was said ("…, officials said as dawn broke Saturday."). */
const CIRCUMSTANCE = "(?:\\s+(?:as|after|before|while|when|during|in\\s+response\\s+to)\\s+[^,;:]{1,80}?)?";
/** Who heard it, after "told" ("told reporters", "told Kenya Television", "told the council"). */
const HEARER =
  "(?:reporters|journalists|(?:the|a|an)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?|(?:The\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3})";
/**
 * A credit closing the sentence: "…, X said Friday.", "…, X told Kenya Television.", "…, a newspaper reported
 * Friday.", "…, said X, a spokesman." and "…, said Sauti, or Voice, a weekly of the party." (two asides).
 */
const ASIDE_AT_END = new RegExp(
  `,\\s*(?:([^,;:]{1,60}?)\\s+(?:${SAID}|reported|reports|(?:told|tells)\\s+${HEARER})${WHEN}${CIRCUMSTANCE}|(?:${SAID})\\s+([^,;:]{1,60}?)(?:,[^,]{1,80}){0,2})\\s*[.!?]\\s*$`,
  "u",
);
const ASIDE_INSIDE = new RegExp(`,\\s*${WHO_SAID},\\s+(?=\\p{Ll})`, "u");

/** A word that reads as a finite verb, somewhere in a clause. */
const FINITE = new RegExp(
  String.raw`\b(?:is|was|were|are|had|has|have|would|will|could|can|did|does|do|should|might|must|may|${IRREGULAR_PAST}|(?!(?:its|his|hers|ours|yours|theirs|this|thus|plus|less|unless|across|perhaps|news|always|whereas)\b)\p{Ll}{2,}(?:ed|s))\b`,
  "u",
);

/** "The plan failed, X said." / "…, said X, a spokesman." / "Since …, X said, the plan failed." */
function creditedAside(text: string, s: Sentence, actors: ActorMention[]): ReportedSpeech | null {
  const body = text.slice(s.start, s.end);
  const end = ASIDE_AT_END.exec(body);
  const mid = end ? null : ASIDE_INSIDE.exec(body);
  const m = end ?? mid;
  if (!m) return null;
  const words = m[1] ?? m[2];
  const from = s.start + m.index + m[0].indexOf(words);
  const speaker = speakerPhrase(actors, text, { start: from, end: from + words.length });
  if (!speaker) return null;
  // "Since …, X said, the plan failed": the clause after; "The plan failed, X said, and …": the one before
  const after = end ? "" : text.slice(s.start + m.index + m[0].length, s.end);
  const span =
    end || /^(?:and|but)\b/.test(after) ? clause(text, s.start, s.start + m.index) : clause(text, s.start + m.index + m[0].length, s.end);
  // what was said is a clause of its own ("The plan failed"), not a name ("Henry Paulson, the Treasury Secretary, explained …")
  if (span && !FINITE.test(text.slice(span[0], span[1]))) return null;
  return span ? { start: span[0], end: span[1], speaker } : null;
}

const PARTICIPLE_THAT =
  /,\s*(?:also\s+)?(?:saying|stating|adding|noting|explaining|arguing|insisting|warning|claiming|announcing)\s+that\s+/;

/** "He declined to predict …, stating that the goal was …": the main clause's subject said what follows. */
function participleThat(text: string, s: Sentence, actors: ActorMention[]): ReportedSpeech | null {
  const m = PARTICIPLE_THAT.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const speaker = mainSubject(text, actors, s.start, s.start + m.index);
  const span = speaker && clause(text, s.start + m.index + m[0].length, s.end);
  return span ? { start: span[0], end: span[1], speaker: speaker! } : null;
}

const QUOTED_AS_SAYING = /\bquot(?:ed|es)\s+([^,;:]{2,80}?)\s+as\s+saying\s+(?:that,?\s+)?/i;

/** "The Argus quoted immigration official Jurie de Wet as saying the arrests …": the one quoted said what follows. */
function quotedAsSaying(text: string, s: Sentence, actors: ActorMention[]): ReportedSpeech | null {
  const m = QUOTED_AS_SAYING.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const from = s.start + m.index + m[0].indexOf(m[1]);
  const speaker = speakerPhrase(actors, text, { start: from, end: from + m[1].length });
  const span = speaker && clause(text, s.start + m.index + m[0].length, s.end);
  return span ? { start: span[0], end: span[1], speaker: speaker! } : null;
}

/** Any word that may report speech: a sentence without one holds none. */
const ANY_REPORT = new RegExp(`\\b(?:${REPORTING}|${SAID}|according|saying|stating|adding|noting)\\b`, "i");

/** The sentence's text with the titles in marks in it left out ("the “Lion” release" → "the  release"). */
function withoutTitles(text: string, s: Sentence, titles: ReadonlyArray<[number, number]>): string {
  let body = text.slice(s.start, s.end);
  for (const [a, b] of titles)
    if (a >= s.start && b <= s.end) body = body.slice(0, a - s.start) + " ".repeat(b - a) + body.slice(b - s.start);
  return body;
}

/** Reported speech in sentences without quotation marks but those of `titles` (names of programmes, products, films). */
/** A second verb of saying of the same subject inside what was said: "X predicted that …, and suggested that …". */
const AND_SAID_THAT = new RegExp(`,?\\s+and\\s+(?:also\\s+|later\\s+)?(?:${REPORTING})\\s+that,?\\s+`, "u");

/** "X predicted that A, and suggested that B": A and B, each reported apart, both the speaker's. */
function secondReport(text: string, r: ReportedSpeech): ReportedSpeech[] {
  const m = AND_SAID_THAT.exec(text.slice(r.start, r.end));
  const first = m && clause(text, r.start, r.start + m.index);
  const second = m && clause(text, r.start + m.index + m[0].length, r.end);
  return first && second
    ? [
        { start: first[0], end: first[1], speaker: r.speaker },
        { start: second[0], end: second[1], speaker: r.speaker },
      ]
    : [r];
}

export function reportedSpeech(
  text: string,
  sentences: Sentence[],
  actors: ActorMention[],
  titles: ReadonlyArray<[number, number]> = [],
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const whole of sentences) {
    const marked = /[“”"]|''/.test(withoutTitles(text, whole, titles));
    for (const s of marked ? unquotedPieces(text, whole) : [whole]) {
      const found = reportedIn(text, s, actors);
      if (found) out.push(...secondReport(text, found));
    }
  }
  return out;
}

/**
 * The parts of a sentence holding quotation marks that stand as sentences of their own: one after a
 * quote closing its sentence that the segmenter left joined ("…grow stronger.” Mulally predicted that …"),
 * and the clauses before the first mark, up to a ", and" ("Ford has said that it posted …, and predicted that it would be “…”").
 */
function unquotedPieces(text: string, s: Sentence): Sentence[] {
  const body = text.slice(s.start, s.end);
  const pieces: Sentence[] = [];
  const first = body.search(/[“”"]|''/);
  const lastAnd = [...body.slice(0, first).matchAll(/,\s+(?:and|but)\s+/g)].pop();
  if (lastAnd?.index) pieces.push({ ...s, start: s.start, end: s.start + lastAnd.index });
  const after = /[.!?][”"]\s+(?=\p{Lu})(?=[^“”"]*$)/u.exec(body);
  if (after) pieces.push({ ...s, start: s.start + after.index + after[0].length, end: s.end });
  return pieces;
}

/** The reported speech of one sentence without quotation marks, if any. */
function reportedIn(text: string, s: Sentence, actors: ActorMention[]): ReportedSpeech | null {
  if (!ANY_REPORT.test(text.slice(s.start, s.end))) return null;
  const byAccording = according(text, s, actors);
  if (byAccording !== undefined) return byAccording;
  return (
    quotedAsSaying(text, s, actors) ??
    saidThat(text, s, actors) ??
    saidClause(text, s, actors) ??
    creditedAside(text, s, actors) ??
    participleThat(text, s, actors)
  );
}
