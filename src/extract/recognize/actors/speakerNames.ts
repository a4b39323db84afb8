// Speakers the tagger missed: a run of capitalized words in a speaker's slot that no candidate covers,
// the subject opening a sentence before a speech verb ("Accredited Home Loan Lending, another sub-prime
// specialist, said it was …", "Acme Widgets Inc. said"), the name after the verb that closes a quote's
// credit ("…,” said Acme Widgets Inc.") or after "according to". It is an actor only when its kind is
// told: an organization when it ends in a word only companies' names end in, when the description set
// beside it is a company's ("another lender"), or when the verb's own clause calls it "it" ("said it
// was"); a person when it is two or three name words opening on a given name. An organization the tagger read
// without the name's first word ("Family Mortgage Lending" of "Certified Family Mortgage Lending", no sentence
// opener) is read whole. Every other place the document writes the same words is that actor too, in place of
// the tagger's readings of some of them ("Approved" of "Approved Home Loan Lending"). Pure apart from the candidates it adds and drops.
import { COMPANY_NOUNS, companyOnlyEnding } from "./companyContexts.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import type { SpanLabel } from "./tagger.js";
import { isNameWord } from "./nameWord.js";
import { PLACES, covered, isCompanyNameWord } from "./missedCompanies.js";
import { knownPlace } from "./typing.js";
import { positionOf, positionsOf } from "./wordIndex.js";

/** Verbs of saying in the past or present, after their subject or before a name closing a credit. */
const SPEECH = new Set(
  "said says told tells added adds stated states announced announces reported reports warned warns explained noted insisted confirmed".split(
    " ",
  ),
);
/** Auxiliaries and adverbs between a subject and its verb ("has said", "also said"). */
const BETWEEN = /^(?:has|have|had|also|later|then|again|earlier|previously|recently)$/;
/** A description set beside a name: a determiner, then words in lower case ("another major sub-prime mortgage specialist"). */
const DETERMINER = /^(?:a|an|another|the|one)$/i;
const QUOTE_MARK = /^(?:["”“'’]|''|``)$/;
const NOT_NAMES = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|His|Her|Its|Their|Our|But|And|Or|If|When|While|As)$/;

/** A capitalized word that may be part of a missed speaker's name: no title, weekday, month or pronoun. */
const isSpeakerNameWord = (w: string | undefined) => isCompanyNameWord(w) && !NOT_NAMES.test(w!);

/** A name in a speaker's slot, with what tells its kind: the description set beside it and the word after its verb. */
interface SlotName {
  start: number;
  end: number;
  description?: string[];
  afterVerb?: string;
}

function runEnd(words: string[], start: number): number {
  let end = start;
  while (end < words.length && isSpeakerNameWord(words[end])) end++;
  return end;
}

/** The speech verb's index after the subject ending at `end` (past a description in commas and auxiliaries), or -1; the description's words. */
function verbAfterSubject(words: string[], end: number): { verb: number; description?: string[] } {
  let i = end;
  let description: string[] | undefined;
  if (words[i] === "," && DETERMINER.test(words[i + 1] ?? "")) {
    const close = words.indexOf(",", i + 1);
    if (close < 0 || close - i > 9) return { verb: -1 };
    description = words.slice(i + 1, close);
    if (!description.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return { verb: -1 };
    i = close + 1;
  }
  while (BETWEEN.test(words[i] ?? "")) i++;
  return SPEECH.has(words[i] ?? "") ? { verb: i, description } : { verb: -1 };
}

/** The names of one sentence's speaker slots. */
function slotNames(words: string[]): SlotName[] {
  const names: SlotName[] = [];
  // the sentence's subject, or a credit's subject after a quote ("…,” Acme Widgets Inc. said)
  const opening = QUOTE_MARK.test(words[0] ?? "") ? 1 : 0;
  const starts = [opening];
  for (let i = 2; i < words.length; i++) if (QUOTE_MARK.test(words[i - 1]) && words[i - 2] === ",") starts.push(i);
  for (const start of starts) {
    const end = runEnd(words, start);
    const { verb, description } = verbAfterSubject(words, end);
    if (end > start && verb >= 0) names.push({ start, end, description, afterVerb: words[verb + 1] });
  }
  // "…,” said Acme Widgets Inc." and "according to Acme Widgets Inc."
  for (let i = 1; i < words.length; i++) {
    const credit =
      (SPEECH.has(words[i - 1]) && QUOTE_MARK.test(words[i - 2] ?? "")) || (words[i - 1] === "to" && words[i - 2] === "according");
    if (!credit) continue;
    const end = runEnd(words, i);
    if (end > i && (end === words.length || /^[,.;]$/.test(words[end]))) names.push({ start: i, end });
  }
  return names;
}

/** The label the slot's name is known by, or undefined when nothing tells it. */
function labelOf(words: string[], n: SlotName, lexicons: Lexicons): SpanLabel | undefined {
  const name = words.slice(n.start, n.end);
  if (companyOnlyEnding(name)) return "ORG";
  if (n.description && COMPANY_NOUNS.has(n.description[n.description.length - 1])) return "ORG";
  if (n.afterVerb === "it" || n.afterVerb === "its") return "ORG";
  if (name.length <= 3 && name.length > 1 && name.every(isNameWord) && lexicons.givenNames.has(name[0])) return "PER";
  return undefined;
}

/** Words that open a sentence before its subject, never a name's first word ("Although Gallois said", "Meanwhile Acme said"). */
const OPENERS =
  /^(?:Although|Though|Because|Since|After|Before|Meanwhile|However|Still|Also|Now|Then|Later|Earlier|Yesterday|Today|Tonight|Separately|Instead|Even|Only|Yet|So|Thus|Indeed|Overall|Finally|Again|Once|Soon|Sister|Brother|Father|Mother|Former|Acting|Interim)$/;

/** The one organization candidate the tagger read as the name's words but its first one, which no sentence opener is ("Certified Family Mortgage Lending" read as "Family Mortgage Lending"). */
function readButFirst(candidates: readonly ActorCandidate[], sentence: number, words: string[], start: number, end: number) {
  const inside = candidates.filter((c) => c.sentence === sentence && c.start < end && start < c.end);
  const [c] = inside;
  const first = words[start];
  return inside.length === 1 &&
    c.label === "ORG" &&
    c.start === start + 1 &&
    c.end === end &&
    isNameWord(first) &&
    !OPENERS.test(first) &&
    !/ly$/.test(first)
    ? c
    : undefined;
}

/** Adds each missed speaker whose kind is told, and every other place its words are written, as candidates, in place of the tagger's readings of some of its words. */
export function speakersAsActors(
  doc: string[][],
  candidates: ActorCandidate[],
  common: (lower: string) => boolean,
  lexicons: Lexicons,
): ActorCandidate[] {
  const found = new Map<string, SpanLabel>();
  doc.forEach((words, sentence) => {
    for (const n of slotNames(words)) {
      const name = words.slice(n.start, n.end);
      if (n.end - n.start > 6 || PLACES.has(name.join(" "))) continue;
      const partly = readButFirst(candidates, sentence, words, n.start, n.end);
      if ((covered(candidates, sentence, n.start, n.end) && !partly) || knownPlace(words, n.start, n.end, lexicons)) continue;
      if (name.length === 1 && (common(name[0].toLowerCase()) || !/^\p{Lu}/u.test(name[0]))) continue;
      const label = labelOf(words, n, lexicons);
      if (label && (!partly || label === "ORG")) found.set(name.join(" "), label);
    }
  });
  if (!found.size) return candidates;
  const dropped = new Set<ActorCandidate>();
  const added: ActorCandidate[] = [];
  for (const [key, label] of found) {
    const name = key.split(" ");
    for (const [sentence, start] of positionsOf(doc, name[0]).map(positionOf)) {
      const end = start + name.length;
      const words = doc[sentence];
      if (!name.every((w, k) => words[start + k] === w)) continue;
      // the same words inside a longer run of capitals are another name
      if (isSpeakerNameWord(words[start - 1]) || isSpeakerNameWord(words[end])) continue;
      const overlapping = candidates.filter((c) => c.sentence === sentence && c.start < end && start < c.end);
      // the tagger's reading of some of the name's words ("Approved" of "Approved Home Loan Lending") gives way to the whole name
      if (overlapping.some((c) => c.start < start || c.end > end) || covered(added, sentence, start, end)) continue;
      for (const c of overlapping) dropped.add(c);
      added.push({ sentence, start, end, label, source: "propagated" });
    }
  }
  return added.length ? [...candidates.filter((c) => !dropped.has(c)), ...added] : candidates;
}
