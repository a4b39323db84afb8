import { describe, expect, it } from "vitest";
import { articleKinship, articlePairKinship } from "../../../src/extract/resolve/actors/kin.js";
import { article, resolutionOf } from "./build.js";

describe("article kinship", () => {
  const r = resolutionOf([
    article("deal1", [
      ["Northrop Grumman", "organization"],
      ["Lena Marsh", "person"],
      ["Niger", "place"],
    ]),
    article("deal2", [
      ["Northrop Grumman", "organization"],
      ["Lena Marsh", "person"],
    ]),
    article("deal3", [
      ["Northrop Grumman", "organization"],
      ["Niger", "place"],
      ["Marsh", "person"],
    ]),
    article("empty", []),
  ]);
  const ids = ["deal1", "deal2", "deal3", "empty"];

  it("two articles are kin when they name two of the same distinctive actors, not a country or a surname alone", () => {
    const kin = articlePairKinship(r.items, r.graph);
    expect(kin("deal1", "deal2")).toBe(true);
    expect(kin("deal2", "deal1")).toBe(true);
    // one organization shared; the country and the lone surname do not count
    expect(kin("deal1", "deal3")).toBe(false);
    expect(kin("empty", "empty")).toBe(true);
    expect(kin("deal1", "empty")).toBe(false);
  });
  it("two sets of articles are kin when some article of one is kin of some article of the other", () => {
    const kin = articleKinship(r.items, r.graph);
    expect(kin(["deal3", "deal1"], ["deal2"])).toBe(true);
    expect(kin(new Set(["deal3"]), new Set(["deal1", "empty"]))).toBe(false);
    expect(kin(["deal2"], [])).toBe(false);
  });
  it("the pair test agrees with the test of article sets on every pair", () => {
    const pair = articlePairKinship(r.items, r.graph);
    const sets = articleKinship(r.items, r.graph);
    for (const a of ids) for (const b of ids) expect([a, b, pair(a, b)]).toEqual([a, b, sets([a], [b])]);
  });
});
