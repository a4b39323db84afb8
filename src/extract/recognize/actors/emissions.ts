// The tagger's emission scores: each token's score for each tag, the weights of its features summed
// in the order visitFeatures (features.ts) names them, as training sums them, so that the scores
// are the same to the last bit. What depends on a word alone (its lower case, shape, affixes,
// frequency band, given name or not) and the weights those features have are looked up once per
// word and model, and kept; a token then costs one look-up of its word and a few of what depends on
// its neighbours (the shape trigram, gazetteer and place labels, the document's lower-case words).
// Pure apart from that memo.
import { caseView, isCap, isUpperWord, OPENERS, shape, type FeatureContext } from "./features.js";
import { gazetteerLabels } from "./gazetteer.js";
import { placeLabels } from "./lexicons.js";
import type { TemplateWeights } from "./perceptron.js";

type Weights = Float64Array | undefined;

/** The weights of the features that depend on one word as the tagger reads it. */
interface WordWeights {
  lower: string;
  shape: string;
  cap: boolean;
  upper: boolean;
  given: boolean;
  /**
   * The sum a token of this word starts with: the weights of b, then of the word's own w, s, p3, x3
   * and x2, added in that order (the first features visitFeatures names, so the same sum).
   */
  start: Float64Array;
  /** The word as a neighbour: w-1, w+1, w-2, w+2, s-1, s+1 (the weights of e.g. "w-1=<this word>"). */
  prev1: Weights;
  next1: Weights;
  prev2: Weights;
  next2: Weights;
  shapePrev: Weights;
  shapeNext: Weights;
  firstShape: Weights;
  /** wf and wf|first of the word's frequency band. */
  band: Weights;
  bandFirst: Weights;
}

/** The weights of one model by template, and the memo of its words (read with `lexicons`). */
interface ModelWeights {
  tags: number;
  lexicons: FeatureContext["lexicons"];
  of: (template: string) => Map<string, Float64Array>;
  /** Features without a value ("b", "cmn"), and the sentence-edge values ("w-1=<s>"). */
  fixed: Record<(typeof FIXED)[number], Weights>;
  words: Map<string, WordWeights>;
  /** Where the next words' opening sums go (scoreRow). */
  rows: Float64Array;
  rowsUsed: number;
}

const FIXED = [
  "b",
  "cmn",
  "cmn|first",
  "doclc",
  "doclc|first",
  "rare",
  "rare|first",
  "gn",
  "gn|cap+1",
  "gn-1",
  "capsrun",
  "allcaps",
  "w-1=<s>",
  "w+1=</s>",
  "w-2=<s>",
  "w+2=</s>",
  "s-1=<s>",
  "s+1=</s>",
] as const;

/** Past this many words the memo starts again (a bound on memory over a very long run). */
const MAX_WORDS = 200_000;

const memo = new WeakMap<TemplateWeights, ModelWeights>();
const NONE = new Map<string, Float64Array>();

function modelWeights(templates: TemplateWeights, tags: number, lexicons: FeatureContext["lexicons"]): ModelWeights {
  let m = memo.get(templates);
  if (m?.lexicons === lexicons && m.tags === tags) return m;
  const of = (template: string) => templates.get(template) ?? NONE;
  const fixed = {} as ModelWeights["fixed"];
  for (const name of FIXED) {
    const cut = name.indexOf("=");
    fixed[name] = cut < 0 ? of(name).get("") : of(name.slice(0, cut)).get(name.slice(cut + 1));
  }
  m = { tags, lexicons, of, fixed, words: new Map(), rows: new Float64Array(0), rowsUsed: ROWS_AT_ONCE };
  memo.set(templates, m);
  return m;
}

/** Adds the weights `w` (when there are any) to the `tags` scores of `out` from `at`. */
function addInto(out: Float64Array, at: number, w: Weights, tags: number): void {
  if (w) for (let t = 0; t < tags; t++) out[at + t] += w[t];
}

/** Words' opening sums are views of arrays made this many at a time (a small typed array each costs more). */
const ROWS_AT_ONCE = 1024;

/** A fresh row of zeros for one word's opening sum. */
function scoreRow(m: ModelWeights): Float64Array {
  if (m.rowsUsed === ROWS_AT_ONCE) {
    m.rows = new Float64Array(ROWS_AT_ONCE * m.tags);
    m.rowsUsed = 0;
  }
  const at = m.rowsUsed++ * m.tags;
  return m.rows.subarray(at, at + m.tags);
}

function wordWeights(m: ModelWeights, w: string, ctx: FeatureContext): WordWeights {
  let r = m.words.get(w);
  if (r) return r;
  const lw = w.toLowerCase();
  const s = shape(w);
  const start = scoreRow(m);
  addInto(start, 0, m.fixed.b, m.tags);
  for (const [template, value] of [
    ["w", lw],
    ["s", s],
    ["p3", lw.slice(0, 3)],
    ["x3", lw.slice(-3)],
    ["x2", lw.slice(-2)],
  ])
    addInto(start, 0, m.of(template).get(value), m.tags);
  const band = String(ctx.lexicons.commonWords.get(lw) ?? "-");
  r = {
    lower: lw,
    shape: s,
    cap: isCap(w),
    upper: isUpperWord(w),
    given: ctx.lexicons.givenNames.has(w),
    start,
    prev1: m.of("w-1").get(lw),
    next1: m.of("w+1").get(lw),
    prev2: m.of("w-2").get(lw),
    next2: m.of("w+2").get(lw),
    shapePrev: m.of("s-1").get(s),
    shapeNext: m.of("s+1").get(s),
    firstShape: m.of("first|s").get(s),
    band: m.of("wf").get(band),
    bandFirst: m.of("wf|first").get(band),
  };
  if (m.words.size >= MAX_WORDS) m.words.clear();
  m.words.set(w, r);
  return r;
}

/**
 * Each token's score for each tag (`tags` of them) under the weights `templates`, token i's from
 * index i * tags: the same sums as adding the weights of sentenceFeatures' names one by one, in order.
 */
export function emissionScores(templates: TemplateWeights, tags: number, written: string[], ctx: FeatureContext): Float64Array {
  const m = modelWeights(templates, tags, ctx.lexicons);
  const { fixed } = m;
  const { view: words, caps } = caseView(written);
  const n = words.length;
  const recs = words.map((w) => wordWeights(m, w, ctx));
  const gaz = gazetteerLabels(words);
  const places = placeLabels(words, ctx.lexicons.places);
  const [trigram, g, gPrev, gNext, pl, plPrev, plNext] = ["s-1s+1", "g", "g-1", "g+1", "pl", "pl-1", "pl+1"].map(m.of);
  const out = new Float64Array(n * tags);
  for (let i = 0; i < n; i++) {
    const at = i * tags;
    const r = recs[i];
    const before = i > 0 ? recs[i - 1] : undefined;
    const after = i + 1 < n ? recs[i + 1] : undefined;
    out.set(r.start, at);
    addInto(out, at, before ? before.prev1 : fixed["w-1=<s>"], tags);
    addInto(out, at, after ? after.next1 : fixed["w+1=</s>"], tags);
    addInto(out, at, i > 1 ? recs[i - 2].prev2 : fixed["w-2=<s>"], tags);
    addInto(out, at, i + 2 < n ? recs[i + 2].next2 : fixed["w+2=</s>"], tags);
    addInto(out, at, before ? before.shapePrev : fixed["s-1=<s>"], tags);
    addInto(out, at, after ? after.shapeNext : fixed["s+1=</s>"], tags);
    addInto(out, at, trigram.get((before ? before.shape : "<s>") + "|" + r.shape + "|" + (after ? after.shape : "</s>")), tags);
    addInto(out, at, g.get(gaz[i] || "-"), tags);
    addInto(out, at, gPrev.get(i > 0 ? gaz[i - 1] || "-" : "<s>"), tags);
    addInto(out, at, gNext.get(i + 1 < n ? gaz[i + 1] || "-" : "</s>"), tags);
    if (places[i]) addInto(out, at, pl.get(places[i]), tags);
    if (places[i - 1]) addInto(out, at, plPrev.get(places[i - 1]), tags);
    if (places[i + 1]) addInto(out, at, plNext.get(places[i + 1]), tags);
    const first = i === 0 || OPENERS.has(words[i - 1]);
    if (first) addInto(out, at, r.firstShape, tags);
    if (r.cap) {
      const common = ctx.commonLower.has(r.lower);
      const inDoc = ctx.docLower.has(r.lower);
      if (common) addInto(out, at, first ? fixed["cmn|first"] : fixed.cmn, tags);
      if (inDoc) addInto(out, at, first ? fixed["doclc|first"] : fixed.doclc, tags);
      if (!common && !inDoc) addInto(out, at, first ? fixed["rare|first"] : fixed.rare, tags);
      addInto(out, at, first ? r.bandFirst : r.band, tags);
      if (r.given) addInto(out, at, after?.cap ? fixed["gn|cap+1"] : fixed.gn, tags);
      if (before?.given) addInto(out, at, fixed["gn-1"], tags);
    }
    if (caps[i]) addInto(out, at, fixed.capsrun, tags);
    else if (r.upper) addInto(out, at, fixed.allcaps, tags);
  }
  return out;
}
