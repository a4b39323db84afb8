// Rules applied around the statistical tagger, on token spans of one document: clean-up of span
// edges and junk ("However", "Aug."), gazetteer matches for countries, nationality words and
// regions, acronyms in parentheses ("Economic Community of West African States (ECOWAS)"), and
// propagation of names found once to their other mentions in the document ("Bazoum"). Pure.
import { isCap, isUpperWord } from "./features.js";
import {
  COMPANY_NAMES,
  CONTEXT_COMPANIES,
  CORPORATE_SUFFIXES,
  COUNTRY_NAMES,
  DEMONYMS,
  isGazetteerWord,
  matchGazetteer,
  ORG_WORDS,
  REGIONS,
  TITLE_WORDS,
} from "./gazetteer.js";
import type { SpanLabel } from "./tagger.js";
import { contains, overlaps } from "../../util/ranges.js";
import { positionsOf } from "./wordIndex.js";

/** A candidate mention: the token range [start, end) of sentence number `sentence` (token indices, not text offsets). */
export interface ActorCandidate {
  sentence: number;
  start: number;
  end: number;
  label: SpanLabel;
  source: "model" | "gazetteer" | "acronym" | "propagated";
}

const DETERMINERS = new Set(["the", "a", "an"]);
const NEVER = new Set(
  `january february march april may june july august september october november december jan. feb. mar. apr. jun. jul.
  aug. sep. sept. oct. nov. dec. monday tuesday wednesday thursday friday saturday sunday read also source sources
  photo photos video videos watch listen click subscribe advertisement related share update updated updates breaking
  exclusive live opinion analysis editorial correction developing explainer factbox`.split(/\s+/),
);
/**
 * Abbreviations that look like organization acronyms but are not actors: weapons and platforms,
 * and generic words ("TV", "PM", "CEO", "NGO" alone).
 */
const NOT_ACTORS = new Set(
  `ied ieds vbied vbieds svbied svbieds uav uavs rpg rpgs manpads atgm atgms tv pm ceo cfo coo ngo ngos gdp ok faq
  q&a pdf html url www gmt utc bst edt est pst cet`.split(/\s+/),
);
/** Forms of address that are never a name on their own. */
const HONORIFICS = new Set("mr mr. mrs mrs. ms ms. dr dr. prof prof. messrs messrs. sir madam".split(" "));
/** Words of broadcast transcripts' stage directions ("(BEGIN VIDEOTAPE)", "UNIDENTIFIED MALE"). */
const TRANSCRIPT_WORDS = new Set(
  `begin end videotape video clip audio voice-over crosstalk laughter applause inaudible unidentified male female
  commercial break live sot vo on-camera graphic`.split(/\s+/),
);
/** Ship prefixes: "USS Mahan", "HMS Ocean" are platforms, not actors. */
const SHIP_PREFIXES = new Set(["USS", "HMS", "FS", "HMAS", "HMCS", "INS", "USNS", "RFS", "ITS", "ESPS", "HNLMS"]);
/** Lowercase words that may sit inside a name ("Bank of America", "Charles de Gaulle", "Mohammed bin Salman"). */
const PARTICLES = new Set(
  "of the and for on in at to upon de du des la le les da di do dos das del della van von der den ter al el bin ibn bint ben abu y e".split(
    " ",
  ),
);
const LEADING_MODIFIERS = new Set(["senior", "former", "top"]);
/** Prepositions and conjunctions: a name never ends with one, even in a Title Case headline ("Aid to Taiwan Amid Talks"). */
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NEVER_LAST = new Set(
  `amid amidst among against after before despite during following over under near into onto from with without via
  in on at by for to of and or but as than while`.split(/\s+/),
);
const hasLetter = (w: string) => /\p{L}/u.test(w);
const key = (words: string[], a: number, b: number) => words.slice(a, b).join(" ");

/** Whether tokens [a, b) are written in capitals and are all everyday words, none a known name. */
function isShout(written: string[], view: string[], a: number, b: number, common: (lower: string) => boolean): boolean {
  // a short word inside a sentence is more likely an acronym ("the WHO said") than a label
  if (b - a === 1 && a > 0 && written[a].length <= 4 && !isUpperWord(written[a - 1])) return false;
  let words = 0;
  for (let k = a; k < b; k++) {
    const w = written[k];
    if (!hasLetter(w)) continue;
    const lw = w.toLowerCase();
    if (!isUpperWord(w) || isGazetteerWord(w) || isGazetteerWord(view[k])) return false;
    if (!common(lw) && !TRANSCRIPT_WORDS.has(lw) && !NEVER.has(lw)) return false;
    words++;
  }
  return words > 0;
}

/** Whether a word is punctuation (no letter, no digit). */
const isPunctuation = (w: string) => !hasLetter(w) && !/^\p{N}/u.test(w);

/**
 * The span [start, end) without what never opens or closes a name: punctuation, determiners,
 * possessives, lowercase words, a closing preposition ("Aid to Taiwan Amid"), quotes or brackets
 * inside ('Neo Jim Crow" Newsletter' → 'Neo Jim Crow'), leading modifiers ("Senior State Department").
 */
export function trimEdges(words: string[], start: number, end: number, label?: string): [number, number] {
  let a = start;
  let b = end;
  while (a < b && (isPunctuation(words[a]) || DETERMINERS.has(words[a].toLowerCase()))) a++;
  while (
    b > a &&
    (isPunctuation(words[b - 1]) ||
      /^['’]s$/i.test(words[b - 1]) ||
      (!isCap(words[b - 1]) && !/^\p{N}/u.test(words[b - 1]) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(words[b - 1])))
  )
    b--;
  while (b > a + 1 && NEVER_LAST.has(words[b - 1].toLowerCase())) b--;
  // a day after a name is when, not part of it: "Maurice Cheeks Saturday", "Iran Saturday condemned" (not "Fox News Sunday", a programme)
  while (b > a + 1 && label !== undefined && WEEKDAYS.test(words[b - 1]) && (label !== "ORG" || COUNTRY_NAMES.has(key(words, a, b - 1))))
    b--;
  // nor does a day opening a span before a preposition: "Albright headed Tuesday to East Africa"
  while (b > a + 2 && WEEKDAYS.test(words[a]) && NEVER_LAST.has(words[a + 1])) a += 2;
  // quotes, brackets or a colon inside a span: keep the longest piece
  for (let i = a; i < b; i++) {
    if (!/^["“”()[\]:]$/.test(words[i])) continue;
    if (i - a >= b - i - 1) b = i;
    else a = i + 1;
    i = a - 1;
  }
  while (a < b - 1 && LEADING_MODIFIERS.has(words[a].toLowerCase())) a++;
  return [a, b];
}

/** Words that qualify a title rather than name a body ("Majority Leader", "Minority Whip"). */
const TITLE_QUALIFIER = /^(?:majority|minority)$/i;

/**
 * A title after a name is the name's job, not part of it: "CNN Anchor" → "CNN", "UN
 * Secretary-General" → "UN", "Senate Minority Leader" → "Senate" (an organization, when the tagger said person).
 */
export function dropTrailingTitles(words: string[], start: number, end: number, label: SpanLabel): { end: number; label: SpanLabel } {
  // a title's own qualifier ends the span when the title follows it ("Senate Minority | Leader")
  const titled =
    TITLE_WORDS.has(words[end - 1].toLowerCase()) ||
    (TITLE_QUALIFIER.test(words[end - 1]) && TITLE_WORDS.has((words[end] ?? "").toLowerCase()));
  if (end - start <= 1 || !titled || TITLE_WORDS.has(words[start].toLowerCase())) return { end, label };
  // a portfolio after a body's "of" is its name, not a job: "Ministry of Defence", "Department of Justice"
  if (end - start >= 3 && words[end - 2] === "of" && ORG_WORDS.has(words[end - 3].toLowerCase())) return { end, label: "ORG" };
  let b = end;
  while (
    b > start + 1 &&
    (TITLE_WORDS.has(words[b - 1].toLowerCase()) || /^(of|for|the|and)$/i.test(words[b - 1]) || TITLE_QUALIFIER.test(words[b - 1]))
  )
    b--;
  return { end: b, label: label === "PER" ? "ORG" : label };
}

/** A one-word span as the junk rules see it. */
export interface OneWord {
  words: string[];
  /** The word's index. */
  at: number;
  /** The tagger's label. */
  label: SpanLabel;
  common: (lower: string) => boolean;
  /** How often each word is written in the document (undefined: not at all). */
  counts: Pick<ReadonlyMap<string, number>, "get">;
}

const knownCountry = (w: string) => COUNTRY_NAMES.has(w) || DEMONYMS.has(w);

/** Reasons a one-word span is no name, in order. A country or nationality word is never junk but for a single letter or honorific. */
export const ONE_WORD_JUNK: ReadonlyArray<{ name: string; rejects(span: OneWord): boolean }> = [
  // "E", "A"; "X" the platform comes back with its cue
  { name: "single letter", rejects: ({ words, at }) => /^\p{L}\.?$/u.test(words[at]) },
  { name: "honorific", rejects: ({ words, at }) => HONORIFICS.has(words[at].toLowerCase()) },
  // "us" is a pronoun, "US" a country
  { name: "never a name", rejects: ({ words, at }) => NEVER.has(words[at].toLowerCase()) && !knownCountry(words[at]) },
  {
    // "However", "Despite" at sentence start, or after a label ("BREAKING: Airlines ...")
    name: "common word opening",
    rejects: ({ words, at, common }) =>
      !knownCountry(words[at]) && common(words[at].toLowerCase()) && (at === 0 || !isCap(words[at]) || /^[:"“‘]$/.test(words[at - 1])),
  },
  {
    name: "title alone",
    rejects: ({ words, at, label }) => !knownCountry(words[at]) && TITLE_WORDS.has(words[at].toLowerCase()) && label !== "PER",
  },
  {
    // "Islamic extremist groups", "Catholic church"
    name: "adjective before a noun",
    rejects: ({ words, at }) => !knownCountry(words[at]) && /^\p{Lu}\p{Ll}+ic$/u.test(words[at]) && /^\p{Ll}/u.test(words[at + 1] ?? ""),
  },
  {
    // a capitalized word seen once, only at the start of a sentence before lowercase words ("Nighttime street patrols")
    name: "capitalized sentence opener",
    rejects: ({ words, at, counts }) =>
      !knownCountry(words[at]) &&
      at === 0 &&
      counts.get(words[at]) === 1 &&
      /^\p{Ll}/u.test(words[1] ?? "") &&
      !/^\p{Lu}+$/u.test(words[at]),
  },
];

/** Whether the span is all words that are never actors ("Photo", "UAV", "TV") or punctuation, or a ship ("USS Mahan"). */
export function isNeverActor(words: string[], start: number, end: number): boolean {
  const never = words
    .slice(start, end)
    .every((w) => (NEVER.has(w.toLowerCase()) && !COUNTRY_NAMES.has(w)) || NOT_ACTORS.has(w.toLowerCase()) || !hasLetter(w));
  return never || SHIP_PREFIXES.has(words[start]) || (start > 0 && SHIP_PREFIXES.has(words[start - 1]));
}

/**
 * Where a lowercase word that is no name particle splits a name, or -1: "State Department
 * spokesperson Matt Miller" (an organization and a person), "Mr Kamara met Ms Diallo".
 */
export function lowercaseCut(words: string[], start: number, end: number): number {
  return words.findIndex(
    (w, i) =>
      i > start &&
      i < end - 1 &&
      /^\p{Ll}/u.test(w) &&
      !PARTICLES.has(w) &&
      !/^\p{Ll}{1,3}-/u.test(w) &&
      isCap(words[i - 1]) &&
      isCap(words[i + 1]),
  );
}

/** The two pieces of a span cut at a lowercase word: a title word there makes the right piece a person. */
function cutPieces(c: ActorCandidate, words: string[], start: number, end: number, cut: number, label: SpanLabel): ActorCandidate[] {
  const title = TITLE_WORDS.has(words[cut]);
  return [
    { ...c, start, end: cut, label: title && ORG_WORDS.has(words[cut - 1].toLowerCase()) ? "ORG" : label },
    { ...c, start: cut + 1, end, label: title ? "PER" : label },
  ];
}

/**
 * Trims edges of candidates and drops junk. `common(w)` says a lowercase word is a common word;
 * `written` are the words as the text has them (`doc` reads stretches of capitals in title case).
 */
export function cleanCandidates(
  doc: string[][],
  candidates: ActorCandidate[],
  common: (lower: string) => boolean,
  written: string[][] = doc,
  givenNames: ReadonlySet<string> = new Set(),
): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  // the document's word index (wordIndex.ts), which later passes read too, instead of counting its every word again here
  const counts = { get: (w: string) => positionsOf(doc, w).length || undefined };
  const queue = [...candidates]; // pieces of a split span come back through the same checks
  for (let q = 0; q < queue.length; q++) {
    const c = queue[q];
    const words = doc[c.sentence];
    const [a, trimmed] = trimEdges(words, c.start, c.end, c.label);
    const titlesDropped = dropTrailingTitles(words, a, trimmed, c.label);
    const b = titlesDropped.end;
    let label = titlesDropped.label;
    if (a >= b || !words.slice(a, b).some(isCap)) continue;
    // words in capitals that are all everyday words: a label or a shout ("UPDATE", "BREAKING NEWS", "BEGIN VIDEOTAPE")
    if (isShout(written[c.sentence], words, a, b, common)) continue;
    if (b - a === 1 && ONE_WORD_JUNK.some((rule) => rule.rejects({ words, at: a, label: c.label, common, counts }))) continue;
    if (isNeverActor(words, a, b)) continue;
    const cut = lowercaseCut(words, a, b);
    if (cut > 0) {
      queue.push(...cutPieces(c, words, a, b, cut, label));
      continue;
    }
    // "State Department" is not a person, whatever the tagger says; "Jim Press", a given name and a surname, is
    if (label === "PER" && ORG_WORDS.has(words[b - 1].toLowerCase()) && !(b - a === 2 && givenNames.has(words[a]))) label = "ORG";
    out.push({ ...c, start: a, end: b, label });
  }
  return out;
}

/** Whether tokens [start, end) of a sentence overlap a candidate of that sentence. */
const overlapsInSentence = (candidates: ActorCandidate[], sentence: number, start: number, end: number) =>
  candidates.some((c) => c.sentence === sentence && overlaps(start, end, c.start, c.end));

/** Adds country names, nationality words and regions the tagger missed. */
export function addGazetteerMatches(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const added: ActorCandidate[] = [];
  doc.forEach((words, sentence) => {
    for (const h of matchGazetteer(words)) {
      if (h.tag === "capital" || h.tag === "title" || h.tag === "orgword") continue;
      if (overlapsInSentence(candidates, sentence, h.start, h.end) || overlapsInSentence(added, sentence, h.start, h.end)) continue;
      const label = h.tag === "demonym" ? "NAT" : h.tag === "company" ? "ORG" : "LOC";
      added.push({ sentence, start: h.start, end: h.end, label, source: "gazetteer" });
    }
  });
  return [...candidates, ...added];
}

const initials = (words: string[]) =>
  words
    .filter((w) => isCap(w) && !/^(of|the|and|for)$/i.test(w))
    .map((w) => w[0])
    .join("");

/** "Long Name (ACRONYM)": makes sure both the long form and the acronym are mentions. */
export function addAcronyms(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const out = [...candidates];
  doc.forEach((words, sentence) => {
    for (let i = 1; i + 2 < words.length; i++) {
      if (words[i] !== "(" || words[i + 2] !== ")") continue;
      const acro = words[i + 1];
      if (!/^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(acro)) continue;
      const before = out.find((c) => c.sentence === sentence && c.end === i);
      if (!overlapsInSentence(out, sentence, i + 1, i + 2)) {
        if (before) out.push({ sentence, start: i + 1, end: i + 2, label: before.label, source: "acronym" });
        else {
          // find the capitalized words before "(" whose initials spell the acronym
          for (let a = i - 1; a >= 0 && i - a <= 12; a--) {
            if (!isCap(words[a])) continue;
            if (initials(words.slice(a, i)) === acro.replace(/[^\p{Lu}]/gu, "")) {
              if (!overlapsInSentence(out, sentence, a, i)) out.push({ sentence, start: a, end: i, label: "ORG", source: "acronym" });
              out.push({ sentence, start: i + 1, end: i + 2, label: "ORG", source: "acronym" });
              break;
            }
          }
        }
      }
    }
  });
  return out;
}

/** A company's name without the legal form that ends it ("Chrysler" of "Chrysler LLC", "General Motors" of "General Motors Corp."), or undefined. */
function withoutLegalForm(words: string[], a: number, b: number): string | undefined {
  let end = b;
  if (end - a < 2 || !(LEGAL_FORMS.has(words[end - 1].toLowerCase()) || /^corporation$/i.test(words[end - 1]))) return undefined;
  end--;
  if (words[end - 1] === ",") end--;
  return end > a && isCap(words[end - 1]) ? key(words, a, end) : undefined;
}

/**
 * The names of the document's companies without the legal form they are written with ("Chrysler"
 * of "Chrysler LLC"), but for one a person named in full ends with; the tagger's persons of such a
 * name are retyped as the company. Mutates labels; returns the names.
 */
function companiesWithoutLegalForm(doc: string[][], candidates: ActorCandidate[]): Set<string> {
  const companies = new Set<string>();
  const surnames = new Set<string>();
  for (const c of candidates) {
    const words = doc[c.sentence];
    const bare = c.label === "ORG" ? withoutLegalForm(words, c.start, c.end) : undefined;
    if (bare) companies.add(bare);
    if (c.label === "PER" && c.end - c.start > 1) surnames.add(words[c.end - 1]);
  }
  for (const s of surnames) companies.delete(s);
  for (const c of candidates) if (c.label === "PER" && companies.has(key(doc[c.sentence], c.start, c.end))) c.label = "ORG";
  return companies;
}

/**
 * Names found by the tagger are marked wherever else they occur capitalized in the document; a
 * person's last name alone ("Bazoum") counts as that person, a company's name without its legal
 * form ("Chrysler" of "Chrysler LLC") as that company. Common words are never propagated,
 * but for a surname that is one ("Steve Jobs" → "Jobs"), where no sentence opens with it.
 */
export function propagateNames(doc: string[][], candidates: ActorCandidate[], common: (lower: string) => boolean): ActorCandidate[] {
  const names = new Map<string, SpanLabel>();
  const insideOnly = new Set<string>();
  for (const c of candidates) {
    if (c.source !== "model" && c.source !== "acronym") continue;
    const words = doc[c.sentence];
    const name = key(words, c.start, c.end);
    if (!names.has(name) && !(c.end - c.start === 1 && common(words[c.start].toLowerCase()))) names.set(name, c.label);
    if (c.label === "PER" && c.end - c.start > 1) {
      const last = words[c.end - 1];
      if (isCap(last) && last.length > 2 && !names.has(last)) {
        names.set(last, "PER");
        // a surname that is also an everyday word ("Steve Jobs" → "Jobs"): only where a sentence does not open with it
        if (common(last.toLowerCase())) insideOnly.add(last);
      }
    }
  }
  // a company named with its legal form ("Chrysler LLC", "Apple Inc.") is the company without it too, as a surname is the person
  for (const bare of companiesWithoutLegalForm(doc, candidates)) {
    names.set(bare, "ORG");
    if (!bare.includes(" ") && common(bare.toLowerCase())) insideOnly.add(bare);
  }
  if (!names.size) return candidates;
  const maxLen = Math.max(...[...names.keys()].map((n) => n.split(" ").length));
  // a name's words up to its first space: a word without a space of its own that is none of
  // these opens no name, and its spans need not be joined and looked up
  const openers = new Set([...names.keys()].map((n) => n.split(" ", 1)[0]));
  const out = [...candidates];
  doc.forEach((words, sentence) => {
    for (let i = 0; i < words.length; i++) {
      if (!isCap(words[i]) || (!openers.has(words[i]) && !words[i].includes(" "))) continue;
      // the spans from i, shortest first, each the one before and a word (the strings key() makes)
      const longest = Math.min(maxLen, words.length - i);
      const spans = [words[i]];
      for (let len = 2; len <= longest; len++) spans.push(`${spans[len - 2]} ${words[i + len - 1]}`);
      for (let len = longest; len >= 1; len--) {
        const name = spans[len - 1];
        const label = names.get(name);
        if (!label || (insideOnly.has(name) && (i === 0 || /^["“‘'(:`]+$/.test(words[i - 1]) || isCap(words[i + 1] ?? "")))) continue;
        if (!overlapsInSentence(out, sentence, i, i + len)) out.push({ sentence, start: i, end: i + len, label, source: "propagated" });
        i += len - 1;
        break;
      }
    }
  });
  return out;
}

/**
 * A first name alone ("Nick, what are you hearing?") is the person the document names in full
 * ("Nick Paton Walsh"), unless it is a known place. Mutates labels; returns the candidates.
 */
export function firstNamesAsPersons(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const firsts = new Set<string>();
  const otherwise = new Set<string>();
  for (const c of candidates) {
    if (c.end - c.start < 2) continue;
    (c.label === "PER" ? firsts : otherwise).add(doc[c.sentence][c.start]);
  }
  for (const c of candidates) {
    if (c.end - c.start !== 1 || c.label === "PER" || c.label === "NAT") continue;
    const w = doc[c.sentence][c.start];
    if (firsts.has(w) && !otherwise.has(w) && !isGazetteerWord(w)) c.label = "PER";
  }
  return candidates;
}

const LABEL_ORDER: SpanLabel[] = ["PER", "ORG", "LOC", "NAT"];
/** What a leader's name stands before ("the Biden administration", "the Assad regime"). */
const LEADERS_BODIES = /^(?:administration|government|regime|cabinet|campaign)$/;

/**
 * One type per name in a document: every mention of a name (or of a person's last name) takes the
 * type most of the tagger's mentions of it had ("Tiani" is a person throughout). Mutates labels.
 */
export function unifyTypes(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const votes = new Map<string, Map<SpanLabel, number>>();
  const vote = (name: string, label: SpanLabel, n = 1) => {
    const v = votes.get(name) ?? new Map<SpanLabel, number>();
    v.set(label, (v.get(label) ?? 0) + n);
    votes.set(name, v);
  };
  for (const c of candidates) {
    if (c.source !== "model" || c.label === "NAT") continue;
    const words = doc[c.sentence];
    // "the Assad regime": a leader's name before the body he leads says nothing of the name's type
    if (c.label === "ORG" && LEADERS_BODIES.test(words[c.end] ?? "")) continue;
    vote(key(words, c.start, c.end), c.label);
    if (c.label === "PER" && c.end - c.start > 1) vote(words[c.end - 1], "PER", 2);
  }
  for (const c of candidates) {
    if (c.label === "NAT" || c.source === "gazetteer") continue;
    const v = votes.get(key(doc[c.sentence], c.start, c.end));
    if (!v) continue;
    let best: SpanLabel = c.label;
    for (const l of LABEL_ORDER) if ((v.get(l) ?? 0) > (v.get(best) ?? 0)) best = l;
    c.label = best;
  }
  return candidates;
}

const LEGAL_FORMS = new Set("inc inc. corp corp. ltd ltd. llc plc co. gmbh s.start.".split(" "));
const PLACE_NAMES = new Set([...COUNTRY_NAMES.keys(), ...REGIONS]);
/** Words before a company name that is also an everyday word or a place: "posted on X", "works at Apple". */
const COMPANY_CUES_BEFORE = new Set(["on", "to", "via", "at"]);
/** Words after such a name: "an Apple spokesperson", "Amazon shares", "X (formerly Twitter)". */
const COMPANY_CUES_AFTER = new Set(
  `spokesperson spokesman spokeswoman executive executives chief ceo founder co-founder shares stock users account
  accounts post posts platform employees workers owner owners subscribers app said says announced`.split(/\s+/),
);

/** What only a company has, after its name or its possessive: "Versum shareholders", "Merck's subsidiary". */
const OWNED_BY_COMPANY = new Set("shareholders stockholders subsidiary subsidiaries".split(" "));
/** How a company's shares move: "Versum shares rose" (not "Smith shares her story"). */
const MARKET_MOVES = new Set(
  "rose fell jumped climbed gained surged soared dropped slid slipped sank tumbled plunged slumped closed traded opened ended".split(" "),
);
/** Words before a company's name, as written: "shares in Versum", "agreed to acquire Versum", "a merger agreement with Entegris". */
export const CORPORATE_CUES_BEFORE =
  /(?:^|\s)(?:[Ss]hares (?:in|of)|stake in|acquire|acquired|acquiring|(?:merger|takeover|acquisition|buyout)(?: (?:agreement|deal|bid|offer))? (?:with|of|for))$/;

/**
 * Whether words[i], a company name that is also an everyday word or a place, is cued as the company:
 * "on X", "an Apple spokesperson", "Apple's late co-founder", "X (formerly Twitter)". "X" takes no
 * cue after it (it is also a letter: "X said").
 */
function cuedAsCompany(words: string[], i: number): boolean {
  const before = (words[i - 1] ?? "").toLowerCase();
  const after = (words[i + 1] ?? "").toLowerCase();
  if (COMPANY_CUES_BEFORE.has(before) && !isCap(words[i + 1] ?? "")) return true;
  if (after === "(" && /^formerly$/i.test(words[i + 2] ?? "")) return true;
  if (words[i] === "X") return false;
  const possessed =
    (after === "'s" || after === "’s") && [words[i + 2], words[i + 3]].some((x) => COMPANY_CUES_AFTER.has((x ?? "").toLowerCase()));
  return COMPANY_CUES_AFTER.has(after) || possessed;
}

/**
 * Companies and platforms are organizations: a known company name ("Facebook", "Uber"), a name
 * ending in a corporate word ("Uber Technologies Inc.", "Emirates Airlines"), or a company name that
 * is also an everyday word or a place next to a cue ("on X", "an Apple spokesperson"), which is
 * added when the tagger missed it. Mutates labels; returns the candidates.
 */
export function typeCompanies(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  for (const c of candidates) {
    if (c.label === "ORG" || c.label === "NAT") continue;
    const words = doc[c.sentence];
    const name = key(words, c.start, c.end);
    if (PLACE_NAMES.has(name) || DEMONYMS.has(name)) continue;
    const last = words[c.end - 1].toLowerCase();
    if (COMPANY_NAMES.has(name) || (c.end - c.start > 1 && CORPORATE_SUFFIXES.has(last) && !TITLE_WORDS.has(last))) c.label = "ORG";
  }
  // "Alphabet Inc.": the legal form belongs to the name
  for (const c of candidates) {
    const next = doc[c.sentence][c.end];
    if (c.label !== "NAT" && next && LEGAL_FORMS.has(next.toLowerCase())) {
      c.end++;
      c.label = "ORG";
    }
  }
  // a name the tagger read as a person or a place that trades, merges or is bought ("Versum shares",
  // "merger agreement with Entegris") is a company wherever the document names it
  const traded = new Set<string>();
  for (const c of candidates) {
    if (c.label === "ORG" || c.label === "NAT") continue;
    const words = doc[c.sentence];
    const name = key(words, c.start, c.end);
    if (PLACE_NAMES.has(name) || DEMONYMS.has(name)) continue;
    const possessive = words[c.end] === "'s" || words[c.end] === "’s";
    const after = words[possessive ? c.end + 1 : c.end] ?? "";
    const traded1 =
      OWNED_BY_COMPANY.has(after) ||
      (!possessive && (after === "share" || after === "shares" || after === "stock") && MARKET_MOVES.has(words[c.end + 1] ?? ""));
    if (traded1 || CORPORATE_CUES_BEFORE.test(words.slice(Math.max(0, c.start - 3), c.start).join(" "))) traded.add(name);
  }
  for (const c of candidates) if (c.label !== "NAT" && traded.has(key(doc[c.sentence], c.start, c.end))) c.label = "ORG";
  const out = candidates.filter((c) => !(c.end - c.start === 1 && LEGAL_FORMS.has(doc[c.sentence][c.start].toLowerCase())));
  // a company name that is also an everyday word or a place, with a cue somewhere in the document
  const cued = new Set<string>();
  for (const words of doc) {
    words.forEach((w, i) => {
      if (CONTEXT_COMPANIES.has(w) && cuedAsCompany(words, i)) cued.add(w);
    });
  }
  // ...is that company wherever the document names it (one sense per document), except "X", which
  // is also a letter
  doc.forEach((words, sentence) => {
    words.forEach((w, i) => {
      if (!cued.has(w) || (w === "X" && !cuedAsCompany(words, i))) return;
      const at = out.find((c) => c.sentence === sentence && contains(c.start, c.end, i, i + 1));
      if (!at) out.push({ sentence, start: i, end: i + 1, label: "ORG", source: "gazetteer" });
      else if (at.start === i && at.end === i + 1) at.label = "ORG";
    });
  });
  return out;
}
