// Which way a bare weekday, month or season points, read from its clause as a careful reader would:
// the tense of the nearest verb ("announced Wednesday" → past, "will meet Tuesday" → future,
// "planned to leave on Thursday" → future) and the cue words next to it ("until Tuesday",
// "as soon as Tuesday" → future; "since March" → past). Plans and deadlines look ahead even in a
// past clause ("planned a rally on Saturday", "had until Thursday to sign", "postponed to Monday",
// "was expected Friday"), so does the scheduled present ("takes effect Oct. 1"); an expression inside
// the subject takes the verb after it ("a concert planned for Saturday was canceled"). Cheap on
// purpose: a few word lists, auxiliaries and the -ed ending, looked at within the clause; no
// part-of-speech tagger.
import { wordSet } from "../../util/words.js";

export type Tense = "past" | "present" | "future";

/** Irregular past forms common in news (regular ones end in -ed); "set", "put", "hit" read as past. */
const IRREGULAR_PAST = wordSet(
  "set put cut hit let quit shut beat cast spread hurt cost split read was were had did said made took came went " +
    "gave told found got left met held led saw began became brought thought fell rose sent spent struck shot fled " +
    "flew wrote spoke broke chose drove fought won lost kept knew sold paid built stood sat ran caught taught heard " +
    "meant felt understood withdrew arose hid swore threw blew grew drew ate drank sank swam rang sought bought " +
    "dealt lent slid stuck woke wore tore froze stole shook overtook undertook rode forbade forgave overthrew " +
    "upheld withheld dug fed bled misled sped laid slept swept wept bound wound hung spun sprang stung strode " +
    "foresaw oversaw underwent begun gone seen taken given written spoken broken chosen driven known shown grown " +
    "drawn thrown flown risen fallen forgotten gotten hidden done",
);

/**
 * Present forms of verbs news uses for what is scheduled ("the law takes effect Oct. 1", "talks resume
 * Monday"): third person singular, plus plurals that are seldom nouns. A few, so that plural nouns
 * ("troops", "talks") are never taken for verbs.
 */
const PRESENT_VERBS = wordSet(
  "begins starts ends expires opens closes resumes reopens convenes arrives leaves departs meets holds takes runs lasts " +
    "returns heads travels visits faces plans hopes expects intends aims wants needs remains stays " +
    "begin resume reopen convene expire arrive depart",
);

/** -ed words that are not past forms. */
const NOT_PAST = wordSet(
  "need speed seed feed bed red shed hundred indeed embed bred sacred naked wicked kindred proceed exceed succeed deed weed greed creed breed steed heed bleed plead led fled shred",
);

/** Verbs of putting something off: "postponed until Tuesday" points forward though it is past tense. */
const DEFERRING = /^(?:postpone|delay|defer|extend|adjourn|push|move|reschedul|schedul|set|give|gave|recess|suspend|put|grant|allow)/;

/** Words after which a past participle is not a past event ("will be held", "is scheduled"). */
const FUTURE_AUX = wordSet("will 'll shall may might must should won't wont would");
/** "could" is as often past ("could not be located") as future: it decides nothing. */
const NEUTRAL_AUX = new Set(["could", "couldn't"]);
/** "can participate in April": present, looking ahead. */
const PRESENT_MODAL = new Set(["can", "can't", "cannot"]);
const PRESENT_AUX = wordSet("is are am be being 's");
const PAST_AUX = wordSet("was were had has have been");
/** Verbs of planning: "is scheduled for Friday", "has planned a rally on Saturday" look ahead. */
const PLANNING = /^(?:plan|schedul|expect|slat|intend|aim|hope|prepar|propos|set$|due$)/;
/** Verbs whose infinitive is still to happen: "decided to admit them in March". */
const DECIDING = /^(?:decid|agree|promis|vow|pledg|threaten|want|seek|sought|ask|order|urg|invit)/;
/** Planning verbs that look ahead even in the simple past: "scheduled a hearing for Tuesday". */
const SCHEDULING = /^(?:schedul|reschedul|slat)/;

// a line break goes on with the clause when a lowercase word follows it or a word that cannot end one
// comes before it ("announced on\nTuesday"): a soft wrap the text's width did not show
const CLAUSE_END =
  /[;!?"“”]|(?<!\b(?:on|in|at|by|for|of|to|the|a|an|and|or|but|will|would|shall|was|were|has|have|had|is|are|be|been|that|from|until|since|after|before|last|next|this)[ \t]*)\n(?![ \t]*[a-z])|``|''|[.](?=\s+[A-Z"“`'])|—|--|,\s+(?=(?:but|and|or|while|although|though|whereas|yet|so)\s)|\b(?=(?:where|when|which|who|whom|whose|because|although|though|whereas|while|unless|if)\s)/g;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION =
  /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|Prof|No|Jr|Sr|Inc|Corp|Co|Ltd|vs|[ap]\.m|U\.S|U\.N|[A-Z])\.)$/;

/** The clause around [start, end): cut at sentence ends, semicolons, quotes and dashes. */
export function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  const left = text.slice(Math.max(0, start - 160), start);
  let cut = 0;
  // the expression's own first letters stay in view: a sentence may end right before it ("... 1. Earlier")
  const view = left + text.slice(start, start + 2);
  for (const m of view.matchAll(CLAUSE_END)) {
    if (m.index! >= left.length) break;
    if (m[0] === "." && ABBREVIATION.test(left.slice(0, m.index! + 1))) continue;
    cut = m.index! + m[0].length;
  }
  const right = text.slice(end, end + 120);
  let stop = right.length;
  for (const m of right.matchAll(CLAUSE_END)) {
    if (m[0] === "." && ABBREVIATION.test(right.slice(0, m.index! + 1))) continue;
    stop = m.index!;
    break;
  }
  return { before: left.slice(cut), after: right.slice(0, stop) };
}

const WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;

function words(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.replace("’", "'"));
}

/** Adverbs that may stand between an auxiliary and its participle ("has already left"). */
const BETWEEN_AUX = wordSet("not n't never already also just since yet long recently now still reportedly apparently");

/** True when the word after ws[i] (adverbs skipped) is a past participle: "has left", "have already been". */
function isParticipleAfter(ws: string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(ws.length, i + 4); j++) {
    const w = ws[j].toLowerCase();
    if (BETWEEN_AUX.has(w)) continue;
    return w === "been" || IRREGULAR_PAST.has(w) || (/^[a-z]{3,}ed$/.test(ws[j]) && !NOT_PAST.has(w));
  }
  return false;
}

/** The tense a word marks given the words around it, or null when it marks none. */
function tenseAt(ws: string[], i: number): Tense | null {
  const raw = ws[i];
  const w = raw.toLowerCase();
  if (FUTURE_AUX.has(w) || w.endsWith("'ll")) return "future";
  if (NEUTRAL_AUX.has(w)) return null;
  if (PRESENT_MODAL.has(w)) return "present";
  if (w === "going" && ws[i + 1]?.toLowerCase() === "to" && PRESENT_AUX.has(ws[i - 1]?.toLowerCase() ?? "")) return "future";
  // an infinitive looks ahead only after a verb of planning or deciding ("planned to leave on Thursday")
  if (w === "to") return PLANNING.test(ws[i - 1]?.toLowerCase() ?? "") || DECIDING.test(ws[i - 1]?.toLowerCase() ?? "") ? "future" : null;
  if (/^(?:plans|intends|expects|aims|hopes|plan|intend|expect)$/.test(w) && ws[i + 1]?.toLowerCase() === "to") return "future";
  // "has" and "have" mark the past as auxiliaries ("has left"), the present as verbs ("have until Monday")
  if (w === "has" || w === "have") return isParticipleAfter(ws, i) ? "past" : "present";
  if (w === "was" || w === "were" || w === "did" || w === "had" || w === "been") return "past";
  if (w === "is" || w === "are" || w === "am" || w === "says" || w === "say" || PRESENT_VERBS.has(w)) return "present";
  const past = IRREGULAR_PAST.has(w) || (/^[a-z]{3,}ed$/.test(raw) && !NOT_PAST.has(w));
  if (!past) return null;
  // the auxiliary before a participle decides: "will be held", "is scheduled", "has scheduled", "was held"
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const aux = ws[j].toLowerCase();
    if (FUTURE_AUX.has(aux)) return "future";
    if (NEUTRAL_AUX.has(aux)) return null;
    if (PRESENT_MODAL.has(aux)) return "present";
    if (aux === "to" && ws[j + 1]?.toLowerCase() === "be") return "future";
    if (aux === "be" || aux === "been") continue; // "could be located", "has been set": look further back
    if (PRESENT_AUX.has(aux)) return PLANNING.test(w) ? "future" : "present";
    if (aux === "has" || aux === "have") return PLANNING.test(w) ? "future" : "past";
    // "a ruling was expected Friday", "had been scheduled for Monday": planned, so still ahead
    if (PAST_AUX.has(aux)) return PLANNING.test(w) ? "future" : "past";
  }
  return SCHEDULING.test(w) ? "future" : "past";
}

export interface TenseReading {
  tense: Tense | null;
  /** A cue word right before the expression that fixes its direction. */
  cue: "past" | "future" | null;
}

const FUTURE_CUE =
  /\b(?:as\s+(?:soon|early)\s+as|no\s+(?:sooner|later)\s+than|starting|beginning|effective|from|after|till|until|by|through)\s+(?:the\s+)?$/i;
const PAST_CUE = /\b(?:since|earlier)\s+(?:the\s+)?$/i;

/** A finite verb right after the expression: it is then inside the subject ("the rally on Sunday was calm"). */
const FINITE_AFTER = /^\s*(?:was|were|had|did|is|are|has|have|will|would|shall|won't|'s)\b/i;
/** A preposition right before: the expression modifies a noun phrase ("a service planned for Saturday"). */
const PREPOSITION_BEFORE = /\b(?:on|for|of|at|in)\s+(?:the\s+)?$/i;
/** Planning verbs whose simple past, with an object between it and the day, looks ahead: "planned a rally on Saturday". */
const PLANNED_OBJECT = /^(?:plann|schedul|reschedul|slat)/;
/** A deadline: "until Thursday to sign", "by Friday to respond". */
const DEADLINE_AFTER = /^\s+to\s+[a-z]/;

/** The tense of the clause around [start, end) and any direction cue just before it. */
export function readTense(text: string, start: number, end: number): TenseReading {
  const { before, after } = clauseAround(text, start, end);
  const left = words(before);
  let tense: Tense | null = null;
  let verb = "";
  let at = -1;
  for (let i = left.length - 1; i >= Math.max(0, left.length - 14) && tense === null; i--) {
    tense = tenseAt(left, i);
    verb = left[i].toLowerCase();
    at = i;
  }
  if (tense === null) {
    const right = words(after);
    for (let i = 0; i < Math.min(right.length, 12) && tense === null; i++) {
      tense = tenseAt(right, i);
      verb = right[i]?.toLowerCase() ?? "";
    }
  }
  // "was planned for early March", "set for Tuesday": planned for a time is still to come
  if (PLANNING.test(verb) && /\bfor\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i.test(before)) tense = "future";
  // "planned a large rally on Saturday": the object planned is still ahead ("planned Saturday" is when it was planned)
  else if (tense === "past" && at >= 0 && PLANNED_OBJECT.test(verb) && left.length - at > 2) tense = "future";
  // "a service planned for Saturday was canceled", "the vote on Sunday will be close": the expression is in
  // the subject, and the verb after it tells the time
  if (at >= 0 && PREPOSITION_BEFORE.test(before) && FINITE_AFTER.test(after)) {
    const right = words(after);
    const t = tenseAt(right, 0);
    if (t) tense = PLANNING.test(right[1]?.toLowerCase() ?? "") && t === "past" ? "future" : t;
  }
  let cue: TenseReading["cue"] = null;
  const lead = FUTURE_CUE.exec(before);
  if (lead) {
    const word = lead[0].trim().split(/\s+/)[0].toLowerCase();
    const strong = word === "as" || word === "no" || word === "starting" || word === "beginning" || word === "effective";
    // "until Tuesday" looks forward unless the clause tells of a past span ("remained until Tuesday");
    // a deadline ("had until Thursday to sign") always does
    const deadline = (word === "until" || word === "till" || word === "by") && DEADLINE_AFTER.test(after);
    if (strong || deadline || tense !== "past" || DEFERRING.test(verb)) cue = "future";
    if (word === "from" || word === "after" || word === "through") cue = tense === "past" ? null : cue;
  } else if (PAST_CUE.test(before)) cue = "past";
  // "postponed to Monday", "pushed back to next week"
  else if (/\bto\s+$/i.test(before) && DEFERRING.test(verb)) cue = "future";
  return { tense, cue };
}
