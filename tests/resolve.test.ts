import { describe, expect, it } from "vitest";
import { actorDoc } from "./helpers/actorDocs.js";
import { resolveActors } from "../src/extract/resolve/actors.js";
import { findConflicts, unitKey } from "../src/extract/resolve/conflicts.js";
import { countryOf } from "../src/extract/resolve/countryNames.js";
import { jaroWinkler } from "../src/extract/resolve/similarity.js";
import type { FigureRow } from "../src/extract/types.js";

const doc = actorDoc;

describe("resolveActors", () => {
  const docs = [
    doc("a", "Gen. Abdourahmane Tchiani met Mohamed Bazoum. Tchiani warned the U.S. and ECOWAS.", [
      ["Abdourahmane Tchiani", "person"],
      ["Mohamed Bazoum", "person"],
      ["Tchiani", "person"],
      ["U.S.", "organization"],
      ["ECOWAS", "organization"],
    ]),
    doc("b", "The Economic Community of West African States (ECOWAS) and the United States spoke to President Bazoum.", [
      ["Economic Community of West African States", "organization"],
      ["ECOWAS", "organization"],
      ["United States", "place"],
      ["Bazoum", "person"],
    ]),
    doc("c", "Abdourahamane Tiani, leader of the guard, and Tiani's allies. US troops and American officials. Nigerien people.", [
      ["Abdourahamane Tiani", "person"],
      ["Tiani", "person"],
      ["US", "place"],
      ["American", "place"],
      ["Nigerien", "place"],
    ]),
    doc("d", "The Wagner Group and Wagner fighters.", [
      ["Wagner Group", "organization"],
      ["Wagner", "organization"],
    ]),
  ];
  const { actors, mentions } = resolveActors(docs);
  const byAlias = (alias: string) => actors.find((a) => a.name === alias || a.aliases.includes(alias));

  it("merges spelling variants and surnames of one person", () => {
    const tchiani = byAlias("Tiani");
    expect(tchiani).toBeDefined();
    expect(tchiani!.type).toBe("person");
    expect([tchiani!.name, ...tchiani!.aliases]).toEqual(
      expect.arrayContaining(["Abdourahmane Tchiani", "Abdourahamane Tiani", "Tchiani", "Tiani"]),
    );
    expect(tchiani!.articles.sort()).toEqual(["a", "c"]);
  });

  it("names a person by the full name and attaches the bare surname", () => {
    const bazoum = byAlias("Bazoum")!;
    expect(bazoum.name).toBe("Mohamed Bazoum");
    expect(bazoum.articles.sort()).toEqual(["a", "b"]);
  });

  it("folds country codes, names and demonyms into one place", () => {
    const us = actors.find((a) => a.name === "United States")!;
    expect(us.type).toBe("place");
    expect(us.aliases).toEqual(expect.arrayContaining(["U.S.", "US", "American"]));
    expect(actors.find((a) => a.name === "Niger")?.aliases).toContain("Nigerien");
  });

  it("joins an acronym to its long form and a head word to its group", () => {
    const ecowas = byAlias("ECOWAS")!;
    expect([ecowas.name, ...ecowas.aliases]).toContain("Economic Community of West African States");
    expect(byAlias("Wagner")).toBe(byAlias("Wagner Group"));
    expect(byAlias("Wagner")!.name).toBe("Wagner Group");
  });

  it("keeps every mention, pointing at its actor", () => {
    expect(mentions).toHaveLength(docs.reduce((n, d) => n + d.mentions.length, 0));
    const tiani = mentions.find((m) => m.article === "c" && m.text === "Tiani")!;
    expect(tiani.actor).toBe(byAlias("Tchiani")!.id);
  });

  it("takes a surname typed as a place for the person named in full in the same article", () => {
    const r = resolveActors([
      doc("y", "Victoria Nuland arrived. Nuland said the talks were hard.", [
        ["Victoria Nuland", "person"],
        ["Nuland", "place"],
      ]),
    ]);
    expect(r.actors).toHaveLength(1);
    expect(r.actors[0]).toMatchObject({ name: "Victoria Nuland", type: "person", aliases: ["Nuland"] });
  });

  it("reads a region's adjective as the region", () => {
    const r = resolveActors([
      doc("z", "West African states met in West Africa.", [
        ["West African", "place"],
        ["West Africa", "place"],
      ]),
    ]);
    expect(r.actors.map((a) => [a.name, a.aliases])).toEqual([["West Africa", ["West African"]]]);
  });

  it("does not merge different people who share a first letter", () => {
    const two = resolveActors([
      doc("x", "Moussa Salaou Barmou and Mohamed Bazoum met.", [
        ["Moussa Salaou Barmou", "person"],
        ["Mohamed Bazoum", "person"],
      ]),
    ]);
    expect(two.actors).toHaveLength(2);
  });
});

describe("countryOf", () => {
  it("reads codes, demonyms and official names", () => {
    expect(countryOf("U.S.")).toBe("United States");
    expect(countryOf("French")).toBe("France");
    expect(countryOf("Nigerien")).toBe("Niger");
    expect(countryOf("Nigerian")).toBe("Nigeria");
    expect(countryOf("Wagner")).toBeUndefined();
  });
  it("reads the short form and former names of a renamed country as today's country", () => {
    expect(countryOf("Turkey")).toBe("Türkiye");
    expect(countryOf("Turks")).toBe("Türkiye");
    expect(countryOf("Turkish")).toBe("Türkiye");
    expect(countryOf("Zaire")).toBe("DR Congo");
    expect(countryOf("Zairean")).toBe("DR Congo");
    expect(countryOf("Ceylon")).toBe("Sri Lanka");
    expect(countryOf("West Germany")).toBe("Germany");
  });
  it("keeps a dissolved state as a country of its own", () => {
    expect(countryOf("Yugoslavia")).toBe("Yugoslavia");
    expect(countryOf("Yugoslav")).toBe("Yugoslavia");
    expect(countryOf("Yugoslavs")).toBe("Yugoslavia");
    expect(countryOf("U.S.S.R.")).toBe("Soviet Union");
    expect(countryOf("Soviets")).toBe("Soviet Union");
    expect(countryOf("East Germany")).toBe("East Germany");
  });
});

describe("jaroWinkler", () => {
  it("scores spelling variants high and different names low", () => {
    expect(jaroWinkler("tchiani", "tiani")).toBeGreaterThan(0.9);
    expect(jaroWinkler("bazoum", "barmou")).toBeLessThan(0.88);
  });
});

describe("findConflicts", () => {
  const figure = (id: string, article: string, value: number, unit: string, actors: string[]): FigureRow => ({
    id,
    article,
    text: `${value} ${unit}`,
    start: 0,
    end: 1,
    value,
    unit,
    approximate: false,
    actors,
  });
  it("sets reports of the same quantity from different articles side by side", () => {
    const conflicts = findConflicts(
      [
        figure("f1", "a", 1110, "troops", ["united-states", "niger"]),
        figure("f2", "b", 1000, "soldiers", ["united-states", "agadez"]),
        figure("f3", "b", 2, "hours", ["united-states"]),
      ],
      (id) => ({ "united-states": "United States" })[id] ?? id,
    );
    expect(conflicts).toEqual([{ subject: "troops — United States", figures: ["f1", "f2"] }]);
  });
  it("does not report equal values or unrelated actors", () => {
    expect(findConflicts([figure("f1", "a", 1000, "troops", ["x"]), figure("f2", "b", 1000, "troops", ["x"])], String)).toEqual([]);
    expect(findConflicts([figure("f1", "a", 1000, "troops", ["x"]), figure("f2", "b", 900, "troops", ["y"])], String)).toEqual([]);
  });
  it("compares reports of about the same time only: a price in 2016 and in 2022 is a change, not a disagreement", () => {
    const dates: Record<string, string | null> = { y2016: "2016-09-28", y2022: "2022-11-30", nov: "2022-12-03", undated: null };
    const rows = [
      figure("f1", "y2016", 49, "USD", ["brent"]),
      figure("f2", "y2022", 90, "USD", ["brent"]),
      figure("f3", "nov", 85, "USD", ["brent"]),
      figure("f4", "undated", 60, "USD", ["brent"]),
    ];
    // 2016 stands alone with the undated report; the two reports three days apart in 2022 disagree
    expect(findConflicts(rows, String, (id) => dates[id])).toEqual([
      { subject: "USD — brent", figures: ["f1", "f4"] },
      { subject: "USD — brent", figures: ["f2", "f3"] },
    ]);
    // 2022-11-30 and 2022-12-31 are 31 days apart: still the same time; 2023-01-01 is not
    const month = (last: string) =>
      findConflicts([figure("a1", "x", 10, "troops", ["n"]), figure("a2", "y", 20, "troops", ["n"])], String, (id) =>
        id === "x" ? "2022-11-30" : last,
      );
    expect(month("2022-12-31")).toHaveLength(1);
    expect(month("2023-01-01")).toEqual([]);
  });
  it("folds units", () => {
    expect(unitKey("US soldiers")).toBe("troops");
    expect(unitKey("bases")).toBe("base");
  });
});
