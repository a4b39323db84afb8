// The tagger's emission scores: each token's score for each tag, the weights of its features summed
// in the order visitFeatures (features.ts) names them, as training sums them, so that the scores
// are the same to the last bit. What depends on a word alone (its lower case, shape, affixes,
// frequency band, given name or not) and the weights those features have are looked up once per
// word and model, and kept; a token then costs one look-up of its word and a few of what depends on
// its neighbours (the shape trigram, gazetteer and place labels, the document's lower-case words).
// Pure apart from that memo.
import { caseView, isCap, isUpperWord, OPENERS, shape, type CaseView, type FeatureContext } from "./features.js";
import { gazetteerLabels } from "./gazetteer.js";
import { placeLabels } from "./lexicons.js";
import type { TemplateWeights } from "./perceptron.js";

type Weights = Float64Array | undefined;

/** The weights of the features that depend on one word as the tagger reads it. */
interface WordWeights {
  lower: string;
  shape: string;
  /** The shape has a "|" (the word has one): its trigram is looked up by the joined name. */
  shapeBar: boolean;
  cap: boolean;
  upper: boolean;
  /** Its lower case is one of the model's common lower-case words (commonLower). */
  common: boolean;
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

/** The weights of one model by template, and the memo of its words (read with `lexicons` and `commonLower`). */
interface ModelWeights {
  tags: number;
  lexicons: FeatureContext["lexicons"];
  commonLower: FeatureContext["commonLower"];
  /** Features without a value ("b", "cmn"), and the sentence-edge values ("w-1=<s>"). */
  fixed: Record<(typeof FIXED)[number], Weights>;
  words: Map<string, WordWeights>;
  /** Where the next words' opening sums go (scoreRow). */
  rows: Float64Array;
  rowsUsed: number;
  /** The shape trigram's weights by the three shapes in turn ("Xx" → "x" → "Xx"), not by a joined name made per token. */
  trigrams: Map<string, Map<string, Map<string, Float64Array>>>;
  /** The weights of each template the scores read (TEMPLATES), found once per model, not per word or sentence. */
  own: Record<(typeof TEMPLATES)[number], Map<string, Float64Array>>;
}

/** The templates with values: those of one word's features (WordWeights), then those that depend on its neighbours. */
const TEMPLATES = [
  ...["w", "s", "p3", "x3", "x2", "w-1", "w+1", "w-2", "w+2", "s-1", "s+1", "first|s", "wf", "wf|first"],
  ...["s-1s+1", "g", "g-1", "g+1", "pl", "pl-1", "pl+1"],
] as const;

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

function modelWeights(templates: TemplateWeights, tags: number, ctx: FeatureContext): ModelWeights {
  const { lexicons, commonLower } = ctx;
  let m = memo.get(templates);
  if (m?.lexicons === lexicons && m.commonLower === commonLower && m.tags === tags) return m;
  const of = (template: string) => templates.get(template) ?? NONE;
  const fixed = {} as ModelWeights["fixed"];
  for (const name of FIXED) {
    const cut = name.indexOf("=");
    fixed[name] = cut < 0 ? of(name).get("") : of(name.slice(0, cut)).get(name.slice(cut + 1));
  }
  const trigrams = nestedTrigrams(of("s-1s+1"));
  const own = {} as ModelWeights["own"];
  for (const template of TEMPLATES) own[template] = of(template);
  m = { tags, lexicons, commonLower, fixed, words: new Map(), rows: new Float64Array(0), rowsUsed: ROWS_AT_ONCE, trigrams, own };
  memo.set(templates, m);
  return m;
}

/**
 * The trigram weights "a|b|c" as a → b → c. A shape with a "|" of its own (a word with one) is
 * looked up by the joined name instead (shapeTrigram), so names with more bars are left out here.
 */
function nestedTrigrams(flat: Map<string, Float64Array>): ModelWeights["trigrams"] {
  const out: ModelWeights["trigrams"] = new Map();
  for (const [name, w] of flat) {
    const parts = name.split("|");
    if (parts.length !== 3) continue;
    let second = out.get(parts[0]);
    if (!second) out.set(parts[0], (second = new Map()));
    let third = second.get(parts[1]);
    if (!third) second.set(parts[1], (third = new Map()));
    third.set(parts[2], w);
  }
  return out;
}

/** The weights of the shape trigram of `r` between `before` and `after`: those of the name "before|this|after". */
function shapeTrigram(m: ModelWeights, flat: Map<string, Float64Array>, before: Word, r: WordWeights, after: Word): Weights {
  const b = before ? before.shape : "<s>";
  const a = after ? after.shape : "</s>";
  if (r.shapeBar || before?.shapeBar || after?.shapeBar) return flat.get(b + "|" + r.shape + "|" + a);
  return m.trigrams.get(b)?.get(r.shape)?.get(a);
}
type Word = WordWeights | undefined;

/** Adds the weights `w` (when there are any) to the `tags` scores of `out` from `at`. */
function addInto(out: Float64Array, at: number, w: Weights, tags: number): void {
  if (w) for (let t = 0; t < tags; t++) out[at + t] += w[t];
}

/**
 * One token's row of scores: the weights it adds, gathered in order, then summed tag by tag from
 * its opening sum. Each tag's sum takes the same additions in the same order as adding one weight
 * vector after another into the row (so the same sums, to the last bit), in a register.
 */
class RowSum {
  private readonly weights: Float64Array[] = [];
  private count = 0;

  add(w: Weights): void {
    if (w) this.weights[this.count++] = w;
  }

  /** Writes the row (`start` plus the weights added) to `out` from `at`, and starts a new one. */
  into(out: Float64Array, at: number, start: Float64Array, tags: number): void {
    const { weights, count } = this;
    for (let t = 0; t < tags; t++) {
      let s = start[t];
      for (let k = 0; k < count; k++) s += weights[k][t];
      out[at + t] = s;
    }
    this.count = 0;
  }
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
  const { own, tags } = m;
  const lw = w.toLowerCase();
  const s = shape(w);
  const start = scoreRow(m);
  // b, then the word's own w, s, p3, x3 and x2, in that order (the order visitFeatures names them)
  addInto(start, 0, m.fixed.b, tags);
  addInto(start, 0, own.w.get(lw), tags);
  addInto(start, 0, own.s.get(s), tags);
  addInto(start, 0, own.p3.get(lw.slice(0, 3)), tags);
  addInto(start, 0, own.x3.get(lw.slice(-3)), tags);
  addInto(start, 0, own.x2.get(lw.slice(-2)), tags);
  const band = String(ctx.lexicons.commonWords.get(lw) ?? "-");
  r = {
    lower: lw,
    shape: s,
    shapeBar: s.includes("|"),
    cap: isCap(w),
    upper: isUpperWord(w),
    common: ctx.commonLower.has(lw),
    given: ctx.lexicons.givenNames.has(w),
    start,
    prev1: own["w-1"].get(lw),
    next1: own["w+1"].get(lw),
    prev2: own["w-2"].get(lw),
    next2: own["w+2"].get(lw),
    shapePrev: own["s-1"].get(s),
    shapeNext: own["s+1"].get(s),
    firstShape: own["first|s"].get(s),
    band: own.wf.get(band),
    bandFirst: own["wf|first"].get(band),
  };
  if (m.words.size >= MAX_WORDS) m.words.clear();
  m.words.set(w, r);
  return r;
}

/**
 * Each token's score for each tag (`tags` of them) under the weights `templates`, token i's from
 * index i * tags: the same sums as adding the weights of sentenceFeatures' names one by one, in order.
 * `cased`: the sentence's caseView, when the caller has made it already (the actor rules read it too).
 */
export function emissionScores(
  templates: TemplateWeights,
  tags: number,
  written: string[],
  ctx: FeatureContext,
  cased: CaseView = caseView(written),
): Float64Array {
  const m = modelWeights(templates, tags, ctx);
  const { fixed } = m;
  const { view: words, caps } = cased;
  const n = words.length;
  const recs = words.map((w) => wordWeights(m, w, ctx));
  const gaz = gazetteerLabels(words);
  const places = placeLabels(words, ctx.lexicons.places);
  const { "s-1s+1": trigram, g, "g-1": gPrev, "g+1": gNext, pl, "pl-1": plPrev, "pl+1": plNext } = m.own;
  const out = new Float64Array(n * tags);
  const sum = new RowSum();
  for (let i = 0; i < n; i++) {
    const r = recs[i];
    const before = i > 0 ? recs[i - 1] : undefined;
    const after = i + 1 < n ? recs[i + 1] : undefined;
    sum.add(before ? before.prev1 : fixed["w-1=<s>"]);
    sum.add(after ? after.next1 : fixed["w+1=</s>"]);
    sum.add(i > 1 ? recs[i - 2].prev2 : fixed["w-2=<s>"]);
    sum.add(i + 2 < n ? recs[i + 2].next2 : fixed["w+2=</s>"]);
    sum.add(before ? before.shapePrev : fixed["s-1=<s>"]);
    sum.add(after ? after.shapeNext : fixed["s+1=</s>"]);
    sum.add(shapeTrigram(m, trigram, before, r, after));
    sum.add(g.get(gaz[i] || "-"));
    sum.add(gPrev.get(i > 0 ? gaz[i - 1] || "-" : "<s>"));
    sum.add(gNext.get(i + 1 < n ? gaz[i + 1] || "-" : "</s>"));
    if (places[i]) sum.add(pl.get(places[i]));
    if (places[i - 1]) sum.add(plPrev.get(places[i - 1]));
    if (places[i + 1]) sum.add(plNext.get(places[i + 1]));
    const first = i === 0 || OPENERS.has(words[i - 1]);
    if (first) sum.add(r.firstShape);
    if (r.cap) {
      const common = r.common;
      const inDoc = ctx.docLower.has(r.lower);
      if (common) sum.add(first ? fixed["cmn|first"] : fixed.cmn);
      if (inDoc) sum.add(first ? fixed["doclc|first"] : fixed.doclc);
      if (!common && !inDoc) sum.add(first ? fixed["rare|first"] : fixed.rare);
      sum.add(first ? r.bandFirst : r.band);
      if (r.given) sum.add(after?.cap ? fixed["gn|cap+1"] : fixed.gn);
      if (before?.given) sum.add(fixed["gn-1"]);
    }
    if (caps[i]) sum.add(fixed.capsrun);
    else if (r.upper) sum.add(fixed.allcaps);
    sum.into(out, i * tags, r.start, tags);
  }
  return out;
}
