// First-order structured averaged perceptron: per-token feature weights (one score per tag),
// tag-transition weights, Viterbi decoding with BIO constraints, deterministic training, pruning
// and the plain JSON shape the model is stored in. No I/O.
import { seededRandom } from "../../util/random.js";

/** The serialized model: feature → sparse [tagIndex, weight] pairs. */
export interface PerceptronJSON {
  tags: string[];
  /** transitions[prev][tag]; prev === tags.length is the sentence start. */
  transitions: number[][];
  weights: Record<string, Array<[number, number]>>;
}

export interface Perceptron {
  tags: string[];
  transitions: Float64Array[];
  weights: Map<string, Float64Array>;
  /** allowed[prev][tag]: BIO validity (I-X only after B-X / I-X). */
  allowed: boolean[][];
}

function bioAllowed(tags: string[]): boolean[][] {
  const rows: boolean[][] = [];
  for (let p = 0; p <= tags.length; p++) {
    rows.push(
      tags.map((t) => {
        if (!t.startsWith("I-")) return true;
        if (p === tags.length) return false;
        const prev = tags[p];
        return prev !== "O" && prev.slice(2) === t.slice(2);
      }),
    );
  }
  return rows;
}

/** The weights laid out flat: feature `names[k]`'s score for tag t at `values[k * tags + t]` (names in the JSON's order). */
export interface FlatWeights {
  names: string[];
  values: Float64Array;
}

/** The JSON's sparse weights as FlatWeights. */
export function flatWeights(json: PerceptronJSON): FlatWeights {
  const n = json.tags.length;
  const names = Object.keys(json.weights);
  const values = new Float64Array(names.length * n);
  for (let k = 0; k < names.length; k++) {
    const pairs = json.weights[names[k]];
    const at = k * n;
    for (let j = 0; j < pairs.length; j++) values[at + pairs[j][0]] = pairs[j][1];
  }
  return { names, values };
}

/** A perceptron from its tags, transition rows and flat weights (each feature's scores a view of `values`). */
export function fromFlat(tags: string[], transitions: ArrayLike<number>[], { names, values }: FlatWeights): Perceptron {
  const n = tags.length;
  const weights = new Map<string, Float64Array>();
  // every feature's scores are a view of one array: a small typed array of its own each (15,000
  // of them) took twice as long to make, at every start of a command or worker
  for (let k = 0; k < names.length; k++) weights.set(names[k], values.subarray(k * n, k * n + n));
  return { tags, transitions: transitions.map((r) => Float64Array.from(r)), weights, allowed: bioAllowed(tags) };
}

export function fromJSON(json: PerceptronJSON): Perceptron {
  return fromFlat(json.tags, json.transitions, flatWeights(json));
}

/** Weights by feature name split at its first "=": template → value → scores ("" for a name without "="). */
export type TemplateWeights = Map<string, Map<string, Float64Array>>;

/**
 * The model's weights indexed by template and value, for looking features up without naming them.
 * Made at every start of a command or worker (15,000 features): a model's names come grouped by
 * template (training's order), so the template's map is looked up again only when the template
 * changes, and no pair is made per name.
 */
export function byTemplate(weights: Map<string, Float64Array>): TemplateWeights {
  const out: TemplateWeights = new Map();
  let template: string | undefined;
  let values = new Map<string, Float64Array>();
  for (const [name, w] of weights) {
    const cut = name.indexOf("=");
    const own = cut < 0 ? name : name.slice(0, cut);
    if (own !== template) {
      template = own;
      const known = out.get(own);
      if (known) values = known;
      else out.set(own, (values = new Map()));
    }
    values.set(cut < 0 ? "" : name.slice(cut + 1), w);
  }
  return out;
}

/** Adds the weights of `features` (one score per tag) to `scores` from index `at`. */
export function addWeights(model: Perceptron, features: readonly string[], scores: Float64Array, at = 0): Float64Array {
  const n = model.tags.length;
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let t = 0; t < n; t++) scores[at + t] += w[t];
  }
  return scores;
}

/** Emission scores of each token for each tag, token i's from index i * tags. */
function emissions(model: Perceptron, feats: string[][]): Float64Array {
  const n = model.tags.length;
  const scores = new Float64Array(feats.length * n);
  feats.forEach((fs, i) => addWeights(model, fs, scores, i * n));
  return scores;
}

/** Best tag sequence (tag indices) under the model, honouring BIO constraints. */
export function viterbi(model: Perceptron, feats: string[][]): number[] {
  return decode(model, emissions(model, feats));
}

/**
 * For each tag t, the tags that may come before it (ascending), from `allowed`: one flat list,
 * tag t's from `from[t]` to `from[t + 1]` (typed arrays: the decoder's inner loop reads them per token).
 */
interface Predecessors {
  from: Int32Array;
  tags: Int32Array;
}
const predecessors = new WeakMap<boolean[][], Predecessors>();
function allowedBefore(allowed: boolean[][], n: number): Predecessors {
  let lists = predecessors.get(allowed);
  if (!lists) {
    const from = new Int32Array(n + 1);
    const tags: number[] = [];
    for (let t = 0; t < n; t++) {
      from[t] = tags.length;
      for (let p = 0; p < n; p++) if (allowed[p][t]) tags.push(p);
    }
    from[n] = tags.length;
    lists = { from, tags: Int32Array.from(tags) };
    predecessors.set(allowed, lists);
  }
  return lists;
}

/** Arrays kept from sentence to sentence (each entry decode reads, it writes first). */
let backs = new Int32Array(1024);
function backPointers(size: number): Int32Array {
  if (backs.length < size) backs = new Int32Array(Math.max(size, backs.length * 2));
  return backs;
}
let flatTransitions = new Float64Array(0);
/** The transition rows in one array, row p from p * n (copied per sentence: training changes them between sentences). */
function transitionsOf(rows: Float64Array[], n: number): Float64Array {
  if (flatTransitions.length < rows.length * n) flatTransitions = new Float64Array(rows.length * n);
  for (let p = 0; p < rows.length; p++) flatTransitions.set(rows[p].subarray(0, n), p * n);
  return flatTransitions;
}

/** Best tag sequence for emission scores already summed (token i's score for tag t at `em[i * tags + t]`). */
export function decode(model: Perceptron, em: Float64Array): number[] {
  const n = model.tags.length;
  const len = em.length / n;
  if (!len) return [];
  const { allowed } = model;
  const { from, tags: before } = allowedBefore(allowed, n);
  const transitions = transitionsOf(model.transitions, n);
  // two rows of scores (the previous token's and this one's) and every token's back pointers
  let prev = new Float64Array(n);
  let cur = new Float64Array(n);
  const back = backPointers(len * n);
  const start = n * n;
  for (let t = 0; t < n; t++) prev[t] = allowed[n][t] ? em[t] + transitions[start + t] : -Infinity;
  for (let i = 1; i < len; i++) {
    const at = i * n;
    for (let t = 0; t < n; t++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let k = from[t], end = from[t + 1]; k < end; k++) {
        const p = before[k];
        if (prev[p] === -Infinity) continue;
        const v = prev[p] + transitions[p * n + t];
        if (v > best) {
          best = v;
          bestFrom = p;
        }
      }
      cur[t] = best + em[at + t];
      back[at + t] = bestFrom;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let best = 0;
  for (let t = 1; t < n; t++) if (prev[t] > prev[best]) best = t;
  const path = new Array<number>(len);
  path[len - 1] = best;
  for (let i = len - 1; i > 0; i--) path[i - 1] = back[i * n + path[i]];
  return path;
}

export interface TrainingSentence {
  feats: string[][];
  gold: number[];
}

/** The training sentences with the features seen fewer than `minCount` times left out. */
export function pruneFeatures(data: TrainingSentence[], minCount: number): TrainingSentence[] {
  const counts = new Map<string, number>();
  for (const s of data) for (const fs of s.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= minCount;
  return data.map((s) => ({ feats: s.feats.map((fs) => fs.filter(keep)), gold: s.gold }));
}

/** An empty model over `tags`: no weights, zero transitions (row tags.length is the sentence start). */
export function emptyModel(tags: string[]): Perceptron {
  const n = tags.length;
  return { tags, transitions: Array.from({ length: n + 1 }, () => new Float64Array(n)), weights: new Map(), allowed: bioAllowed(tags) };
}

/**
 * The model's weights with their running averages: each update first adds the weight times the
 * time since the last update to the total (lazy averaging), and `average` writes totals / time.
 */
export class AveragedPerceptron {
  /** Training steps so far (one per sentence). */
  time = 0;
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private readonly transTotals: Float64Array[];
  private readonly transStamps: Float64Array[];

  constructor(readonly model: Perceptron) {
    const n = model.tags.length;
    this.transTotals = Array.from({ length: n + 1 }, () => new Float64Array(n));
    this.transStamps = Array.from({ length: n + 1 }, () => new Float64Array(n));
  }

  /** Adds `delta` to feature `f`'s weight for tag `t`. */
  update(f: string, t: number, delta: number): void {
    const n = this.model.tags.length;
    let w = this.model.weights.get(f);
    if (!w) {
      w = new Float64Array(n);
      this.model.weights.set(f, w);
      this.totals.set(f, new Float64Array(n));
      this.stamps.set(f, new Float64Array(n));
    }
    const tot = this.totals.get(f)!;
    const st = this.stamps.get(f)!;
    tot[t] += (this.time - st[t]) * w[t];
    st[t] = this.time;
    w[t] += delta;
  }

  /** Adds `delta` to the weight of going from tag `p` to tag `t`. */
  updateTransition(p: number, t: number, delta: number): void {
    const transitions = this.model.transitions;
    this.transTotals[p][t] += (this.time - this.transStamps[p][t]) * transitions[p][t];
    this.transStamps[p][t] = this.time;
    transitions[p][t] += delta;
  }

  /** Replaces every weight by its average over the training steps; returns the model. */
  average(): Perceptron {
    const { model, time } = this;
    const n = model.tags.length;
    for (const [f, w] of model.weights) {
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      for (let t = 0; t < n; t++) w[t] = (tot[t] + (time - st[t]) * w[t]) / time;
    }
    for (let p = 0; p <= n; p++)
      for (let t = 0; t < n; t++)
        model.transitions[p][t] = (this.transTotals[p][t] + (time - this.transStamps[p][t]) * model.transitions[p][t]) / time;
    return model;
  }
}

/** Shuffles `order` in place (Fisher–Yates with `random`). */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** One perceptron step on a sentence: decode it, and move weights towards its gold tags. Returns the tokens tagged wrong. */
export function learnSentence(learner: AveragedPerceptron, s: TrainingSentence): number {
  const n = learner.model.tags.length;
  learner.time++;
  const guess = viterbi(learner.model, s.feats);
  let errors = 0;
  for (let i = 0; i < guess.length; i++) {
    const gold = s.gold[i];
    const guessed = guess[i];
    const goldBefore = i === 0 ? n : s.gold[i - 1];
    const guessedBefore = i === 0 ? n : guess[i - 1];
    if (gold !== guessed) {
      errors++;
      for (const f of s.feats[i]) {
        learner.update(f, gold, 1);
        learner.update(f, guessed, -1);
      }
    }
    if (gold !== guessed || goldBefore !== guessedBefore) {
      learner.updateTransition(goldBefore, gold, 1);
      learner.updateTransition(guessedBefore, guessed, -1);
    }
  }
  return errors;
}

/**
 * Trains an averaged structured perceptron. Features seen fewer than `minCount` times are ignored.
 * Deterministic for a given input order and seed.
 */
export function train(
  tags: string[],
  data: TrainingSentence[],
  opts: { epochs: number; seed?: number; minCount?: number; log?: (msg: string) => void },
): Perceptron {
  const sentences = pruneFeatures(data, opts.minCount ?? 1);
  const learner = new AveragedPerceptron(emptyModel(tags));
  const random = seededRandom(opts.seed ?? 1);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let total = 0;
    for (const index of order) {
      errors += learnSentence(learner, sentences[index]);
      total += sentences[index].feats.length;
    }
    opts.log?.(`epoch ${epoch + 1}: token error ${((100 * errors) / Math.max(1, total)).toFixed(2)}%`);
  }
  return learner.average();
}

/** JSON form, dropping weights smaller than `minWeight` and rounding to `digits` decimals. */
export function toJSON(model: Perceptron, minWeight = 0, digits = 3): PerceptronJSON {
  const round = (x: number) => Number(x.toFixed(digits));
  const weights: Record<string, Array<[number, number]>> = {};
  for (const f of [...model.weights.keys()].sort()) {
    const w = model.weights.get(f)!;
    const pairs: Array<[number, number]> = [];
    for (let t = 0; t < w.length; t++) if (Math.abs(w[t]) >= minWeight && round(w[t]) !== 0) pairs.push([t, round(w[t])]);
    if (pairs.length) weights[f] = pairs;
  }
  return { tags: model.tags, transitions: model.transitions.map((r) => Array.from(r, round)), weights };
}
