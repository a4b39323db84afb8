import { describe, expect, it } from "vitest";
import { articleKinship, articlePairKinship } from "../../../src/extract/resolve/actors/kin.js";
import type { ActorType } from "../../../src/extract/types.js";
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

describe("article kinship on random folders", () => {
  /** A small seeded generator (mulberry32). */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const NAMES: Array<[string, ActorType]> = [
    ["Northrop Grumman", "organization"],
    ["Tanker Board", "organization"],
    ["Orla Quay", "place"],
    ["Lena Marsh", "person"],
    ["Ali Bazoum", "person"],
    ["Marsh", "person"],
    ["Niger", "place"],
    ["Harlow Motors", "organization"],
    ["Cardiff Port", "place"],
  ];

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`agrees with the definition, shared distinctive clusters counted on every pair (seed ${seed})`, () => {
      const next = random(seed);
      const ids = Array.from({ length: 12 }, (_, i) => `a${i}`);
      const r = resolutionOf(
        ids.map((id) =>
          article(
            id,
            NAMES.filter(() => next() < 0.35),
          ),
        ),
      );
      // some keys joined, as passes would have before kinship is asked
      if (next() < 0.5) r.graph.join("organization:tanker board", "organization:harlow motors");
      const distinct = (id: string) =>
        new Set(
          r.items
            .filter((i) => i.article === id && i.kind !== "country" && (i.kind !== "person" || i.key.includes(" ")))
            .map((i) => r.graph.root(i.key)),
        );
      const kinByDefinition = (a: string, b: string) => a === b || [...distinct(a)].filter((root) => distinct(b).has(root)).length >= 2;
      const pair = articlePairKinship(r.items, r.graph);
      const sets = articleKinship(r.items, r.graph);
      for (let n = 0; n < 40; n++) {
        const a = ids.filter(() => next() < 0.2);
        const b = ids.filter(() => next() < 0.4);
        const expected = a.some((x) => b.some((y) => kinByDefinition(x, y)));
        expect([a, b, sets(a, b)]).toEqual([a, b, expected]);
      }
      for (const a of ids) for (const b of ids) expect([a, b, pair(a, b)]).toEqual([a, b, kinByDefinition(a, b)]);
    });
  }
});
