import { describe, expect, it } from "vitest";
import { boundedMemo } from "../../src/extract/util/memo.js";
import { foldName } from "../../src/extract/resolve/countryNames.js";
import { acronymsOf, orgKeyOf } from "../../src/extract/resolve/shortForms.js";

describe("boundedMemo", () => {
  it("computes each key once while it is kept, and again once the memo started over", () => {
    const calls: string[] = [];
    const upper = boundedMemo((s) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect([upper("a"), upper("a"), upper("b"), upper("a")]).toEqual(["A", "A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
    // a third key fills the memo past its bound: it starts again, so "a" is computed anew
    expect([upper("c"), upper("a")]).toEqual(["C", "A"]);
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
  it("gives the name helpers built on it the same answers twice", () => {
    expect([foldName("The Niger"), foldName("The Niger")]).toEqual(["niger", "niger"]);
    expect(orgKeyOf("Chrysler LLC")).toBe(orgKeyOf("Chrysler LLC"));
    expect(acronymsOf("Economic Community of West African States")).toContain("ECOWAS");
  });
});
