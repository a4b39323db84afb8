// Types that hold on wire news (issue 17), one test per class of error found on 1998 newswire: a
// dateline's place, names with particles ("Daniel arap Moi", "Dar es Salaam"), places written with
// their state ("Buffalo, N.Y."). Our own sentences and made-up names: the classes, not the examples.
import { describe, expect, it } from "vitest";
import { loadActorModel, recognizeActors } from "../src/extract/recognize/actors/index.js";
import { datelinePlaceLength } from "../src/extract/recognize/actors/datelines.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { tablesOf } from "./helpers/textArticle.js";

const model = loadActorModel();
const pairs = (text: string) => recognizeActors(model, text, splitSentences(text)).map((m) => [m.text, m.type]);

describe("a dateline's place", () => {
  it("reads the capitals before a region and an agency as a place", () => {
    expect(pairs("\n\nKAMPALA, Uganda (AP) _\n\nThe minister spoke in parliament on Monday.")).toEqual([
      ["KAMPALA", "place"],
      ["Uganda", "place"],
      ["AP", "organization"],
    ]);
  });
  it("reads a dateline with a date and a dash, or a dash alone, as a place", () => {
    expect(pairs("\n\nLAGOS, March 3 (Xinhua) --\n\nOfficials in Lagos said the port would reopen.")).toEqual([
      ["LAGOS", "place"],
      ["Xinhua", "organization"],
      ["Lagos", "place"],
    ]);
    expect(pairs("\n\nTRENTON _ The governor of New Jersey signed the bill.")).toEqual([
      ["TRENTON", "place"],
      ["New Jersey", "place"],
    ]);
  });
  it("makes the dateline's name a place wherever the story writes it", () => {
    const text = "\n\nBRAKEVILLE, Ore. (AP) --\n\nThe Brakeville office of the agency said Brakeville's council had met.";
    expect(pairs(text).filter(([t]) => /brakeville/i.test(t))).toEqual([
      ["BRAKEVILLE", "place"],
      ["Brakeville", "place"],
      ["Brakeville", "place"],
    ]);
  });
  it("finds no dateline in a sentence opening with an acronym", () => {
    expect(datelinePlaceLength(["UNICEF", "said", "on", "Monday"])).toBe(0);
    expect(datelinePlaceLength(["DAR", "ES", "SALAAM", ",", "Tanzania", "(", "AP", ")", "_"])).toBe(3);
    expect(pairs("UNICEF said on Monday that the camp was full.")).toEqual([["UNICEF", "organization"]]);
  });
});

describe("names with particles", () => {
  it("reads a person's name across 'arap', 'bin', 'von der' and 'da' as one person", () => {
    expect(pairs("President Samuel arap Kiptoo met Omar bin Rashed in Dar es Salaam. Kiptoo said the talks went well.")).toEqual([
      ["Samuel arap Kiptoo", "person"],
      ["Omar bin Rashed", "person"],
      ["Dar es Salaam", "place"],
      ["Kiptoo", "person"],
    ]);
    expect(pairs("Ursula von der Leyen and Maria da Costa arrived.")).toEqual([
      ["Ursula von der Leyen", "person"],
      ["Maria da Costa", "person"],
    ]);
  });
  it("makes the surname alone an alias of the person", () => {
    const tables = tablesOf(model, ["visit", "Leaders meet\n\nPresident Samuel arap Kiptoo arrived on Monday. Kiptoo thanked the hosts."]);
    expect(tables.actors.find((a) => a.id === "samuel-arap-kiptoo")).toMatchObject({ type: "person", aliases: ["Kiptoo"] });
  });
});

describe("places written with their state", () => {
  it("reads the town before a state's abbreviation as a place, here and elsewhere in the story", () => {
    expect(
      pairs("A doctor in Corvin, N.Y., was shot. The Corvin police said Corvin's mayor was told. He lived in Halden, Mass., before."),
    ).toEqual([
      ["Corvin", "place"],
      ["N.Y.", "place"],
      ["Corvin", "place"],
      ["Corvin", "place"],
      ["Halden", "place"],
      ["Mass", "place"],
    ]);
  });
  it("leaves a list of countries and a person after a comma as they are", () => {
    expect(pairs("Troops came from Jordan, Egypt, and Bahrain.")).toEqual([
      ["Jordan", "place"],
      ["Egypt", "place"],
      ["Bahrain", "place"],
    ]);
    expect(pairs("The award went to Senator Lemmick, Man of the Year, and his team.")).toEqual([["Lemmick", "person"]]);
  });
});
