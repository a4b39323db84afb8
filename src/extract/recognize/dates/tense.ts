// Which way a bare weekday, month or season points, read from its clause as a careful reader would:
// the tense of the nearest verb ("announced Wednesday" → past, "will meet Tuesday" → future,
// "planned to leave on Thursday" → future) and the cue words next to it ("until Tuesday",
// "as soon as Tuesday" → future; "since March" → past). Cheap on purpose: a few word lists,
// auxiliaries and the -ed ending, looked at within the clause; no part-of-speech tagger.

export type Tense = "past" | "present" | "future";

/** Irregular past forms common in news (regular ones end in -ed); "set", "put", "hit" read as past. */
const IRREGULAR_PAST = new Set(
  ("set put cut hit let quit shut beat cast spread hurt cost split read was were had did said made took came went " +
    "gave told found got left met held led saw began became brought thought fell rose sent spent struck shot fled " +
    "flew wrote spoke broke chose drove fought won lost kept knew sold paid built stood sat ran caught taught heard " +
    "meant felt understood withdrew arose hid swore threw blew grew drew ate drank sank swam rang sought bought " +
    "dealt lent slid stuck woke wore tore froze stole shook overtook undertook rode forbade forgave overthrew " +
    "upheld withheld dug fed bled misled sped laid slept swept wept bound wound hung spun sprang stung strode " +
    "foresaw oversaw underwent begun gone seen taken given written spoken broken chosen driven known shown grown " +
    "drawn thrown flown risen fallen forgotten gotten hidden done").split(" "),
);

/** -ed words that are not past forms. */
const NOT_PAST = new Set("need speed seed feed bed red shed hundred indeed embed bred sacred naked wicked kindred proceed exceed succeed deed weed greed creed breed steed heed bleed plead led fled shred".split(" "));

/** Verbs of putting something off: "postponed until Tuesday" points forward though it is past tense. */
const DEFERRING = /^(?:postpone|delay|defer|extend|adjourn|push|move|reschedul|schedul|set|give|gave|recess|suspend|put|grant|allow)/;

/** Words after which a past participle is not a past event ("will be held", "is scheduled"). */
const FUTURE_AUX = new Set("will 'll shall may might must should won't wont would".split(" "));
/** "could" is as often past ("could not be located") as future: it decides nothing. */
const NEUTRAL_AUX = new Set(["could", "couldn't"]);
/** "can participate in April": present, looking ahead. */
const PRESENT_MODAL = new Set(["can", "can't", "cannot"]);
const PRESENT_AUX = new Set("is are am be being 's".split(" "));
const PAST_AUX = new Set("was were had has have been".split(" "));
/** Verbs of planning: "is scheduled for Friday", "has planned a rally on Saturday" look ahead. */
const PLANNING = /^(?:plan|schedul|expect|slat|intend|aim|hope|prepar|propos|set$|due$)/;
/** Verbs whose infinitive is still to happen: "decided to admit them in March". */
const DECIDING = /^(?:decid|agree|promis|vow|pledg|threaten|want|seek|sought|ask|order|urg|invit)/;
/** Planning verbs that look ahead even in the simple past: "scheduled a hearing for Tuesday". */
const SCHEDULING = /^(?:schedul|reschedul|slat)/;
const DETERMINERS = new Set("the a an his her their its our my your this that these those some any all each every no be".split(" "));

const CLAUSE_END = /[;!?\n"“”]|``|''|[.](?=\s+[A-Z"“`'])|—|--|,\s+(?=(?:but|and|or|while|although|though|whereas|yet|so)\s)|\b(?=(?:where|when|which|who|whom|whose|because|although|though|whereas|while|unless|if)\s)/g;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|Prof|No|Jr|Sr|Inc|Corp|Co|Ltd|vs|[ap]\.m|U\.S|U\.N|[A-Z])\.)$/;

/** The clause around [start, end): cut at sentence ends, semicolons, quotes and dashes. */
export function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  const left = text.slice(Math.max(0, start - 160), start);
  let cut = 0;
  for (const m of left.matchAll(CLAUSE_END)) {
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
  if (w === "was" || w === "were" || w === "did" || w === "had" || w === "has" || w === "have" || w === "been") return "past";
  if (w === "is" || w === "are" || w === "am" || w === "says" || w === "say") return "present";
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
    if (PAST_AUX.has(aux)) return "past";
  }
  return SCHEDULING.test(w) ? "future" : "past";
}

export interface TenseReading {
  tense: Tense | null;
  /** A cue word right before the expression that fixes its direction. */
  cue: "past" | "future" | null;
}

const FUTURE_CUE = /\b(?:as\s+(?:soon|early)\s+as|no\s+(?:sooner|later)\s+than|starting|beginning|effective|from|after|till|until|by|through)\s+(?:the\s+)?$/i;
const PAST_CUE = /\b(?:since|earlier)\s+(?:the\s+)?$/i;

/** The tense of the clause around [start, end) and any direction cue just before it. */
export function readTense(text: string, start: number, end: number): TenseReading {
  const { before, after } = clauseAround(text, start, end);
  const left = words(before);
  let tense: Tense | null = null;
  let verb = "";
  for (let i = left.length - 1; i >= Math.max(0, left.length - 14) && tense === null; i--) {
    tense = tenseAt(left, i);
    verb = left[i].toLowerCase();
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
  let cue: TenseReading["cue"] = null;
  const lead = FUTURE_CUE.exec(before);
  if (lead) {
    const word = lead[0].trim().split(/\s+/)[0].toLowerCase();
    const strong = word === "as" || word === "no" || word === "starting" || word === "beginning" || word === "effective";
    // "until Tuesday" looks forward unless the clause tells of a past span ("remained until Tuesday")
    if (strong || tense !== "past" || DEFERRING.test(verb)) cue = "future";
    if (word === "from" || word === "after" || word === "through") cue = tense === "past" ? null : cue;
  } else if (PAST_CUE.test(before)) cue = "past";
  return { tense, cue };
}
