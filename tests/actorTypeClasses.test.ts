// Type errors by class seen on 1998 newswire (issue 17), each with our own sentences and made-up
// names: a person listed after another with a title (", Representative Tom Verne of Ohio,") is no
// role of the name before it; "the" after an office is no office's object ("Director of the U.S.
// Bureau"); a department's name before a cabinet title is part of the role ("Commerce Secretary");
// a weekday before a preposition opens no name ("headed Tuesday to East Africa").
import { describe, expect, it } from "vitest";
import { recognizerOf } from "./helpers/recognized.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { roleAfter } from "../src/extract/recognize/actors/roles.js";
import { trimEdges } from "../src/extract/recognize/actors/rules.js";
import { tablesOf } from "./helpers/textArticle.js";

const model = loadActorModel();
const { run, pairs } = recognizerOf(model);

describe("a titled person in a list is no role of the name before", () => {
  it("keeps a place before ', Representative X of Y,' a place", () => {
    const text = "Senator Ada Kestler of New Hampshire, Representative Tom Verne of Ohio, and others spoke.";
    expect(pairs(text)).toEqual([
      ["Ada Kestler", "person"],
      ["New Hampshire", "place"],
      ["Tom Verne", "person"],
      ["Ohio", "place"],
    ]);
    const words = ["Ohio", ",", "Representative", "Tom", "Verne", "of", "Ohio", ","];
    expect(roleAfter(words, 1)).toBeNull();
    expect(roleAfter(["Nuland", ",", "acting", "deputy", "secretary", "of", "state", ","], 1)).toEqual([2, 7]);
  });
});

describe("an office's object is a name", () => {
  it("keeps an organization after 'Director of the' an organization, and the person after it a person", () => {
    expect(pairs("Director of the U.S. Federal Bureau of Inquiry (FBI) Louis Brandt said the raid was lawful.")).toEqual([
      ["U.S. Federal Bureau of Inquiry", "organization"],
      ["FBI", "organization"],
      ["Louis Brandt", "person"],
    ]);
  });
});

describe("a department's name before a cabinet title", () => {
  it("is part of the person's role, not an actor", () => {
    const text = "Commerce Secretary Walter Daine met Labor Secretary Alma Hersh. Daine said the talks went well.";
    expect(pairs(text)).toEqual([
      ["Walter Daine", "person"],
      ["Alma Hersh", "person"],
      ["Daine", "person"],
    ]);
    expect(run(text)[0].role).toBe("Commerce Secretary");
    const tables = tablesOf(model, ["cabinet", `Cabinet\n\n${text}`]);
    expect(tables.actors.map((a) => [a.id, a.type, a.aliases])).toEqual([
      ["walter-daine", "person", ["Daine"]],
      ["alma-hersh", "person", []],
    ]);
  });
});

describe("a weekday before a preposition", () => {
  it("opens no name: the place after it is the name", () => {
    expect(pairs("The envoy headed Tuesday to East Africa to meet officials.")).toEqual([["East Africa", "place"]]);
    expect(trimEdges(["Tuesday", "to", "East", "Africa"], 0, 4, "PER")).toEqual([2, 4]);
    expect(trimEdges(["Saturday", "Night", "Live"], 0, 3, "ORG")).toEqual([0, 3]);
  });
});

describe("built places and airlines by the words that end their names", () => {
  it("reads a convention or exhibition center as a place, a center of a body as an organization", () => {
    expect(pairs("The phone was shown at the Halvorsen West Convention Center. The Tamsin Center sent observers.")).toEqual([
      ["Halvorsen West Convention Center", "place"],
      ["Tamsin Center", "organization"],
    ]);
  });
  it("reads a name ending in 'Air' as an airline, though it opens with a given name", () => {
    const text = "Adam Air lost a plane over the sea, said Adam Kestler.";
    expect(pairs(text)).toEqual([
      ["Adam Air", "organization"],
      ["Adam Kestler", "person"],
    ]);
    expect(tablesOf(model, ["crash", `Crash\n\n${text}`]).actors.map((a) => [a.id, a.type, a.aliases])).toEqual([
      ["adam-air", "organization", []],
      ["adam-kestler", "person", []],
    ]);
  });
});

describe("a name before the noun it modifies", () => {
  it("reads a name before a district's office as a place, before a role as the body's, before 'group' as a group", () => {
    expect(pairs("Voss, the Tarrow district attorney, said he would appeal.")).toEqual([
      ["Voss", "person"],
      ["Tarrow", "place"],
    ]);
    expect(pairs("The Kestrel chief executive said sales fell.")).toEqual([["Kestrel", "organization"]]);
    expect(pairs("Officials said the Velmar Brotherhood group planned the attacks.")).toEqual([["Velmar Brotherhood", "organization"]]);
  });
  it("keeps the surname of a person named in full a person", () => {
    const text = "Walter Daine spoke on Monday, and the Daine spokesman said more.";
    expect(pairs(text)).toEqual([
      ["Walter Daine", "person"],
      ["Daine", "person"],
    ]);
    expect(tablesOf(model, ["talk", `Talk\n\n${text}`]).actors.map((a) => [a.id, a.type, a.aliases])).toEqual([
      ["walter-daine", "person", ["Daine"]],
    ]);
  });
});

describe("nationality words world-countries leaves out", () => {
  it("reads 'Philippine' and 'Kazakh' as their countries, not persons", () => {
    const text = "Philippine President Ramon Dizon met Kazakh envoys on Monday.";
    expect(pairs(text)).toEqual([
      ["Philippine", "place"],
      ["Ramon Dizon", "person"],
      ["Kazakh", "place"],
    ]);
    expect(tablesOf(model, ["visit", `Visit\n\n${text}`]).actors.map((a) => [a.id, a.type, a.aliases])).toEqual(
      expect.arrayContaining([
        ["philippines", "place", ["Philippine"]],
        ["kazakhstan", "place", ["Kazakh"]],
        ["ramon-dizon", "person", []],
      ]),
    );
  });
});
