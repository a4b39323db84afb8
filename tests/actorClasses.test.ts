// One actor per real-world entity, through the whole engine, one test per class of error found on
// cross-document news (issue 17): spans over two names, names written as companies, a lone word
// typed two ways, a name written longer elsewhere, spellings with and without a final s, a
// country before a person, and a surname that is an everyday word. Our own sentences.
import { describe, expect, it } from "vitest";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { tablesOf } from "./helpers/textArticle.js";

const model = loadActorModel();
const tables = tablesOf(
  model,
  [
    "cuts",
    "Carmaker cuts jobs\n\nUnlike Dravik, the company did not ask for loans. The results of Dravik's North Sea unit were weak. " +
      "Investors in Dravik worried. Air Canada ordered ten jets. The deal with Air Canada was signed. Apple Computer CEO Margo Banks spoke. " +
      "Later that day, Banks said the plan would work. The talks with automaker Telvano failed, and Telvano's restructuring plan was cut.",
  ],
  [
    "loans",
    'Loans for carmakers\n\nThe loans will go to Telvano, officials said. Ford Motors Co. said it would hire. President of the United States Barack Obama presented a plan. "We will help," Obama said.',
  ],
  ["plants", "Telvano's factories\n\nTelvano factories closed, the Italian company, Telvano, said. Ford Motor Co. disagreed."],
);
const actor = (id: string) => tables.actors.find((a) => a.id === id);
const mentionsOf = (id: string) => tables.mentions.filter((m) => m.actor === id).map((m) => `${m.article}:${m.text}`);

describe("actor classes across articles", () => {
  it("splits a possessive and a sentence opener off a name ('Dravik's North Sea unit', 'Unlike Dravik')", () => {
    expect(mentionsOf("dravik")).toEqual(["cuts:Dravik", "cuts:Dravik", "cuts:Dravik"]);
    expect(tables.actors.some((a) => /unlike|dravik-s/.test(a.id))).toBe(false);
  });
  it("reads a name written as a company as one organization in every article", () => {
    expect(actor("telvano")).toMatchObject({ type: "organization", articles: ["cuts", "loans", "plants"] });
    expect(mentionsOf("telvano")).toHaveLength(6);
  });
  it("reads 'Air Canada' whole where the tagger read 'Canada' alone", () => {
    expect(actor("air-canada")).toMatchObject({ type: "organization" });
    expect(mentionsOf("air-canada")).toEqual(["cuts:Air Canada", "cuts:Air Canada"]);
    expect(actor("canada")).toBeUndefined();
  });
  it("joins a company's names with and without a final s across articles", () => {
    const ford = tables.actors.find((a) => a.aliases.includes("Ford Motor Co.") || a.name === "Ford Motor Co.");
    expect(ford?.type).toBe("organization");
    expect(mentionsOf(ford!.id)).toEqual(["loans:Ford Motors Co.", "plants:Ford Motor Co."]);
  });
  it("parts a country from the person after it, and the surname joins the person", () => {
    expect(actor("barack-obama")).toMatchObject({ type: "person", aliases: ["Obama"] });
    expect(mentionsOf("united-states")).toEqual(["loans:United States"]);
  });
  it("types a company's name as an organization and keeps a person with an everyday surname", () => {
    expect(actor("apple-computer")?.type).toBe("organization");
    expect(actor("margo-banks")).toMatchObject({ type: "person", aliases: ["Banks"] });
    expect(mentionsOf("margo-banks")).toEqual(["cuts:Margo Banks", "cuts:Banks"]);
  });
});

describe("a company's name inside one article", () => {
  const one = tablesOf(model, [
    "recall",
    "Carmaker stops a model\n\nDETROIT, May 3, 2009 — Chrysler LLC said on Monday that it would stop building the Chrysler Aspen at its Newark plant. " +
      "Chrysler has struggled for a year. Chrysler said the plant would close. Analysts said Chrysler could not sell enough of the large vehicles.",
  ]);
  it("joins the bare name the tagger read as a person to the company, named as the article writes it most", () => {
    const chrysler = one.actors.find((a) => a.id === "chrysler");
    expect(chrysler).toMatchObject({ name: "Chrysler", type: "organization" });
    expect(chrysler?.aliases).toContain("Chrysler LLC");
    expect(one.actors.filter((a) => a.type === "person")).toEqual([]);
  });
});

describe("a government body named by its portfolio", () => {
  const one = tablesOf(model, [
    "wounded",
    "Soldiers wounded\n\nLONDON (Reuters) - The Ministry of Defence said on Tuesday that two soldiers had been wounded. " +
      "The Department of Justice opened an inquiry, and the Bank of England Governor spoke.",
  ]);
  it("keeps the portfolio after 'of' in the body's name ('Ministry of Defence', 'Department of Justice'), and the body speaks", () => {
    expect(one.actors.find((a) => a.id === "ministry-of-defence")?.type).toBe("organization");
    expect(one.actors.find((a) => a.id === "department-of-justice")?.type).toBe("organization");
    expect(one.actors.some((a) => a.id === "ministry" || a.id === "department")).toBe(false);
    expect(one.quotes.find((q) => q.kind === "indirect")).toMatchObject({
      speaker: "ministry-of-defence",
      text: "two soldiers had been wounded",
    });
  });
});
