import { describe, expect, it } from "vitest";
import {
  classify,
  cleanSurface,
  definedAcronyms,
  isSurnameAlone,
  personTokens,
  surnameForms,
} from "../../../src/extract/resolve/actors/items.js";
import { article, mention } from "./build.js";

describe("actor items", () => {
  it("personTokens drops titles, possessives and initials' dots", () => {
    expect(personTokens("President Mohamed Bazoum's")).toEqual(["mohamed", "bazoum"]);
    expect(personTokens("J. R. Smith")).toEqual(["j", "r", "smith"]);
    expect(personTokens("President")).toEqual(["president"]); // a title alone stays
    // an article written apart is joined to its surname, past a given name only
    expect(personTokens("Haider Al Abadi")).toEqual(["haider", "al-abadi"]);
    expect(personTokens("Abdel Fattah el Sisi")).toEqual(["abdel", "fattah", "el-sisi"]);
    expect(personTokens("Al Gore")).toEqual(["al", "gore"]);
    expect(classify("a", mention("Haider Al Abadi", "person")).key).toBe(classify("b", mention("Haider al-Abadi", "person")).key);
  });
  it("cleanSurface drops a possessive and extra spaces", () => {
    expect(cleanSurface("  the  State Department’s")).toBe("the State Department");
  });
  it("classify keys countries by code, persons by tokens, organizations by folded name", () => {
    expect(classify("a", mention("Nigerien", "place", 0, { country: "NE" }))).toMatchObject({ key: "country:NE", kind: "country" });
    expect(classify("a", mention("President Joe Biden", "person"))).toMatchObject({ key: "person:joe biden", kind: "person" });
    expect(classify("a", mention("ECOWAS", "organization")).kind).toBe("organization");
    expect(classify("a", mention("Sahel", "place")).key).toBe("place:sahel");
  });
  it("classify keys a region as a place, whatever the tagger read it as", () => {
    expect(classify("a", mention("Central Asia", "person"))).toMatchObject({ key: "place:central asia", kind: "place", typedAs: "place" });
    expect(classify("a", mention("the Middle East", "organization")).key).toBe("place:middle east");
  });
  it("surnameForms and isSurnameAlone read an Arabic article and a particle", () => {
    expect(surnameForms(["haider", "al-abadi"])).toEqual(["al-abadi", "abadi", "al abadi"]);
    expect(surnameForms(["omar", "bin", "talal"])).toEqual(["talal", "bin talal"]);
    expect(isSurnameAlone(["bin", "talal"])).toBe(true);
    expect(isSurnameAlone(["omar", "talal"])).toBe(false);
  });
  it("definedAcronyms reads '(ECOWAS)' after a long form, never after a person", () => {
    const doc = article("a", [
      ["Economic Community of West African States", "organization", " (ECOWAS)"],
      ["John Smith", "person", " (JS)"],
      ["Sahel", "place"],
    ]);
    expect(definedAcronyms(doc)).toEqual([["economic community of west african states", "ecowas"]]);
  });
});
