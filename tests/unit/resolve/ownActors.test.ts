// An article's own part of actor resolution, made with its extraction: the folder resolved with the
// parts given equals the folder resolved from its mentions alone, and a part records the article's
// joins (a surname to the full name it writes) and votes (an acronym for the long form it spells).
import { describe, expect, it } from "vitest";
import { actorDoc } from "../../helpers/actorDocs.js";
import { resolveActors } from "../../../src/extract/resolve/actors.js";
import { itemsOf, keyGraphOf, ownActors } from "../../../src/extract/resolve/ownActors.js";
import { KeyGraph } from "../../../src/extract/resolve/actors/graph.js";

const docs = [
  actorDoc("a", "Gen. Abdourahmane Tchiani met Mohamed Bazoum. Tchiani warned ECOWAS.", [
    ["Abdourahmane Tchiani", "person"],
    ["Mohamed Bazoum", "person"],
    ["Tchiani", "person"],
    ["ECOWAS", "organization"],
  ]),
  actorDoc("b", "The Economic Community of West African States (ECOWAS) and General Motors (GM) spoke to President Bazoum.", [
    ["Economic Community of West African States", "organization"],
    ["ECOWAS", "organization"],
    ["General Motors", "organization"],
    ["GM", "organization"],
    ["Bazoum", "person"],
  ]),
  actorDoc("c", "Bazoum and Ali Bazoum. GM said General Motors Europe would cut jobs.", [
    ["Bazoum", "person"],
    ["Ali Bazoum", "person"],
    ["GM", "organization"],
    ["General Motors Europe", "organization"],
  ]),
];

describe("an article's own part of actor resolution", () => {
  it("records the joins inside the article and its votes", () => {
    const a = ownActors(docs[0]);
    // "Tchiani" alone is the one Tchiani the article names in full
    expect(a.fields[a.of[2]]).toMatchObject({ key: "person:abdourahmane tchiani", local: true, surface: "Tchiani" });
    expect(a.of).toHaveLength(4);
    const b = ownActors(docs[1]);
    expect(b.strong).toEqual([
      ["organization:ecowas", "organization:economic community of west african states", 1],
      ["organization:gm", "organization:general motors", 1],
    ]);
    expect(b.weak).toEqual([]);
  });

  it("gives the folder's actors and mentions whether given or made", () => {
    const made = resolveActors(docs);
    const given = resolveActors(docs, (doc) => ownActors(doc));
    expect(JSON.stringify(given)).toBe(JSON.stringify(made));
    expect(made.actors.find((x) => x.name === "Abdourahmane Tchiani")?.mentionCount).toBe(2);
    // two Bazoums in the folder: "Bazoum" alone in b joins neither full name
    expect(made.actors.find((x) => x.name === "Ali Bazoum")?.articles).toEqual(["c"]);
    const loneInB = made.mentions.find((m) => m.article === "b" && m.text === "Bazoum")!;
    expect(made.actors.find((x) => x.id === loneInB.actor)?.name).toBe("Bazoum");
  });

  it("keeps an article's distinct fields in the order its mentions first have them, so its keys join the graph as its items would", () => {
    // "ECOWAS" written "Ecowas" first in one article: the key's surface is the first written, whichever article
    const twice = actorDoc("d", "Ecowas met. ECOWAS and Ali Bazoum. Ecowas again; Bazoum left.", [
      ["Ecowas", "organization"],
      ["ECOWAS", "organization"],
      ["Ali Bazoum", "person"],
      ["Ecowas", "organization"],
      ["Bazoum", "person"],
    ]);
    for (const order of [
      [twice, ...docs],
      [...docs, twice],
      [docs[2], twice, docs[0]],
    ]) {
      const parts = order.map((doc) => ownActors(doc));
      for (const { of } of parts) of.forEach((k, i) => expect(k).toBeLessThanOrEqual(Math.max(-1, ...of.slice(0, i)) + 1));
      const byItems = new KeyGraph();
      const votes = { strong: new Map(), weak: new Map() };
      for (const [k, doc] of order.entries())
        for (const item of itemsOf(doc.article, doc.mentions, parts[k], votes)) byItems.add(item.key, item.surface);
      const graph = keyGraphOf(parts);
      // the same keys in the same order (the same nodes), each with the same first surface
      expect([...graph.keys()]).toEqual([...byItems.keys()]);
      expect([...graph.keys()].map((key) => graph.surfaceOf(key))).toEqual([...byItems.keys()].map((key) => byItems.surfaceOf(key)));
    }
    expect(keyGraphOf([ownActors(twice), ...docs.map((doc) => ownActors(doc))]).surfaceOf("organization:ecowas")).toBe("Ecowas");
    expect(keyGraphOf(docs.map((doc) => ownActors(doc)).concat(ownActors(twice))).surfaceOf("organization:ecowas")).toBe("ECOWAS");
  });
});
