import { describe, expect, it } from "vitest";
import { recognizeQuotes } from "../src/extract/recognize/quotes/index.js";
import { genderOfMention, gendersOf } from "../src/extract/recognize/quotes/referents.js";
import { genderOfGivenName } from "../src/extract/recognize/quotes/givenNames.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import type { ActorMention } from "../src/extract/types.js";

function mentionsOf(text: string, names: Array<[string, ActorMention["type"]]>): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [name, type] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, text: name, type });
  }
  return out.sort((a, b) => a.start - b.start);
}

const text = [
  "“We are deeply concerned about the welfare of President Bazoum,” said State Department spokesperson Matt Miller. “We reiterate our calls for their immediate release.”",
  "",
  "“Nuland also met with NGO leaders and others from civil society,” Miller told NBC News.",
  "",
  "The Americans met for more than two hours and Nuland described the conversation as “quite difficult” at times.",
  "",
  "A U.S. official who asked not to be named said that the coup leaders appear increasingly defiant. “The junta appears to be fairly dug in,” the official said.",
  "",
  "Miller, the State Department spokesman, said: “ECOWAS has publicly indicated that military intervention is a last resort.”",
].join("\n");
const actors = mentionsOf(text, [
  ["Matt Miller", "person"],
  ["Miller", "person"],
  ["Nuland", "person"],
  ["Bazoum", "person"],
  ["NBC News", "organization"],
  ["State Department", "organization"],
  ["ECOWAS", "organization"],
])
  // "Miller" inside "Matt Miller" is the same mention
  .filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
const quotes = recognizeQuotes(text, splitSentences(text), actors);
const quoteStarting = (words: string) => quotes.find((q) => q.text.slice(1).startsWith(words));

describe("recognizeQuotes", () => {
  it("attributes a quote to the speaker after 'said'", () => {
    expect(quoteStarting("We are deeply concerned")?.speakerText).toBe("Matt Miller");
  });
  it("carries the speaker to the next quote of the same paragraph", () => {
    expect(quoteStarting("We reiterate")?.speakerText).toBe("Matt Miller");
  });
  it("attributes 'X told Y' and 'X, role, said:' forms", () => {
    expect(quoteStarting("Nuland also met")?.speakerText).toBe("Miller");
    expect(quoteStarting("ECOWAS has publicly")?.speakerText).toBe("Miller");
  });
  it("keeps a short quoted phrase only with its speaker", () => {
    expect(quoteStarting("quite difficult")?.speakerText).toBe("Nuland");
  });
  it("keeps descriptions of anonymous speakers as written", () => {
    expect(quoteStarting("The junta appears")?.speakerText).toBe("the official");
  });
  it("gives offsets that index the quote in the text", () => {
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe("gendersOf: honorifics and roles first, then given names", () => {
  it("reads a gender from the given name of a full mention, accents dropped", () => {
    const t = "José Álvarez met Zeynep Kaya and Lopez.";
    const ms = mentionsOf(t, [
      ["José Álvarez", "person"],
      ["Zeynep Kaya", "person"],
      ["Lopez", "person"],
    ]);
    const g = gendersOf(t, ms);
    expect(ms.map((m) => genderOfMention(g, m))).toEqual(["male", "female", undefined]);
    expect(g.get("álvarez")).toBe("male");
  });
  it("lets an honorific outweigh given names, and gives none for a name of both sexes", () => {
    const t = "Mrs. Ward met Jean Roux. Later Ward and Michael Ward left.";
    const g = gendersOf(
      t,
      mentionsOf(t, [
        ["Ward", "person"],
        ["Jean Roux", "person"],
        ["Michael Ward", "person"],
      ]),
    );
    expect(g.get("ward")).toBe("female");
    expect(g.has("roux")).toBe(false);
    expect(genderOfGivenName("Andrea")).toBeUndefined();
    expect(genderOfGivenName("FATIMA")).toBe("female");
  });
  it("keeps apart two people of different genders who share a surname", () => {
    const t = "Bill Clinton and Hillary Clinton arrived. Clinton spoke.";
    const ms = mentionsOf(t, [
      ["Bill Clinton", "person"],
      ["Hillary Clinton", "person"],
    ]);
    const g = gendersOf(t, ms);
    expect(ms.map((m) => genderOfMention(g, m))).toEqual(["male", "female"]);
    expect(g.has("clinton")).toBe(false);
  });
});
