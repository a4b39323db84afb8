import { describe, expect, it } from "vitest";
import {
  givenNamesInArticle,
  organizationWordsInArticle,
  sameWordInArticle,
  shortFormVotes,
  surnamesInArticle,
  type Votes,
} from "../../../src/extract/resolve/actors/article.js";
import { article, itemsOf } from "./build.js";

const noVotes = (): Votes => ({ strong: new Map(), weak: new Map() });

describe("joins inside an article", () => {
  it("surnamesInArticle gives a surname alone the one full name of the article", () => {
    const items = itemsOf(
      article("a", [
        ["Mohamed Bazoum", "person"],
        ["Bazoum", "organization"],
      ]),
    );
    surnamesInArticle(items);
    expect(items[1]).toMatchObject({ key: "person:mohamed bazoum", kind: "person", local: true });
  });
  it("surnamesInArticle leaves a surname two full names share", () => {
    const items = itemsOf(
      article("a", [
        ["John Williams", "person"],
        ["Serena Williams", "person"],
        ["Williams", "person"],
      ]),
    );
    surnamesInArticle(items);
    expect(items[2]).toMatchObject({ key: "person:williams" });
    expect(items[2].local).toBeUndefined();
  });
  it("surnamesInArticle gives a surname written with its particle the full name ('bin Talal' for 'Omar bin Talal')", () => {
    const items = itemsOf(
      article("a", [
        ["Omar bin Talal", "person"],
        ["bin Talal", "person"],
      ]),
    );
    surnamesInArticle(items);
    expect(items[1]).toMatchObject({ key: "person:omar bin talal", local: true });
  });
  it("givenNamesInArticle gives a given name alone the one person of the article named in full with it", () => {
    const items = itemsOf(
      article("a", [
        ["Nilo Varga", "person"],
        ["Teresa Varga", "person"],
        ["Nilo", "person"],
        ["Teresa", "place"],
        ["Marta", "person"],
      ]),
    );
    surnamesInArticle(items);
    givenNamesInArticle(items);
    expect(items[2]).toMatchObject({ key: "person:nilo varga", local: true });
    // only a mention read as a person, and only a name the article gives in full
    expect(items[3].key).toBe("place:teresa");
    expect(items[4].key).toBe("person:marta");
  });
  it("givenNamesInArticle leaves a word that is also a surname of the article", () => {
    const items = itemsOf(
      article("a", [
        ["Grant Lowe", "person"],
        ["Ulysses Grant", "person"],
        ["Grant", "person"],
      ]),
    );
    surnamesInArticle(items);
    givenNamesInArticle(items);
    expect(items[2].key).toBe("person:ulysses grant");
  });
  it("sameWordInArticle joins a lone word read as a person to the same word read as a place in its article", () => {
    const items = itemsOf(
      article("a", [
        ["Korvath", "person"],
        ["Korvath", "place"],
        ["Pellan", "person"],
      ]),
    );
    sameWordInArticle(items);
    expect(items[0]).toMatchObject({ key: "place:korvath", kind: "place", typedAs: "place", local: true });
    expect(items[2].key).toBe("person:pellan");
  });
  it("organizationWordsInArticle gives a lone word read as a person the organization it names in the article", () => {
    const items = itemsOf(
      article("a", [
        ["Chrysler LLC", "organization"],
        ["Chrysler Aspen", "organization"],
        ["Chrysler", "person"],
        ["Dodge Motors", "organization"],
        ["Dodge", "person"],
      ]),
    );
    organizationWordsInArticle(items);
    // the word is the name of "Chrysler LLC" without its legal form; "Dodge" opens one organization's name
    expect(items[2]).toMatchObject({ key: items[0].key, kind: "organization", typedAs: "organization", local: true });
    expect(items[4]).toMatchObject({ key: items[3].key, kind: "organization", local: true });
  });
  it("organizationWordsInArticle leaves a surname of a person named in full, and a word opening two organizations", () => {
    const items = itemsOf(
      article("a", [
        ["John Morgan", "person"],
        ["Morgan Stanley", "organization"],
        ["Morgan", "person"],
        ["Ford Motor Company", "organization"],
        ["Ford Motor Credit", "organization"],
        ["Ford", "person"],
      ]),
    );
    surnamesInArticle(items);
    organizationWordsInArticle(items);
    expect(items[2]).toMatchObject({ key: "person:john morgan", kind: "person" });
    expect(items[5]).toMatchObject({ key: "person:ford", kind: "person" });
    expect(items[5].typedAs).toBeUndefined();
  });
  it("shortFormVotes votes strongly for a defined acronym's long form", () => {
    const doc = article("a", [
      ["Economic Community of West African States", "organization", " (ECOWAS)"],
      ["ECOWAS", "organization"],
    ]);
    const items = itemsOf(doc);
    const votes = noVotes();
    shortFormVotes(doc, items, votes);
    expect([...(votes.strong.get("organization:ecowas")?.keys() ?? [])]).toEqual([items[0].key]);
  });
  it("shortFormVotes votes weakly for a prefix, and not at all for an unrelated name", () => {
    const doc = article("a", [
      ["Northrop Grumman", "organization"],
      ["Northrop", "organization"],
      ["Boeing", "organization"],
    ]);
    const items = itemsOf(doc);
    const votes = noVotes();
    shortFormVotes(doc, items, votes);
    expect([...(votes.weak.get("organization:northrop")?.keys() ?? [])]).toEqual([items[0].key]);
    expect(votes.weak.has(items[2].key) || votes.strong.has(items[2].key)).toBe(false);
    // in its own article the short form is the long form
    expect(items[1]).toMatchObject({ key: "organization:northrop grumman", local: true });
  });
  it("shortFormVotes takes no name written with its legal form for a short form", () => {
    const doc = article("a", [
      ["Orchard Inc.", "organization"],
      ["Orchard Records", "organization"],
    ]);
    const items = itemsOf(doc);
    const votes = noVotes();
    shortFormVotes(doc, items, votes);
    expect(votes.weak.size + votes.strong.size).toBe(0);
    expect(items[0].key).toBe("organization:orchard");
  });
});
