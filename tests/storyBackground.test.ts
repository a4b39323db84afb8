// Background mentions for the stories' cast rule: a sentence set in another time names the earlier
// event's participants, not this event's.
import { describe, expect, it } from "vitest";
import { backgroundMentions, isBackgroundSentence } from "../src/extract/analyze/storyBackground.js";
import { articleCasts, castOverlap } from "../src/extract/analyze/storyCast.js";
import { mention, sentence } from "./fixtures/storyRows.js";

describe("a background sentence", () => {
  it("sets what it tells in another time: last year, weeks after, months ago, earlier this year", () => {
    for (const text of [
      "The brewer Koppang said on Monday it would buy Aalborg Malt, a year after it bought Tinder Hops last year.",
      "The flood came three weeks after Cyclone Imani crossed the same coast.",
      "Okonjo has not boxed since he lost to Reyes in Lagos last October.",
      "Two months ago a smaller quake shook the valley.",
      "Earlier this year the union called off a strike at the last minute.",
      "The previous season ended with the club in eleventh place.",
    ])
      expect(isBackgroundSentence(text)).toBe(true);
  });

  it("is not a sentence of the report's own time, a weekday or a plain month", () => {
    for (const text of [
      "Pirates seized the bulk carrier Ostrava Star on Tuesday about 300 miles off the coast.",
      "The fire, which started in March, has burned 4,000 hectares.",
      "The bank will decide on its rate next month.",
      "Police said the last of the suspects was arrested overnight.",
    ])
      expect(isBackgroundSentence(text)).toBe(false);
  });
});

describe("the cast of an article naming an earlier event", () => {
  // the second cyclone's report names the first one only in a sentence set five weeks before; both
  // name the disaster agency INGC (its own city and storm no other article names: not shared)
  const sentences = [
    sentence("imani", 0, "Cyclone Imani struck Beira on Sunday, the agency INGC said."),
    sentence("imani", 1, "Beira's mayor and the INGC said thousands had lost their homes."),
    sentence("zuri", 0, "Cyclone Zuri struck Quelimane on Friday, the agency INGC said."),
    sentence("zuri", 1, "Quelimane's hospital was flooded, the INGC said."),
    sentence("zuri", 2, "The storm came five weeks after Cyclone Imani flooded Beira."),
  ];
  const mentions = [
    ...["imani", "beira", "ingc"].map((a) => mention("imani", a, 0)),
    ...["beira", "ingc"].map((a) => mention("imani", a, 1)),
    ...["zuri", "quelimane", "ingc"].map((a) => mention("zuri", a, 0)),
    ...["quelimane", "ingc"].map((a) => mention("zuri", a, 1)),
    ...["imani", "beira"].map((a) => mention("zuri", a, 2)),
  ];
  const actors = ["imani", "beira", "ingc", "zuri", "quelimane"];
  const naming = (a: number) => new Set(mentions.filter((m) => m.actor === actors[a]).map((m) => m.article)).size;
  const names = (list: Int32Array) => Array.from(list, (a) => actors[a]);

  it("shares only what the later report names as its own of the earlier event's cast", () => {
    const [imani, zuri] = articleCasts(
      ["imani", "zuri"],
      mentions,
      (a) => actors.indexOf(a),
      naming,
      undefined,
      backgroundMentions(sentences),
    );
    expect(names(imani.actors)).toEqual(["imani", "beira", "ingc"]);
    expect(names(zuri.named)).toEqual(["ingc", "zuri", "quelimane"]);
    // of Imani's three participants, Zuri's report names only the agency as its own
    expect(castOverlap(imani, zuri)).toBeCloseTo(1 / 3, 10);
  });

  it("read as participants, the background names would give the earlier event's whole cast to the later report", () => {
    const [imani, zuri] = articleCasts(["imani", "zuri"], mentions, (a) => actors.indexOf(a), naming);
    expect(names(zuri.named)).toEqual(["imani", "beira", "ingc", "zuri", "quelimane"]);
    expect(castOverlap(imani, zuri)).toBe(1);
  });
});
