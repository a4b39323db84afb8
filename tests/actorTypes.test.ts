// Tests for actor types and junk on text unlike the training data: companies and platforms are
// organizations, capitalized labels and shouts are no actors, and stretches of capitals
// (headlines, datelines, transcript speaker labels) are read like ordinary names. Also the
// hand-labelled held-out paragraphs (tests/fixtures/actors-heldout) keep their score.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { recognizerOf } from "./helpers/recognized.js";
import { parseMarkup } from "../src/evaluate/markup.js";
import { addDocument, emptyScore } from "../src/evaluate/score.js";
import { caseView } from "../src/extract/recognize/actors/features.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";

const model = loadActorModel();
const { run, pairs } = recognizerOf(model);

describe("companies and platforms are organizations", () => {
  it("types platforms as organizations, never places or persons", () => {
    expect(pairs("Protesters organised the march on Facebook and Twitter, and videos spread on TikTok.")).toEqual([
      ["Facebook", "organization"],
      ["Twitter", "organization"],
      ["TikTok", "organization"],
    ]);
  });

  it("types a ride-hailing company as an organization wherever it stands", () => {
    expect(pairs("Uber said its drivers would strike. A spokesperson for Uber declined to comment.")).toEqual([
      ["Uber", "organization"],
      ["Uber", "organization"],
    ]);
  });

  it("reads X and Apple as companies only with a cue", () => {
    expect(pairs("The ministry later posted the statement on X, and an Apple spokesperson said the app was removed.")).toEqual([
      ["X", "organization"],
      ["Apple", "organization"],
    ]);
    expect(run("Suspect X was seen near the apple orchard.").map((m) => m.text)).not.toContain("X");
  });

  it("reads a cued company as that company wherever the document names it, and an uncued one as before", () => {
    const text =
      "Apple has kicked off its event. Apple hasn't confirmed what it will announce. The phone comes a decade after Apple's late co-founder Steve Jobs unveiled the first one.";
    expect(pairs(text)).toEqual([
      ["Apple", "organization"],
      ["Apple", "organization"],
      ["Apple", "organization"],
      ["Steve Jobs", "person"],
    ]);
    expect(pairs("Fires raged across the Amazon for weeks. Brazil sent troops to the Amazon.")).toEqual([
      ["Amazon", "place"],
      ["Brazil", "place"],
      ["Amazon", "place"],
    ]);
    expect(pairs("Amazon shares rose. Later, Amazon hired 1,000 workers in Ohio.")).toEqual([
      ["Amazon", "organization"],
      ["Amazon", "organization"],
      ["Ohio", "place"],
    ]);
  });

  it("reads a name that trades, merges or is bought as a company throughout the document", () => {
    expect(pairs("Investors bought shares in Kestrel after Kestrel said profits doubled.")).toEqual([
      ["Kestrel", "organization"],
      ["Kestrel", "organization"],
    ]);
    expect(
      pairs("Rival bidder Dalton Wexley said it would acquire Marlow. Marlow said on Monday it would consider the offer.").filter(
        ([n]) => n === "Marlow",
      ),
    ).toEqual([
      ["Marlow", "organization"],
      ["Marlow", "organization"],
    ]);
    expect(pairs("The board terminated its merger agreement with Entegris on Monday.")).toContainEqual(["Entegris", "organization"]);
    // a state's share of a budget stays a place
    expect(pairs("California's share of the budget fell, the governor said.")).toEqual([["California", "place"]]);
  });

  it("types names ending in a corporate word as organizations and keeps the legal form", () => {
    expect(pairs("Shares of Meridian Holdings and Gulfstar Airlines fell after Northwind Technologies Inc. warned.")).toEqual([
      ["Meridian Holdings", "organization"],
      ["Gulfstar Airlines", "organization"],
      ["Northwind Technologies Inc.", "organization"],
    ]);
    expect(pairs("Shares of Alphabet Inc. rose.")).toEqual([["Alphabet Inc.", "organization"]]);
  });
});

describe("a capitalized word is not an actor on its own", () => {
  it("drops line-initial labels and shouted everyday words", () => {
    expect(pairs("UPDATE: The army said the curfew was lifted.")).toEqual([]);
    expect(pairs("BREAKING NEWS: Rebels entered the capital.")).toEqual([]);
    expect(pairs("WATCH: How the floods hit Pakistan")).toEqual([["Pakistan", "place"]]);
  });

  it("drops transcript stage directions", () => {
    expect(pairs("(BEGIN VIDEO CLIP)\nUNIDENTIFIED MALE (through translator): They came at night.\n(END VIDEO CLIP)")).toEqual([]);
  });

  it("drops TV, PM, CEO, NGO, single letters and forms of address alone", () => {
    const text =
      "Officials said the PM and the CEO met the NGO on TV. Residents called it plan B on Friday, and E was the grade. Mr Kamara met Ms Diallo in Freetown.";
    expect(run(text).map((m) => [m.text, m.type, m.role])).toEqual([
      ["Kamara", "person", "Mr"],
      ["Diallo", "person", "Ms"],
      ["Freetown", "place", undefined],
    ]);
  });

  it("drops weekdays and months", () => {
    expect(pairs("Monday was calm. March ended with talks in Juba.")).toEqual([["Juba", "place"]]);
  });
});

describe("stretches of capitals", () => {
  it("reads a dateline city as a place and the agency as an organization", () => {
    expect(
      run("CAIRO (AP) — Egypt's foreign minister met his Sudanese counterpart on Sunday.").map((m) => [m.text, m.type, m.country]),
    ).toEqual([
      ["CAIRO", "place", undefined],
      ["AP", "organization", undefined],
      ["Egypt", "place", "Egypt"],
      ["Sudanese", "place", "Sudan"],
    ]);
  });

  it("reads a transcript speaker label as a person and the network as an organization", () => {
    expect(pairs("JOHN MARSTON, BBC CORRESPONDENT: Residents of Kassala say the shelling continued overnight.")).toEqual([
      ["JOHN MARSTON", "person"],
      ["BBC", "organization"],
      ["Kassala", "place"],
    ]);
    const transcript =
      "ANDERSON COOPER, CNN ANCHOR: Good evening.\nWALSH: The mayor spoke.\nCOOPER: Nick Paton Walsh, thank you. Nick, stay safe.";
    const ms = run(transcript);
    expect(ms.filter((m) => m.text === "COOPER" || m.text === "ANDERSON COOPER").map((m) => m.type)).toEqual(["person", "person"]);
    expect(ms.filter((m) => m.text === "Nick").map((m) => m.type)).toEqual(["person"]);
  });

  it("maps a country in a headline to its country", () => {
    expect(
      run("EGYPT AND SUDAN SIGN WATER DEAL")
        .filter((m) => m.country)
        .map((m) => m.country),
    ).toEqual(["Egypt", "Sudan"]);
  });

  it("gives the tagger title case inside capitals and keeps acronyms", () => {
    expect(caseView(["ANDERSON", "COOPER", ",", "CNN", "ANCHOR", ":"]).view).toEqual(["Anderson", "Cooper", ",", "CNN", "Anchor", ":"]);
    expect(caseView(["CAIRO", "(", "AP", ")", "—", "Egypt", "raised", "prices"]).view).toEqual([
      "Cairo",
      "(",
      "AP",
      ")",
      "—",
      "Egypt",
      "raised",
      "prices",
    ]);
    expect(caseView(["The", "WHO", "said"]).view).toEqual(["The", "WHO", "said"]);
  });
});

describe("names inside compounds and spans", () => {
  it("finds the country opening a compound word", () => {
    expect(run("The US-led coalition hired Russian-born pilots.").map((m) => [m.text, m.country])).toEqual([
      ["US", "United States"],
      ["Russian", "Russia"],
    ]);
  });

  it("splits an organization from the person its title introduces", () => {
    expect(run("State Department spokesperson Matt Miller said so.").map((m) => [m.text, m.type, m.role])).toEqual([
      ["State Department", "organization", undefined],
      ["Matt Miller", "person", "State Department spokesperson"],
    ]);
  });
});

describe("hand-labelled paragraphs in other genres", () => {
  const dir = fileURLToPath(new URL("./fixtures/actors-heldout", import.meta.url));
  it("scores actors F1 >= 0.955 on encyclopedic, broadcast and web-news paragraphs (measured 0.969)", () => {
    const score = emptyScore();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const doc = parseMarkup(readFileSync(join(dir, file), "utf8"), file);
      addDocument(score, "actors", doc, run(doc.text));
    }
    expect(score.goldCounted).toBeGreaterThan(140);
    expect(score.f1).toBeGreaterThanOrEqual(0.955);
  });

  it("names a malformed mark and its file", () => {
    expect(() => parseMarkup("[[Kyiv|Q]] is a city", "bad.txt")).toThrow(/bad\.txt: unknown type "Q"/);
  });
});

describe("a lowercase job word before a name", () => {
  it("makes the name a person, whatever the tagger guessed", () => {
    expect(pairs("Chief executive Elon Musk told analysts the company would cut jobs.")).toEqual([["Elon Musk", "person"]]);
    expect(pairs("The talks were led by defence minister Ali Ahmed and striker Harry Kane watched.")).toEqual([
      ["Ali Ahmed", "person"],
      ["Harry Kane", "person"],
    ]);
  });
});

describe("companies named short or by their arms", () => {
  it("reads the first word of a company's name as the company, not a place", () => {
    expect(pairs("The Velmor Castrine consortium won the bid. The court said the tender favoured Velmor.")).toEqual([
      ["Velmor Castrine", "organization"],
      ["Velmor", "organization"],
    ]);
  });
  it("keeps a known place that opens a company's name a place", () => {
    expect(pairs("Reporters at the Washington Post said Washington agreed.")).toEqual([
      ["Washington Post", "organization"],
      ["Washington", "place"],
    ]);
  });
  it("keeps a town a place beside a club named after it", () => {
    expect(
      pairs("Friends met after shooting skeet at the Buffalo Shooting Club in Amherst. Leaders in Buffalo condemned the shooting."),
    ).toEqual([
      ["Buffalo Shooting Club", "organization"],
      ["Amherst", "place"],
      ["Buffalo", "place"],
    ]);
  });
  it("reads a company's arm named by a region as an organization", () => {
    expect(pairs("The Northrop Grumman and EADS North America plan was dropped. EADS said so. GM Europe is a unit.")).toEqual([
      ["Northrop Grumman", "organization"],
      ["EADS North America", "organization"],
      ["EADS", "organization"],
      ["GM Europe", "organization"],
    ]);
  });
  it("reads a name and a country after a company noun as the company ('carrier Garuda Indonesia')", () => {
    expect(pairs("The president flew with the flag carrier Merapi Indonesia. Merapi Indonesia Flight 20 landed.")).toEqual([
      ["Merapi Indonesia", "organization"],
      ["Merapi Indonesia", "organization"],
    ]);
    expect(pairs("Rebels held towns in Northern Ireland and South Sudan.").map(([, type]) => type)).toEqual(["place", "place"]);
  });
  it("reads a given name after a company's legal form as a person, whatever word ends it ('Chrysler LLC Jim Press')", () => {
    expect(pairs("It is early, said the chairman of Chrysler LLC Jim Press. Chrysler is small.")).toEqual([
      ["Chrysler LLC", "organization"],
      ["Jim Press", "person"],
      ["Chrysler", "organization"],
    ]);
  });
  it("reads everyday words after a company noun as the company, there and where the document writes them again", () => {
    expect(
      pairs(
        "The band sued electronics maker Pear Orchard in court. Pear Orchard's store opened. Twice the band sued Pear Orchard over it.",
      ),
    ).toEqual([
      ["Pear Orchard", "organization"],
      ["Pear Orchard", "organization"],
      ["Pear Orchard", "organization"],
    ]);
    expect(pairs("The company Monday said it would appeal.")).toEqual([]);
  });
  it("reads everyday words ending in a word only companies' names end in as the company, not a bank's or a group's", () => {
    expect(pairs("The band lost its case against Pear Computer today. The deal was that Pear Computer would not sell music.")).toEqual([
      ["Pear Computer", "organization"],
      ["Pear Computer", "organization"],
    ]);
    expect(pairs("Settlers in the West Bank protested.")).toEqual([["West Bank", "place"]]);
  });
  it("reads a name the tagger missed beside a company in a list as a company, and the same name elsewhere", () => {
    const text =
      "The carmakers - Ford, Chrysler, and General Motors - asked for loans. He let General Motors and Chrysler go. Later they spoke of Chrysler.";
    expect(pairs(text)).toEqual([
      ["Ford", "organization"],
      ["Chrysler", "organization"],
      ["General Motors", "organization"],
      ["General Motors", "organization"],
      ["Chrysler", "organization"],
      ["Chrysler", "organization"],
    ]);
  });
  it("reads the first word of a company's name the tagger missed as the company, never a nationality", () => {
    expect(pairs("The deal was fought between Boeing and Lockheed Martin, Lockheed winning it.")).toEqual([
      ["Boeing", "organization"],
      ["Lockheed Martin", "organization"],
      ["Lockheed", "organization"],
    ]);
    expect(
      pairs("The European Aeronautic Defence group grew. European leaders met.").filter(([name]) => name === "European"),
    ).not.toContainEqual(["European", "organization"]);
  });
  it("widens a company the tagger read without its kind ('Bank of | America Corp.')", () => {
    expect(pairs("Bank shares rose as the bank rallied. There was good news from Bank of America Corp. on Friday.")).toEqual([
      ["Bank of America Corp.", "organization"],
    ]);
  });
});
