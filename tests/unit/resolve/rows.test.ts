import { describe, expect, it } from "vitest";
import { actorRows, otherName, personName, slugify, typeAndName, voteType } from "../../../src/extract/resolve/actors/rows.js";
import { classify } from "../../../src/extract/resolve/actors/items.js";
import type { ActorType } from "../../../src/extract/types.js";
import { mention } from "./build.js";

const cluster = (...mentions: Array<[string, ActorType, string?]>) =>
  mentions.map(([text, type, article], i) => classify(article ?? "a", mention(text, type, i * 20)));

describe("actor rows", () => {
  it("slugify folds accents and punctuation", () => {
    expect(slugify("Économie & Société")).toBe("economie-societe");
    expect(slugify("!!!")).toBe("actor");
  });
  it("voteType lets a full name outweigh bare surnames", () => {
    expect(voteType(cluster(["Victoria Nuland", "person"], ["Nuland", "organization"], ["Nuland", "organization"]))).toBe("person");
    expect(voteType(cluster(["Nuland", "person"], ["Nuland", "organization"], ["Nuland", "organization"]))).toBe("organization");
  });
  it("voteType breaks a tie by a name that ends as an organization's, else by the mention named first", () => {
    expect(voteType(cluster(["Port Halvard", "place", "a"], ["Port Halvard", "organization", "b"]))).toBe("place");
    expect(voteType(cluster(["Port Halvard", "organization", "a"], ["Port Halvard", "place", "b"]))).toBe("organization");
    expect(voteType(cluster(["Halvard", "person", "a"], ["Halvard", "organization", "b"]))).toBe("person");
    expect(voteType(cluster(["KESTREL AG", "place", "a"], ["Kestrel AG", "organization", "b"]))).toBe("organization");
    expect(voteType(cluster(["UNITED NATIONS", "place", "a"], ["United Nations", "organization", "b"]))).toBe("organization");
  });
  it("personName counts a name read with words before it for the name it ends with", () => {
    expect(
      personName(
        cluster(
          ["Harbour Office Lena Marsh", "person"],
          ["Harbour Office Lena Marsh", "person"],
          ["Lena Marsh", "person"],
          ["Marsh", "person"],
        ),
      ),
    ).toBe("Lena Marsh");
  });
  it("personName takes the most common full name without titles", () => {
    expect(personName(cluster(["President Mohamed Bazoum", "person"], ["Bazoum", "person"]))).toBe("Mohamed Bazoum");
    expect(personName(cluster(["Bazoum", "person"]))).toBe("Bazoum");
  });
  it("otherName takes the full form, a group's full name and a region", () => {
    expect(
      otherName(cluster(["Northrop", "organization"], ["Northrop", "organization"], ["Northrop Grumman", "organization"]), "organization"),
    ).toBe("Northrop Grumman");
    expect(otherName(cluster(["Wagner", "organization"], ["Wagner Group", "organization"]), "organization")).toBe("Wagner Group");
    expect(otherName(cluster(["West African", "place"], ["West African", "place"], ["West Africa", "place"]), "place")).toBe("West Africa");
  });
  it("typeAndName names a country by its code", () => {
    expect(typeAndName(cluster(["Niger", "place"], ["Nigerien", "place"]))).toMatchObject({ type: "place" });
    expect(typeAndName(cluster(["ECOWAS", "organization"]))).toEqual({ type: "organization", name: "ECOWAS" });
  });
  it("actorRows gives unique ids, aliases and sorted mentions", () => {
    const { actors, mentions } = actorRows([
      cluster(["John Smith", "person", "b"], ["Smith", "person", "a"]),
      cluster(["John Smyth", "person"]),
    ]);
    expect(actors.map((a) => [a.id, a.name, a.aliases])).toEqual([
      ["john-smith", "John Smith", ["Smith"]],
      ["john-smyth", "John Smyth", []],
    ]);
    expect(mentions.map((m) => [m.article, m.text])).toEqual([
      ["a", "John Smyth"],
      ["a", "Smith"],
      ["b", "John Smith"],
    ]);
  });
  it("actorRows names a slug's other clusters by where each is first named, not by rank or size", () => {
    // three clusters named Ellwood (a surname kept apart per story): the one named first takes the slug bare
    const inA = cluster(["Ellwood", "person", "a"]);
    const inB = cluster(["Ellwood", "person", "b"]);
    const big = cluster(["Ellwood", "person", "c"], ["Ellwood", "person", "c"], ["Ellwood", "person", "d"]);
    const idOf = (clusters: ReturnType<typeof cluster>[], which: ReturnType<typeof cluster>) =>
      actorRows(clusters).actors.find((a) => a.articles[0] === which[0].article)!.id;
    expect(idOf([inA, inB], inA)).toBe("ellwood");
    expect(idOf([inA, inB], inB)).toMatch(/^ellwood-[0-9a-f]{4}$/);
    // an added cluster larger than the others renames none of them
    const withBig = [inA, inB, big];
    expect(idOf(withBig, inA)).toBe("ellwood");
    expect(idOf(withBig, inB)).toBe(idOf([inA, inB], inB));
    expect(idOf(withBig, big)).toMatch(/^ellwood-[0-9a-f]{4}$/);
    expect(new Set(actorRows(withBig).actors.map((a) => a.id)).size).toBe(3);
    // without the article "a" (deleted), the cluster named first now ("b") takes the bare slug; "c" keeps its id
    expect(idOf([inB, big], inB)).toBe("ellwood");
    expect(idOf([inB, big], big)).toBe(idOf(withBig, big));
  });
  it("actorRows names a slug's clusters of other names by their names, not by where each is first named", () => {
    // two spellings of one slug: the name sorting first ("Al" before "al") takes it bare, the other a hash of its name
    const spaced = (...articles: string[]) =>
      cluster(...articles.map((a): [string, ActorType, string] => ["Haider Al Abadi", "person", a]));
    const hyphened = (...articles: string[]) =>
      cluster(...articles.map((a): [string, ActorType, string] => ["Haider al-Abadi", "person", a]));
    const ids = (...clusters: ReturnType<typeof cluster>[]) =>
      actorRows(clusters)
        .actors.map((a) => [a.name, a.id])
        .sort();
    const both = ids(spaced("b", "d"), hyphened("a", "c"));
    expect(both[0]).toEqual(["Haider Al Abadi", "haider-al-abadi"]);
    expect(both[1][1]).toMatch(/^haider-al-abadi-[0-9a-f]{4}$/);
    // the article naming either first deleted ("a", then "b"), or a late one added: no id changes
    expect(ids(spaced("b", "d"), hyphened("c"))).toEqual(both);
    expect(ids(spaced("d"), hyphened("a", "c"))).toEqual(both);
    expect(ids(spaced("b", "d", "z"), hyphened("a", "c", "z"))).toEqual(both);
  });
});
