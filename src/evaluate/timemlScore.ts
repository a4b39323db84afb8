// Scores predicted temporal expressions against TimeML gold, TempEval-3 style, for DATE and TIME:
// - relaxed (any overlap) and strict (exact span) precision, recall and F1. The gold side is the
//   DATE+TIME timexes, the predicted side our `date`+`time` mentions; a predicted date that
//   overlaps only a gold DURATION or SET is a false alarm here (and a type error below);
// - value accuracy: of the gold DATE/TIME timexes a predicted date/time overlaps, the share whose
//   value is exactly the gold TIMEX3 value (the prediction overlapping it most is the one compared;
//   a week written with one digit, "2000-W7", is the ISO week "2000-W07");
// - type accuracy: of all gold timexes (any type) a prediction overlaps, the share where the
//   prediction's type is the gold type;
// - for reference, relaxed P/R/F1 over all types (every prediction against every timex).
// Pure: counts in, counts out; `addTimeMLDocument` adds one document to running totals.
import type { GoldTimex } from "./timeml.js";

export type PredictedType = "date" | "time" | "duration" | "set";

export interface PredictedTimex {
  start: number;
  end: number;
  type: PredictedType;
  value: string | null;
}

export interface PRF {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TimeMLScore {
  relaxed: PRF;
  strict: PRF;
  /** Relaxed, every type on both sides. */
  allTypes: PRF;
  value: { matched: number; correct: number; accuracy: number };
  type: { matched: number; correct: number; accuracy: number };
}

/** Per-document findings for error listings. */
export interface TimeMLErrors {
  misses: GoldTimex[];
  falseAlarms: PredictedTimex[];
  wrongValues: Array<{ gold: GoldTimex; predicted: PredictedTimex }>;
  wrongTypes: Array<{ gold: GoldTimex; predicted: PredictedTimex }>;
}

const emptyPRF = (): PRF => ({ predicted: 0, correct: 0, gold: 0, found: 0, precision: 0, recall: 0, f1: 0 });

/** ISO 8601 writes weeks with two digits ("2000-W07"); some TimeML gold writes "2000-W7": the same week. */
const paddedWeek = (value: string) => value.replace(/-W(\d)(?!\d)/, "-W0$1");
function sameValue(predicted: string, gold: string): boolean {
  return predicted === gold || paddedWeek(predicted) === paddedWeek(gold);
}

export function emptyTimeMLScore(): TimeMLScore {
  return {
    relaxed: emptyPRF(),
    strict: emptyPRF(),
    allTypes: emptyPRF(),
    value: { matched: 0, correct: 0, accuracy: 0 },
    type: { matched: 0, correct: 0, accuracy: 0 },
  };
}

const isPoint = (g: GoldTimex) => g.type === "DATE" || g.type === "TIME";
const isPredictedPoint = (p: PredictedTimex) => p.type === "date" || p.type === "time";
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => overlap(a, b) > 0;
const same = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;

function count(prf: PRF, gold: GoldTimex[], predicted: PredictedTimex[], match: (p: PredictedTimex, g: GoldTimex) => boolean): void {
  prf.predicted += predicted.length;
  prf.correct += predicted.filter((p) => gold.some((g) => match(p, g))).length;
  prf.gold += gold.length;
  prf.found += gold.filter((g) => predicted.some((p) => match(p, g))).length;
}

function finishPRF(prf: PRF): void {
  prf.precision = prf.predicted ? prf.correct / prf.predicted : 0;
  prf.recall = prf.gold ? prf.found / prf.gold : 0;
  prf.f1 = prf.precision + prf.recall ? (2 * prf.precision * prf.recall) / (prf.precision + prf.recall) : 0;
}

/** The prediction overlapping `g` most, among `predicted`, or undefined. */
function bestMatch(g: GoldTimex, predicted: PredictedTimex[]): PredictedTimex | undefined {
  let best: PredictedTimex | undefined;
  for (const p of predicted) if (overlaps(p, g) && (!best || overlap(p, g) > overlap(best, g))) best = p;
  return best;
}

/** Adds one document to `score` (mutates and returns it) and returns its errors. */
export function addTimeMLDocument(score: TimeMLScore, gold: GoldTimex[], predicted: PredictedTimex[]): TimeMLErrors {
  const goldPoints = gold.filter(isPoint);
  const predictedPoints = predicted.filter(isPredictedPoint);
  count(score.relaxed, goldPoints, predictedPoints, overlaps);
  count(score.strict, goldPoints, predictedPoints, same);
  count(score.allTypes, gold, predicted, overlaps);
  const errors: TimeMLErrors = { misses: [], falseAlarms: [], wrongValues: [], wrongTypes: [] };
  for (const g of goldPoints) {
    const p = bestMatch(g, predictedPoints);
    if (!p) {
      errors.misses.push(g);
      continue;
    }
    score.value.matched++;
    if (p.value !== null && g.value !== null && sameValue(p.value, g.value)) score.value.correct++;
    else errors.wrongValues.push({ gold: g, predicted: p });
  }
  for (const g of gold) {
    const p = bestMatch(g, predicted);
    if (!p) continue;
    score.type.matched++;
    if (p.type.toUpperCase() === g.type) score.type.correct++;
    else errors.wrongTypes.push({ gold: g, predicted: p });
  }
  errors.falseAlarms = predictedPoints.filter((p) => !goldPoints.some((g) => overlaps(p, g)));
  finishTimeMLScore(score);
  return errors;
}

export function finishTimeMLScore(score: TimeMLScore): TimeMLScore {
  finishPRF(score.relaxed);
  finishPRF(score.strict);
  finishPRF(score.allTypes);
  score.value.accuracy = score.value.matched ? score.value.correct / score.value.matched : 0;
  score.type.accuracy = score.type.matched ? score.type.correct / score.type.matched : 0;
  return score;
}
