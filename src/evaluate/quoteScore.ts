// Scores quotes found against hand labels (quoteLabels.ts's format). Quotes in quotation marks
// (`direct`, `partial`) and reported speech (`indirect`) are matched apart, one to one, by span
// overlap (the largest overlap first); an optional label neither counts as missed nor makes a
// quote that overlaps it a false one. On matched quotes: whether ours has a speaker actor, the speaker
// as written (an actor or not: "witnesses said"), and,
// where the label names one, whether ours is that person or organization (by name or alias,
// a surname alone only when no other labelled speaker of the article shares it, or a name cut
// short after two words or more). Pure.
import type { QuoteKind } from "../extract/types.js";

export interface GoldQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  /** The speaker's name, or several names that are all right ("Cuba", "Cuban government"), or null for nobody named. */
  speaker: string | string[] | null;
  optional?: boolean;
}

export interface FoundQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  /** The speaker actor's name and aliases, empty when the quote has no speaker actor. */
  speakerNames: string[];
  speakerText?: string;
}

export interface PRF {
  correct: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpeakerScore {
  matched: number;
  /** Matched quotes whose label names a speaker, and those where ours is that speaker. */
  named: number;
  right: number;
  /** Matched quotes where ours gives a speaker actor. */
  withSpeaker: number;
  /** Matched quotes where ours gives the speaker as written (`speakerText`), an actor or not. */
  withText: number;
}

export interface QuoteErrors {
  missed: GoldQuote[];
  falseAlarms: FoundQuote[];
  wrongSpeaker: Array<{ gold: GoldQuote; found: FoundQuote }>;
  wrongKind: Array<{ gold: GoldQuote; found: FoundQuote }>;
}

export interface QuoteScore {
  /** Quotes in quotation marks, their kind aside. */
  quoted: PRF;
  /** By kind: a match counts only where both kinds agree. */
  direct: PRF;
  partial: PRF;
  indirect: PRF;
  /** Speakers on the matched quotes, by the label's kind and in all. */
  speakers: Record<QuoteKind | "all", SpeakerScore>;
}

const QUOTED: ReadonlySet<QuoteKind> = new Set(["direct", "partial"]);
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|rev|the|president|sen|rep|gov|gen|judge|sister|cardinal|bishop)\.?\s+/;

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(HONORIFIC, "")
    .replace(HONORIFIC, "")
    .split(/[\s,]+/)
    .filter(Boolean);

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export const prf = (correct: number, predicted: number, gold: number): PRF => {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { correct, predicted, gold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Gold and found quotes paired by overlap, the largest first, each used once. */
export function pairQuotes<G extends { start: number; end: number }, F extends { start: number; end: number }>(
  gold: readonly G[],
  found: readonly F[],
): Array<[G, F]> {
  const candidates = gold.flatMap((g) => found.map((f) => [g, f, overlap(g, f)] as const)).filter(([, , o]) => o > 0);
  candidates.sort((a, b) => b[2] - a[2]);
  const usedGold = new Set<G>();
  const usedFound = new Set<F>();
  const pairs: Array<[G, F]> = [];
  for (const [g, f] of candidates) {
    if (usedGold.has(g) || usedFound.has(f)) continue;
    usedGold.add(g);
    usedFound.add(f);
    pairs.push([g, f]);
  }
  return pairs;
}

const namesOf = (g: GoldQuote) => (g.speaker === null ? [] : Array.isArray(g.speaker) ? g.speaker : [g.speaker]);

/**
 * Whether a found speaker (its names) is the labelled one: the same words, or one name the other's
 * last words ("Meissner" for "Doris Meissner") where no other labelled speaker of the article
 * (`surnames`: each last word's full names) ends so.
 */
export function sameSpeaker(
  gold: readonly string[],
  found: readonly string[],
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  for (const g of gold.map(words)) {
    for (const f of found.map(words)) {
      if (!g.length || !f.length) continue;
      if (g.join(" ") === f.join(" ")) return true;
      const [short, long] = g.length < f.length ? [g, f] : [f, g];
      const tail = long.slice(long.length - short.length).join(" ");
      const last = long[long.length - 1];
      if (tail === short.join(" ") && (surnames.get(last)?.size ?? 0) <= 1) return true;
      // a name cut short at its end ("Ahmed Maher" for "Ahmed Maher el-Sayed"): its first two words or more
      if (short.length >= 2 && long.slice(0, short.length).join(" ") === short.join(" ")) return true;
    }
  }
  return false;
}

/** Each last word of the article's labelled speakers, with the full names ending in it. */
export function surnamesOf(gold: readonly GoldQuote[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const g of gold) {
    const full = namesOf(g)
      .map(words)
      .filter((w) => w.length > 1);
    for (const w of full) {
      const key = w[w.length - 1];
      (out.get(key) ?? out.set(key, new Set()).get(key)!).add(w.join(" "));
    }
  }
  return out;
}

export function emptyQuoteScore(): QuoteScore & { counts: Record<string, number[]> } {
  const speaker = (): SpeakerScore => ({ matched: 0, named: 0, right: 0, withSpeaker: 0, withText: 0 });
  return {
    quoted: prf(0, 0, 0),
    direct: prf(0, 0, 0),
    partial: prf(0, 0, 0),
    indirect: prf(0, 0, 0),
    speakers: { direct: speaker(), partial: speaker(), indirect: speaker(), all: speaker() },
    // [correct, predicted, gold] per family, summed over articles
    counts: { quoted: [0, 0, 0], direct: [0, 0, 0], partial: [0, 0, 0], indirect: [0, 0, 0] },
  };
}

/** Matches one family of quotes (quoted or indirect) and counts what it gives; optional labels left out. */
function matchFamily(gold: readonly GoldQuote[], found: readonly FoundQuote[]) {
  const pairs = pairQuotes(gold, found);
  const required = pairs.filter(([g]) => !g.optional);
  const onOptional = new Set(pairs.filter(([g]) => g.optional).map(([, f]) => f));
  const matchedFound = new Set(pairs.map(([, f]) => f));
  const matchedGold = new Set(pairs.map(([g]) => g));
  return {
    required,
    predicted: found.filter((f) => !onOptional.has(f)),
    missed: gold.filter((g) => !g.optional && !matchedGold.has(g)),
    falseAlarms: found.filter((f) => !matchedFound.has(f)),
  };
}

/** Adds one article's labels and found quotes to `score`; returns its errors. */
export function addQuoteArticle(
  score: ReturnType<typeof emptyQuoteScore>,
  gold: readonly GoldQuote[],
  found: readonly FoundQuote[],
): QuoteErrors {
  const surnames = surnamesOf(gold);
  const errors: QuoteErrors = { missed: [], falseAlarms: [], wrongSpeaker: [], wrongKind: [] };
  // quotes that met an optional label count in no row
  const ignored = new Set<FoundQuote>();
  for (const family of ["quoted", "indirect"] as const) {
    const inFamily = (k: QuoteKind) => (family === "quoted" ? QUOTED.has(k) : k === "indirect");
    const m = matchFamily(
      gold.filter((g) => inFamily(g.kind)),
      found.filter((f) => inFamily(f.kind)),
    );
    const c = score.counts[family];
    c[0] += m.required.length;
    c[1] += m.predicted.length;
    c[2] += gold.filter((g) => inFamily(g.kind) && !g.optional).length;
    for (const f of found) if (inFamily(f.kind) && !m.predicted.includes(f)) ignored.add(f);
    errors.missed.push(...m.missed);
    errors.falseAlarms.push(...m.falseAlarms);
    for (const [g, f] of m.required) {
      for (const s of [score.speakers[g.kind], score.speakers.all]) {
        s.matched++;
        if (f.speakerNames.length) s.withSpeaker++;
        if (f.speakerText) s.withText++;
        if (namesOf(g).length) {
          s.named++;
          if (sameSpeaker(namesOf(g), f.speakerNames, surnames)) s.right++;
        }
      }
      if (namesOf(g).length && !sameSpeaker(namesOf(g), f.speakerNames, surnames)) errors.wrongSpeaker.push({ gold: g, found: f });
      if (g.kind !== f.kind) errors.wrongKind.push({ gold: g, found: f });
    }
  }
  for (const kind of ["direct", "partial"] as const) {
    const m = matchFamily(
      gold.filter((g) => g.kind === kind),
      found.filter((f) => f.kind === kind && !ignored.has(f)),
    );
    const c = score.counts[kind];
    c[0] += m.required.length;
    c[1] += m.predicted.length;
    c[2] += gold.filter((g) => g.kind === kind && !g.optional).length;
  }
  for (const key of ["quoted", "direct", "partial", "indirect"] as const) {
    const [correct, predicted, all] = score.counts[key];
    score[key] = prf(correct, predicted, all);
  }
  return errors;
}
