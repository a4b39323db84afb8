import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/extract/segment/tokens.js";
import { assignRoles, isTitleOnly } from "../../../src/extract/recognize/actors/personRoles.js";
import { compoundPlaces, mentionOf, withoutOverlaps } from "../../../src/extract/recognize/actors/mentions.js";
import type { ActorDocument } from "../../../src/extract/recognize/actors/passes.js";
import { buildLexicons } from "../../../src/extract/recognize/actors/lexicons.js";
import type { ActorMention } from "../../../src/extract/types.js";
import { span } from "./words.js";

const documentOf = (text: string) => {
  const tokens = [tokenize(text, 0, text.length)];
  const ws = tokens[0].map((t) => t.text);
  const doc: ActorDocument = {
    words: [ws],
    written: [ws],
    common: () => false,
    lexicons: buildLexicons({ places: [], givenNames: [], commonWords: [] }),
  };
  return { tokens, ws, doc };
};

describe("assignRoles", () => {
  it("takes leading titles off a person as its role", () => {
    const text = "Foreign Minister Hassoumi Massoudou said";
    const { tokens, ws, doc } = documentOf(text);
    const person = span(ws, "Foreign Minister Hassoumi Massoudou", "PER");
    const { roles } = assignRoles(text, doc, tokens, [person]);
    expect(roles.get(person)).toBe("Foreign Minister");
    expect(ws.slice(person.start, person.end).join(" ")).toBe("Hassoumi Massoudou");
  });
  it("drops a title-only person span that is someone's role; no role without a title", () => {
    const text = "Minister Hassoumi Massoudou met Ali";
    const { tokens, ws, doc } = documentOf(text);
    const title = span(ws, "Minister", "PER");
    const person = span(ws, "Hassoumi Massoudou", "PER");
    const plain = span(ws, "Ali", "PER");
    const { roles, dropped } = assignRoles(text, doc, tokens, [title, person, plain]);
    expect(roles.get(person)).toBe("Minister");
    expect([...dropped]).toEqual([title]);
    expect(roles.has(plain)).toBe(false);
    expect(isTitleOnly(ws, title)).toBe(true);
    expect(isTitleOnly(ws, person)).toBe(false);
  });
});

describe("mentions", () => {
  it("mentionOf reads a nationality word as a place of its country, and drops a pronoun", () => {
    const text = "Nigerien troops and us";
    const { tokens, ws } = documentOf(text);
    expect(mentionOf(text, ws, tokens[0], span(ws, "Nigerien", "NAT"), [])).toMatchObject({
      text: "Nigerien",
      type: "place",
      country: "Niger",
    });
    expect(mentionOf(text, ws, tokens[0], span(ws, "us", "ORG"), [])).toBeNull();
    expect(mentionOf(text, ws, tokens[0], span(ws, "Nigerien", "NAT"), [[0, 3]])).toBeNull(); // skipped
  });
  it("compoundPlaces reads 'US-led', not 'Well-known'", () => {
    const text = "a US-led and Well-known force";
    const { tokens } = documentOf(text);
    expect(compoundPlaces(tokens, []).map((m) => [m.text, m.type])).toEqual([["US", "place"]]);
  });
  it("withoutOverlaps keeps the longest at a start, then the first", () => {
    const m = (start: number, end: number): ActorMention => ({ start, end, text: "x", type: "place" });
    expect(withoutOverlaps([m(5, 9), m(0, 3), m(0, 6), m(7, 12)]).map((x) => [x.start, x.end])).toEqual([
      [0, 6],
      [7, 12],
    ]);
  });
});
