// Overlap scoring of predicted spans against gold spans, as ../shared/README.md describes:
// a prediction is correct when it overlaps a gold span of its kind; recall counts gold mentions
// that hold a capital letter and are not pronouns (dates and figures: every gold mention).
import type { GoldDocument, GoldEntity } from "./re3d.js";

export type Kind = "actors" | "dates" | "figures";

export const GOLD_TYPES: Record<Kind, string[]> = {
  actors: ["Person", "Organisation", "Location", "Nationality"],
  dates: ["Temporal"],
  figures: ["Money", "Quantity"],
};

const PRONOUNS = new Set(
  "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those who whom which what itself himself herself themselves ourselves".split(
    " ",
  ),
);

export interface PredictedSpan {
  start: number;
  end: number;
}

export interface Score {
  tp: number;
  predicted: number;
  goldCounted: number;
  goldFound: number;
  precision: number;
  recall: number;
  f1: number;
}

const overlaps = (a: { start: number; end: number }, b: GoldEntity) => a.start < b.end && b.begin < a.end;

/** Whether a gold mention counts towards recall for this kind. */
export function countsForRecall(kind: Kind, gold: GoldEntity): boolean {
  if (kind !== "actors") return true;
  return /[A-Z]/.test(gold.value) && !PRONOUNS.has(gold.value.trim().toLowerCase());
}

export function emptyScore(): Score {
  return { tp: 0, predicted: 0, goldCounted: 0, goldFound: 0, precision: 0, recall: 0, f1: 0 };
}

/** Adds one document's counts to `score` (mutates and returns it). */
export function addDocument(score: Score, kind: Kind, doc: GoldDocument, predicted: PredictedSpan[]): Score {
  const gold = doc.entities.filter((e) => GOLD_TYPES[kind].includes(e.type));
  score.predicted += predicted.length;
  score.tp += predicted.filter((p) => gold.some((g) => overlaps(p, g))).length;
  const counted = gold.filter((g) => countsForRecall(kind, g));
  // the same gold span can appear once per type: count each span once
  const unique = new Map(counted.map((g) => [`${g.begin}:${g.end}`, g]));
  score.goldCounted += unique.size;
  score.goldFound += [...unique.values()].filter((g) => predicted.some((p) => overlaps(p, g))).length;
  return finish(score);
}

export function finish(score: Score): Score {
  score.precision = score.predicted ? score.tp / score.predicted : 0;
  score.recall = score.goldCounted ? score.goldFound / score.goldCounted : 0;
  score.f1 = score.precision + score.recall ? (2 * score.precision * score.recall) / (score.precision + score.recall) : 0;
  return score;
}

/** Scores a predictor over documents for every kind. */
export function scoreCorpus(docs: GoldDocument[], predict: (doc: GoldDocument) => Record<Kind, PredictedSpan[]>): Record<Kind, Score> {
  const scores: Record<Kind, Score> = { actors: emptyScore(), dates: emptyScore(), figures: emptyScore() };
  for (const doc of docs) {
    const predicted = predict(doc);
    for (const kind of Object.keys(scores) as Kind[]) addDocument(scores[kind], kind, doc, predicted[kind]);
  }
  return scores;
}

/** Our actor types for re3d's: a nationality is a mention of its place. */
const TYPE_OF_GOLD: Record<string, string> = { Person: "person", Organisation: "organization", Location: "place", Nationality: "place" };

export interface TypeAgreement {
  matched: number;
  agree: number;
  share: number;
}

/**
 * The share of matched actor mentions (a prediction overlapping a gold actor span) whose type agrees
 * with a gold type of a span it overlaps.
 */
export function typeAgreement(
  docs: GoldDocument[],
  predict: (doc: GoldDocument) => Array<PredictedSpan & { type: string }>,
): TypeAgreement {
  let matched = 0;
  let agree = 0;
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => GOLD_TYPES.actors.includes(e.type));
    for (const p of predict(doc)) {
      const over = gold.filter((g) => overlaps(p, g));
      if (!over.length) continue;
      matched++;
      if (over.some((g) => TYPE_OF_GOLD[g.type] === p.type)) agree++;
    }
  }
  return { matched, agree, share: matched ? agree / matched : 0 };
}
