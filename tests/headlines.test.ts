// Headlines in title case read as headlines: their words are tagged as running text would write
// them, so a headline's verb or common noun never joins two names into one, and no alias comes from
// a headline fragment. Through the whole engine: actors recognized, resolved, tabled.
import { describe, expect, it } from "vitest";
import { loadActorModel, recognizeActors } from "../src/extract/recognize/actors/index.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { tablesOf } from "./helpers/textArticle.js";

const model = loadActorModel();
const names = (text: string) => recognizeActors(model, text, splitSentences(text)).map((m) => m.text);

describe("title-case headlines", () => {
  it("splits a headline at its verb: two names, the body's actors, no headline-long actor", () => {
    const t = tablesOf(model, [
      "rehab",
      "Lindsay Lohan Leaves Betty Ford\n\nActress Lindsay Lohan left the Betty Ford Center on Friday after three months, her lawyer said. Lohan will return to Los Angeles.",
    ]);
    const ids = t.actors.map((a) => a.id);
    expect(ids).toContain("lindsay-lohan");
    expect(ids).toContain("betty-ford-center");
    expect(ids.some((id) => id.includes("leaves"))).toBe(false);
    expect(t.actors.find((a) => a.id === "lindsay-lohan")).toMatchObject({ name: "Lindsay Lohan", aliases: ["Lohan"] });
    // the headline's own mentions keep their written offsets and surfaces
    expect(names("Lindsay Lohan Leaves Betty Ford\n\nLindsay Lohan left the clinic.").slice(0, 2)).toEqual(["Lindsay Lohan", "Betty Ford"]);
  });

  it("does not take a negated verb or a common noun into the name", () => {
    const t = tablesOf(model, [
      "film",
      "Gary Ross Won't Direct Sequel\n\nDirector Gary Ross will not return for the second film, the studio said on Tuesday. Ross wrote the first one.",
    ]);
    expect(t.actors.find((a) => a.id === "gary-ross")).toMatchObject({ name: "Gary Ross", aliases: ["Ross"] });
    expect(t.actors.some((a) => /won|direct|sequel/i.test(a.name))).toBe(false);
    expect(t.actors.flatMap((a) => a.aliases).some((al) => /Won|Sequel/.test(al))).toBe(false);
  });

  it("keeps a word the body writes capitalized as part of a name (White House, Bank of England)", () => {
    const text =
      "Officials Say White House Backs Bank of England Plan\n\nThe White House said talks with the Bank of England had gone well. Officials met on Monday.";
    expect(names(text).slice(0, 3)).toEqual(["White House", "Bank of England", "White House"]);
    // a name of everyday words the body writes only at the start of a sentence, before another capital
    const gm = "Shares Rise As General Motors Beats Forecasts\n\nGeneral Motors said on Tuesday that profit rose.";
    expect(names(gm)).toEqual(["General Motors", "General Motors"]);
  });

  it("reads a day after a name as a day, in a headline and in running text", () => {
    const t = tablesOf(model, ["nba", "Maurice Cheeks Saturday Named Coach\n\nThe Pistons named Maurice Cheeks their coach on Saturday."]);
    expect(t.actors.find((a) => a.id === "maurice-cheeks")).toMatchObject({ name: "Maurice Cheeks", mentionCount: 2 });
    expect(t.actors.some((a) => a.name.includes("Saturday"))).toBe(false);
    expect(names("The club said Maurice Cheeks Saturday agreed to coach the team.")).toContain("Maurice Cheeks");
    // a programme's name keeps its day
    expect(names("Fox News Sunday host Chris Wallace spoke.")).toEqual(["Fox News Sunday", "Chris Wallace"]);
  });

  it("leaves running text and lines of names as they are", () => {
    // a sentence of running text with capitalized words is no headline
    expect(names("Shares of Rolling Stone Media rose after Chief Executive Anna Berg spoke.")).toContain("Rolling Stone Media");
    // a line with no everyday word keeps every capital: the names stay whole
    expect(names("Maria Lindqvist and Daniel Brooks\n\nThe two met in Oslo.").slice(0, 2)).toEqual(["Maria Lindqvist", "Daniel Brooks"]);
  });
});
