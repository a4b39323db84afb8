// Turns labelled corpora into tagged training sentences for the actor tagger: wikigold (CoNLL,
// PER/ORG/LOC/MISC, MISC kept only for nationality words) and re3d documents (Person,
// Organisation, Location, Nationality). re3d spans are normalized to the capitalized name part:
// leading determiners/lowercase descriptions and trailing lowercase words are trimmed, leading
// titles of persons are left out (they become the mention's role), and a leading nationality of
// a person becomes its own NAT span. Pure: parsed data in, sentences out.
import { splitSentences } from "../../segment/sentences.js";
import { tokenize, type Token } from "../../segment/tokens.js";
import { TAGGER_DEMONYMS, TAGGER_COUNTRY_NAMES, TITLE_WORDS } from "./gazetteer.js";
import { TAGS, type ActorModelJSON, type SpanLabel } from "./tagger.js";
import { lowercaseWords, sentenceFeatures, type FeatureContext } from "./features.js";
import { buildLexicons, EMPTY_LEXICONS, type LexiconsJSON } from "./lexicons.js";
import { train, toJSON, type TrainingSentence } from "./perceptron.js";
import { overlapsAny, contains } from "../../util/ranges.js";

/** A document with gold entity spans, as src/evaluate/re3d.ts reads them (the shape only: the engine does not import the evaluation code). */
export interface SpanLabelledDocument {
  id: string;
  text: string;
  entities: ReadonlyArray<{ begin: number; end: number; type: string }>;
}

export interface LabelledSentence {
  words: string[];
  tags: string[];
}

export interface LabelledDocument {
  id: string;
  sentences: LabelledSentence[];
}

/** Parses wikigold's CoNLL text into documents (split at -DOCSTART-) of BIO-tagged sentences. */
export function parseConll(text: string, id = "wikigold"): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let doc: LabelledDocument = { id: `${id}#0`, sentences: [] };
  let words: string[] = [];
  let raw: string[] = [];
  const flush = () => {
    if (!words.length) return;
    doc.sentences.push({ words, tags: toBio(words, raw) });
    words = [];
    raw = [];
  };
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const [word, tag] = trimmed.split(/\s+/);
    if (word === "-DOCSTART-") {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { id: `${id}#${docs.length}`, sentences: [] };
      continue;
    }
    words.push(word);
    raw.push(tag ?? "O");
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

const CONLL_MAP: Record<string, SpanLabel> = { PER: "PER", ORG: "ORG", LOC: "LOC" };

/** IO/IOB CoNLL tags → BIO over our labels; MISC kept as NAT only for demonyms. */
function toBio(words: string[], raw: string[]): string[] {
  const out: string[] = [];
  let prev = "O";
  raw.forEach((tag, i) => {
    let type = tag === "O" ? "" : tag.slice(2);
    if (type === "MISC") type = TAGGER_DEMONYMS.has(words[i]) ? "NAT" : "";
    else type = CONLL_MAP[type] ?? "";
    if (!type) {
      out.push("O");
      prev = "O";
      return;
    }
    const begin = tag.startsWith("B-") || prev !== type;
    out.push((begin ? "B-" : "I-") + type);
    prev = type;
  });
  return out;
}

const RE3D_MAP: Record<string, SpanLabel> = { Person: "PER", Organisation: "ORG", Location: "LOC", Nationality: "NAT" };
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "our"]);
/** Capitalized, a number, or a particle name like "al-Abadi". */
const isCapWord = (w: string) => /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w);

interface CharSpan {
  start: number;
  end: number;
  label: SpanLabel;
}

/** Normalizes one gold span over the document tokens into zero or more name spans. */
function normalizeSpan(tokens: Token[], begin: number, end: number, label: SpanLabel): CharSpan[] {
  let a = tokens.findIndex((t) => t.start >= begin && t.end <= end);
  if (a < 0) return [];
  let b = a;
  while (b < tokens.length && tokens[b].end <= end) b++;
  // trim leading determiners/lowercase words and punctuation; trailing lowercase and punctuation
  while (a < b && (!isCapWord(tokens[a].text) || DETERMINERS.has(tokens[a].text.toLowerCase()))) a++;
  while (b > a && (!isCapWord(tokens[b - 1].text) || /^['’]s$/.test(tokens[b - 1].text))) b--;
  if (a >= b) return [];
  const out: CharSpan[] = [];
  if (label === "PER") {
    // leading nationality/country: its own span
    if (b - a > 1 && (TAGGER_DEMONYMS.has(tokens[a].text) || TAGGER_COUNTRY_NAMES.has(tokens[a].text))) {
      out.push({ start: tokens[a].start, end: tokens[a].end, label: TAGGER_DEMONYMS.has(tokens[a].text) ? "NAT" : "LOC" });
      a++;
    }
    // leading titles: left out when a name follows
    let k = a;
    while (k < b && (TITLE_WORDS.has(tokens[k].text.toLowerCase()) || /^(of|for|the|and)$/i.test(tokens[k].text) || tokens[k].text === ","))
      k++;
    if (k > a && k < b && isCapWord(tokens[k].text) && !TITLE_WORDS.has(tokens[b - 1].text.toLowerCase())) a = k;
  }
  out.push({ start: tokens[a].start, end: tokens[b - 1].end, label });
  return out;
}

/** re3d documents → BIO-tagged sentences (actor types only, gold already filtered by confidence). */
export function re3dToLabelled(docs: SpanLabelledDocument[]): LabelledDocument[] {
  return docs.map((doc) => {
    const tokens = tokenize(doc.text);
    const spans: CharSpan[] = [];
    for (const e of doc.entities) {
      const label = RE3D_MAP[e.type];
      if (label) spans.push(...normalizeSpan(tokens, e.begin, e.end, label));
    }
    // longest first, non-overlapping
    spans.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
    const chosen: CharSpan[] = [];
    for (const s of spans) if (!overlapsAny(chosen, s.start, s.end)) chosen.push(s);
    const sentences = splitSentences(doc.text).map((sent) => {
      const toks = tokenize(doc.text, sent.start, sent.end);
      let prev: CharSpan | null = null;
      const tags = toks.map((t) => {
        const s = chosen.find((c) => contains(c.start, c.end, t.start, t.end)) ?? null;
        const tag = s ? (s === prev ? "I-" : "B-") + s.label : "O";
        prev = s;
        return tag;
      });
      return { words: toks.map((t) => t.text), tags };
    });
    return { id: doc.id, sentences };
  });
}

/** Lowercase words seen in lowercase at least `min` times in the documents. */
export function commonLowercase(docs: LabelledDocument[], min = 2): string[] {
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const s of d.sentences) for (const w of s.words) if (/^\p{Ll}/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .filter(([, c]) => c >= min)
    .map(([w]) => w)
    .sort();
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** Features seen fewer times than this are not learned. */
  minCount?: number;
  /** Weights smaller than this are dropped from the stored model. */
  minWeight?: number;
  /** Every n-th sentence is also learned in capitals (a headline, a transcript's speaker label); 0: none. */
  upperEvery?: number;
  /** Place names, given names and everyday words for the features (stored in the model); none when absent. */
  lexicons?: LexiconsJSON;
  log?: (msg: string) => void;
}

/** Trains the tagger on labelled documents and returns the storable model. Deterministic. */
export function trainActorModel(docs: LabelledDocument[], trainedOn: string[], opts: TrainOptions = {}): ActorModelJSON {
  const commonLower = commonLowercase(docs);
  const common = new Set(commonLower);
  const lexiconsJSON = opts.lexicons ?? EMPTY_LEXICONS;
  const lexicons = buildLexicons(lexiconsJSON);
  const data: TrainingSentence[] = [];
  const tagIndex = new Map(TAGS.map((t, i) => [t, i]));
  const upperEvery = opts.upperEvery ?? 6;
  let count = 0;
  for (const d of docs) {
    const ctx: FeatureContext = {
      commonLower: common,
      docLower: lowercaseWords(d.sentences.flatMap((s) => s.words)),
      lexicons,
    };
    for (const s of d.sentences) {
      const gold = s.tags.map((t) => tagIndex.get(t)!);
      data.push({ feats: sentenceFeatures(s.words, ctx), gold });
      // case variation: the same sentence in capitals, so a shouted name is still read as a name
      if (upperEvery > 0 && ++count % upperEvery === 0 && s.words.some((w) => /\p{Ll}/u.test(w)))
        data.push({
          feats: sentenceFeatures(
            s.words.map((w) => w.toUpperCase()),
            ctx,
          ),
          gold,
        });
    }
  }
  const model = train(TAGS, data, { epochs: opts.epochs ?? 12, seed: opts.seed ?? 7, minCount: opts.minCount ?? 2, log: opts.log });
  return {
    format: "actor-perceptron/1",
    perceptron: toJSON(model, opts.minWeight ?? 0.01),
    commonLower,
    lexicons: lexiconsJSON,
    trainedOn,
  };
}
