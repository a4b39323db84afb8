// The actor tagger's decoding: Viterbi returns the best-scoring sequence of tags that BIO allows
// (I-X only after B-X or I-X), checked against every sequence of short sentences; and tagging, which
// looks weights up by feature template and value, tags as the feature names training reads do.
import { describe, expect, it } from "vitest";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { readRe3d } from "../src/evaluate/re3d.js";
import { isCap, isUpperWord, lowercaseWords, sentenceFeatures } from "../src/extract/recognize/actors/features.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { addWeights, decode, viterbi, type Perceptron } from "../src/extract/recognize/actors/perceptron.js";
import { emissionScores } from "../src/extract/recognize/actors/emissions.js";
import { spansFromTags, tagSentence } from "../src/extract/recognize/actors/tagger.js";
import { articleSentences } from "../src/extract/segment/articleSentences.js";
import { tokenize } from "../src/extract/segment/tokens.js";
import { seededRandom } from "../src/extract/util/random.js";

/** The score of a tag path, or -Infinity when BIO forbids it. */
function pathScore(p: Perceptron, em: Float64Array[], path: number[]): number {
  const n = p.tags.length;
  let score = 0;
  for (let i = 0; i < path.length; i++) {
    const prev = i === 0 ? n : path[i - 1];
    if (!p.allowed[prev][path[i]]) return -Infinity;
    score += p.transitions[prev][path[i]] + em[i][path[i]];
  }
  return score;
}

/** Every tag path of `len` tokens, its best score found by trying them all. */
function bestByEnumeration(p: Perceptron, em: Float64Array[]): number {
  const n = p.tags.length;
  let best = -Infinity;
  const path = new Array<number>(em.length).fill(0);
  for (let k = 0; k < n ** em.length; k++) {
    for (let i = 0, x = k; i < em.length; i++, x = Math.floor(x / n)) path[i] = x % n;
    best = Math.max(best, pathScore(p, em, path));
  }
  return best;
}

/** Rows of scores as decode reads them: token i's score for tag t at index i * tags + t. */
const flat = (em: Float64Array[]) => Float64Array.from(em.flatMap((row) => [...row]));

describe("decode", () => {
  const p = loadActorModel().perceptron;
  const random = seededRandom(7);
  it("returns the best path BIO allows, on 200 random short sentences", () => {
    for (let trial = 0; trial < 200; trial++) {
      const len = 1 + (trial % 4);
      const em = Array.from({ length: len }, () => Float64Array.from(p.tags, () => (random() - 0.5) * 8));
      const path = decode(p, flat(em));
      expect(path).toHaveLength(len);
      expect(pathScore(p, em, path)).toBeCloseTo(bestByEnumeration(p, em), 9);
    }
  });
  it("never opens with an I- tag, nor follows O with one", () => {
    const iPer = p.tags.indexOf("I-PER");
    const em = [0, 1, 2].map(() => Float64Array.from(p.tags, (_, t) => (t === iPer ? 100 : 0)));
    const tags = decode(p, flat(em)).map((t) => p.tags[t]);
    expect(tags[0]).toBe("B-PER");
    expect(tags.slice(1)).toEqual(["I-PER", "I-PER"]);
  });
  it("decodes an empty sentence to an empty path", () => {
    expect(decode(p, new Float64Array(0))).toEqual([]);
  });
});

describe("tagSentence", () => {
  const model = loadActorModel();
  const tags = model.perceptron.tags.length;
  it("tags every re3d-dev sentence as the feature names do, with the same scores", () => {
    let sentences = 0;
    let spans = 0;
    for (const doc of readRe3d(RE3D_DEV)) {
      const words = articleSentences(doc.text, [])
        .map((s) => tokenize(doc.text, s.start, s.end).map((t) => t.text))
        .filter((w) => w.length);
      const docLower = lowercaseWords(words.flat());
      for (const w of words) {
        const named = viterbi(
          model.perceptron,
          sentenceFeatures(w, { docLower, commonLower: model.commonLower, lexicons: model.lexicons }),
        );
        const tagged = tagSentence(model, w, { docLower });
        expect(tagged).toEqual(spansFromTags(named.map((t) => model.perceptron.tags[t])));
        // and the scores are the same to the last bit: the weights of the names summed in their order
        const ctx = { docLower, commonLower: model.commonLower, lexicons: model.lexicons };
        const byName = new Float64Array(w.length * tags);
        sentenceFeatures(w, ctx).forEach((fs, i) => addWeights(model.perceptron, fs, byName, i * tags));
        expect(emissionScores(model.templates, tags, w, ctx)).toEqual(byName);
        sentences++;
        spans += tagged.length;
      }
    }
    expect(sentences).toBeGreaterThan(600);
    expect(spans).toBeGreaterThan(600);
  });
  it("finds the person and the place in a sentence of its own", () => {
    const words = "President Mohamed Bazoum was detained in Niamey on Wednesday .".split(" ");
    const spans = tagSentence(model, words, { docLower: lowercaseWords(words) });
    expect(spans.map((s) => [words.slice(s.start, s.end).join(" "), s.label])).toEqual([
      ["Mohamed Bazoum", "PER"],
      ["Niamey", "LOC"],
    ]);
  });
});

describe("the tagger's word tests", () => {
  // the ASCII shortcuts give what the Unicode classes give, on ASCII and on everything else
  const words = ["CAIRO", "Cairo", "cairo", "U.S.", "A", "AL-ASSAD", "COOPER:", "2023", "X1", "ÉTATS", "État", "éco", "İSTANBUL"];
  words.push("ΑΘΗΝΑ", "Αθήνα", "東京", "ǅemal", "A\nB", "", "-", "'S", "McDONALD", "ÇA", "iPhone", "Ω", "ωΩ", "1,000");
  it("tell capitals, capital words and lower-case openings as the Unicode classes do", () => {
    for (const w of words) {
      expect(isCap(w), w).toBe(/^\p{Lu}/u.test(w));
      expect(isUpperWord(w), w).toBe(!/\p{Ll}/u.test(w) && /\p{L}.*\p{L}/u.test(w));
    }
    expect([...lowercaseWords(words)].sort()).toEqual(["cairo", "iphone", "éco", "ωω"]);
    expect(isUpperWord("ÉTATS")).toBe(true);
    expect(isUpperWord("McDONALD")).toBe(false);
  });
});
