// The cast rule within one event's reports (storyCast.ts, `sameEvent`): a report naming people of its
// own past its opening (a ministry reacting, an ambassador quoted) extends the event's cast and stays
// with the event; a report whose opening names another participant (another ship) is another event. A
// ministry named by its portfolio alone ("Foreign Ministry") is every government's: no participant.
// Two articles in, same story or not out: the cast factor and the stories of two dated reports.
import { describe, expect, it } from "vitest";
import { castFactor, castOverlap } from "../src/extract/analyze/storyCast.js";
import { groupStories } from "../src/extract/analyze/stories.js";
import { isPortfolioOffice } from "../src/extract/resolve/shortForms.js";
import { castsOf, mention, sentence } from "./fixtures/storyRows.js";

// actors by number: 1, 2 the two capitals (named by 20 articles); 3 a foreign ministry (2 articles);
// 4 an ambassador (2 articles); 5, 6 two ships (3 articles each); 7 the sea (30 articles)
const naming: Record<number, number> = { 1: 20, 2: 20, 3: 2, 4: 2, 5: 3, 6: 3, 7: 30 };
const casts = castsOf(naming);

/** The bombing's report: both capitals in its opening (sentences 0 and 1). */
const bombing = (id: string) => [mention(id, "a1", 0), mention(id, "a2", 1), mention(id, "a1", 3)];
/** A reaction: the capitals in its opening, then a ministry and an ambassador of its own, twice each. */
const reaction = (id: string) => [...bombing(id), ...[4, 5].flatMap((s) => [mention(id, "a3", s), mention(id, "a4", s)])];

describe("a cast extension within one event's reports", () => {
  it("keeps a reaction naming its own ministry and ambassador with the event it reacts to", () => {
    const [event, react] = casts([...bombing("event"), ...reaction("react")], ["event", "react"]);
    expect(castFactor(event, react)).toBeLessThan(0.3); // apart in time, every rare name counts
    expect(castOverlap(event, react, true)).toBeCloseTo(0.5);
    expect(castFactor(event, react, true)).toBe(1);
  });

  // [sentence, actor] of a and of b: a5, a6 two ships, a7 the sea
  it.each([
    [
      "two hijackings of the same week whose openings name different ships",
      [
        [0, 5],
        [1, 7],
        [2, 5],
      ],
      [
        [0, 6],
        [1, 7],
        [2, 6],
      ],
    ],
    [
      "a report whose opening names a ship the other names nowhere (a conflict)",
      [
        [0, 5],
        [1, 7],
        [2, 5],
      ],
      [
        [0, 7],
        [3, 6],
        [4, 6],
      ],
    ],
  ])("still parts %s", (_, ofA, ofB) => {
    const named = (id: string, list: number[][]) => list.map(([s, a]) => mention(id, `a${a}`, s));
    const [a, b] = casts([...named("a", ofA), ...named("b", ofB)], ["a", "b"]);
    expect(castFactor(a, b, true)).toBe(castFactor(a, b));
    expect(castFactor(a, b, true)).toBeLessThan(0.2);
  });
});

describe("two dated reports of one event, one a reaction", () => {
  const words = "bombs exploded outside the embassy killing dozens of people in the capital";
  // other news of the folder, each naming the capital; the last two name the ministry and the ambassador too
  const others = [
    "A storm flooded farms in the valley and closed the roads to the coast",
    "The central bank raised its interest rate for the third time this year",
    "Striking teachers marched through the streets demanding higher wages",
    "A new bridge over the river opened after six years of building work",
    "The football team won the national cup after a penalty shootout",
  ];
  const articles = ["event", "react", ...others.map((_, k) => `other${k}`)];
  const sentences = [
    sentence("event", 0, `Two ${words} on Friday.`),
    sentence("event", 1, "Rescuers searched the rubble of the building for survivors."),
    sentence("react", 0, `The ministry condemned the ${words} on Friday.`),
    sentence("react", 1, "Its spokesman called the attack cowardly and offered condolences to the families."),
    sentence("react", 2, "The ambassador said the ministry would send help."),
    ...others.flatMap((text, k) => [sentence(`other${k}`, 0, `${text}.`), sentence(`other${k}`, 1, `${text} again, officials said.`)]),
  ];
  const mentions = [
    ...articles.flatMap((id) => [mention(id, "capital", 0), mention(id, "capital", 1)]),
    // the reaction's own names past its opening, each named by one more article of the folder
    ...[2, 2].flatMap((s) => [mention("react", "ministry", s), mention("react", "ambassador", s)]),
    mention("other3", "ministry", 1),
    mention("other4", "ambassador", 1),
  ];
  // the other news a year earlier, a month apart from each other
  const dates: Record<string, string> = Object.fromEntries(others.map((_, k) => [`other${k}`, `1997-0${k + 1}-15`]));
  const stories = (react: string, inferred = false) =>
    groupStories(articles, sentences, mentions, {
      published: (id) => ({ date: id === "react" ? react : (dates[id] ?? "1998-08-07"), inferred: id === "react" && inferred }),
    });
  const eventStory = (react: string, inferred = false) => stories(react, inferred).find((s) => s.articles.includes("event"))!.articles;

  it("joins them when their declared dates are two days apart", () => {
    expect(eventStory("1998-08-09")).toEqual(["event", "react"]);
  });

  it("keeps them apart when the reaction's date is the engine's guess (its names then all count)", () => {
    expect(eventStory("1998-08-09", true)).toEqual(["event"]);
  });
});

describe("a ministry named by its portfolio alone", () => {
  it.each([
    ["Foreign Ministry", true],
    ["the Ministry of Foreign Affairs", true],
    ["Foreign Affairs Department", true],
    ["Interior Ministry", true],
    ["Justice Department", true],
    ["Ministry", false],
    ["State Department", false],
    ["Cuban Foreign Ministry", false],
    ["Ministry of Foreign Affairs of Iran", false],
  ])("%s is every government's: %s", (name, generic) => {
    expect(isPortfolioOffice(name)).toBe(generic);
  });

  it("is no participant: two countries' reactions, each quoting its 'Foreign Ministry', share the event's cast", () => {
    // a1, a2 the two capitals (20 articles each); a3 the one "Foreign Ministry" actor of both reactions (2 articles)
    const office = (id: string, s: number) => ({ ...mention(id, "a3", s), text: "Foreign Ministry" });
    const reaction = (id: string) => [...bombing(id), office(id, 0), office(id, 1)];
    const [event, cuba, iran] = casts([...bombing("event"), ...reaction("cuba"), ...reaction("iran")], ["event", "cuba", "iran"]);
    expect(Array.from(cuba.actors)).toEqual([1, 2]);
    expect(castFactor(event, cuba)).toBe(1);
    expect(castFactor(event, iran)).toBe(1);
    // the same ministry written with its country is a participant of its own
    const named = (id: string) => [
      ...bombing(id),
      { ...office(id, 0), text: "Cuban Foreign Ministry" },
      { ...office(id, 1), text: "Cuban Foreign Ministry" },
    ];
    const [, cubaNamed] = casts([...bombing("event"), ...named("cuba")], ["event", "cuba"]);
    expect(Array.from(cubaNamed.actors)).toEqual([1, 2, 3]);
    expect(castFactor(event, cubaNamed)).toBeCloseTo(1 / 3); // 0.1 of its 0.6 shared: a third of CAST_FULL
  });
});
