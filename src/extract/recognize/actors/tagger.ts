// Runs the BIO sequence tagger over one sentence's tokens and turns the tag sequence into
// typed token-range spans (PER/ORG/LOC/NAT). Holds the ActorModel shape (perceptron + lexicon).
import { emissionScores } from "./emissions.js";
import type { CaseView, FeatureContext } from "./features.js";
import type { Lexicons, LexiconsJSON } from "./lexicons.js";
import { decode, type Perceptron, type PerceptronJSON, type TemplateWeights } from "./perceptron.js";

/** The stored model: the perceptron, the lowercase lexicon of the training text and the feature lexicons. */
export interface ActorModelJSON {
  format: "actor-perceptron/1";
  perceptron: PerceptronJSON;
  commonLower: string[];
  /** Place names, given names and everyday words the features read (see lexicons.ts). */
  lexicons: LexiconsJSON;
  /** Where the model came from (training corpora, epochs, date-free). */
  trainedOn: string[];
}

export interface ActorModel {
  perceptron: Perceptron;
  /** The perceptron's weights by feature template and value (perceptron.byTemplate). */
  templates: TemplateWeights;
  commonLower: Set<string>;
  lexicons: Lexicons;
}

/** What the tagger knows about the whole document a sentence comes from. */
export type DocumentContext = Pick<FeatureContext, "docLower">;

export type SpanLabel = "PER" | "ORG" | "LOC" | "NAT";
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-NAT", "I-NAT"];

export interface TokenSpan {
  start: number; // token index
  end: number; // exclusive
  label: SpanLabel;
}

/** Token spans from a BIO tag sequence (an I- without a matching B- opens a span). */
export function spansFromTags(tags: string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tag === "O" ? null : (tag.slice(2) as SpanLabel);
    if (cur && (!type || tag.startsWith("B-") || type !== cur.label)) {
      spans.push(cur);
      cur = null;
    }
    if (type && !cur) cur = { start: i, end: i + 1, label: type };
    else if (type && cur) cur.end = i + 1;
  });
  if (cur) spans.push(cur);
  return spans;
}

/** Tags one sentence (token strings) and returns its spans; `cased`: its caseView, when made already. */
export function tagSentence(model: ActorModel, words: string[], doc: DocumentContext, cased?: CaseView): TokenSpan[] {
  if (!words.length) return [];
  const ctx: FeatureContext = { docLower: doc.docLower, commonLower: model.commonLower, lexicons: model.lexicons };
  const path = decode(model.perceptron, emissionScores(model.templates, model.perceptron.tags.length, words, ctx, cased));
  return spansFromTags(path.map((t) => model.perceptron.tags[t]));
}
