import { describe, expect, it } from "vitest";
import {
  AveragedPerceptron,
  byTemplate,
  emptyModel,
  learnSentence,
  pruneFeatures,
  shuffle,
  train,
  viterbi,
} from "../../../src/extract/recognize/actors/perceptron.js";

const TAGS = ["O", "B-PER", "I-PER"];

describe("training passes", () => {
  it("pruneFeatures drops features seen too rarely", () => {
    const data = [{ feats: [["a", "b"], ["a"]], gold: [0, 0] }];
    expect(pruneFeatures(data, 2)).toEqual([{ feats: [["a"], ["a"]], gold: [0, 0] }]);
    expect(pruneFeatures(data, 1)).toEqual(data);
  });
  it("shuffle permutes deterministically", () => {
    const order = [0, 1, 2, 3];
    let x = 0;
    shuffle(order, () => (x = (x + 0.37) % 1));
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(order).not.toEqual([0, 1, 2, 3]);
  });
  it("learnSentence moves weights towards the gold tags, and not when right", () => {
    const learner = new AveragedPerceptron(emptyModel(TAGS));
    const sentence = { feats: [["w=Bazoum"], ["w=said"]], gold: [1, 0] };
    expect(learnSentence(learner, sentence)).toBe(1);
    expect(learner.model.weights.get("w=Bazoum")![1]).toBe(1);
    expect(learnSentence(learner, sentence)).toBe(0);
  });
  it("average divides by the steps taken", () => {
    const learner = new AveragedPerceptron(emptyModel(TAGS));
    learnSentence(learner, { feats: [["w=Bazoum"]], gold: [1] });
    learnSentence(learner, { feats: [["w=Bazoum"]], gold: [1] });
    expect(learner.average().weights.get("w=Bazoum")![1]).toBe(0.5); // weight 1 from the end of step 1: held for one of two steps
  });
  it("train learns a tiny tagging", () => {
    const data = [
      { feats: [["cap", "w=Ali"], ["w=spoke"]], gold: [1, 0] },
      { feats: [["w=they"], ["w=met"], ["cap", "w=Sara"]], gold: [0, 0, 1] },
    ];
    const model = train(TAGS, data, { epochs: 5, seed: 3 });
    expect(viterbi(model, [["cap"], ["w=spoke"]]).map((t) => TAGS[t])).toEqual(["B-PER", "O"]);
  });
});

describe("weights by template", () => {
  it("splits each name at its first '=', grouped or not, with '' for a name without one", () => {
    const w = (x: number) => Float64Array.of(x, -x);
    const weights = new Map([
      ["w=Niger", w(1)],
      ["w=a=b", w(2)],
      ["b", w(3)],
      ["s-1=Xx", w(4)],
      ["w=Niamey", w(5)],
    ]);
    const out = byTemplate(weights);
    expect([...out.keys()]).toEqual(["w", "b", "s-1"]);
    expect([...out.get("w")!.keys()]).toEqual(["Niger", "a=b", "Niamey"]);
    expect(out.get("w")!.get("Niamey")).toBe(weights.get("w=Niamey"));
    expect(out.get("b")!.get("")).toBe(weights.get("b"));
    expect(out.get("s-1")!.get("Xx")![1]).toBe(-4);
  });
});
