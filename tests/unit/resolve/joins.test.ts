import { describe, expect, it } from "vitest";
import {
  RESOLVE_PASSES,
  definedAcronymsAcross,
  folderShortForms,
  namesInLongerSpans,
  organizationVariants,
  regionAdjectives,
  sameSurface,
  spellingVariants,
  surnames,
  votedShortForms,
} from "../../../src/extract/resolve/actors/joins.js";
import { loneWordsByStory } from "../../../src/extract/resolve/actors/loneWords.js";
import { article, joined, resolutionOf } from "./build.js";

describe("folder-wide joins", () => {
  it("spellingVariants joins close spellings with the same initials, not other names", () => {
    const r = resolutionOf([
      article("a", [["Abdourahamane Tchiani", "person"]]),
      article("b", [
        ["Abdourahamane Tiani", "person"],
        ["Mark Tiani", "person"],
      ]),
    ]);
    spellingVariants.join(r);
    expect(joined(r, "person:abdourahamane tchiani", "person:abdourahamane tiani")).toBe(true);
    expect(joined(r, "person:abdourahamane tiani", "person:mark tiani")).toBe(false);
  });
  it("spellingVariants joins a familiar given name to its formal one, keeping initials, not another name", () => {
    const r = resolutionOf([
      article("a", [["Bill Ford", "person"]]),
      article("b", [
        ["William Ford", "person"],
        ["B. Ford", "person"],
      ]),
      article("c", [
        ["Jack Smith", "person"],
        ["John Smith", "person"],
        ["Jim Press", "person"],
        ["Jon Press", "person"],
      ]),
    ]);
    spellingVariants.join(r);
    expect(joined(r, "person:bill ford", "person:william ford")).toBe(true);
    expect(joined(r, "person:b ford", "person:bill ford")).toBe(true);
    expect(joined(r, "person:jack smith", "person:john smith")).toBe(false);
    expect(joined(r, "person:jim press", "person:jon press")).toBe(false);
  });
  it("namesInLongerSpans joins a name read with words before it to that name, in one story", () => {
    const r = resolutionOf([
      article("a", [
        ["Harbour Office Lena Marsh", "person"],
        ["Tanker Board", "organization"],
        ["Orla Quay", "place"],
      ]),
      article("b", [
        ["Lena Marsh", "person"],
        ["Tanker Board", "organization"],
        ["Orla Quay", "place"],
      ]),
      article("c", [["Paul Jones", "person"]]),
      article("d", [["John Paul Jones", "person"]]),
    ]);
    namesInLongerSpans.join(r);
    surnames.join(r);
    expect(joined(r, "person:harbour office lena marsh", "person:lena marsh")).toBe(true);
    // another story: two people
    expect(joined(r, "person:john paul jones", "person:paul jones")).toBe(false);
  });
  it("surnames joins a surname to the one person of the folder, and keeps a shared one per article", () => {
    const r = resolutionOf([
      article("a", [
        ["Mohamed Bazoum", "person"],
        ["John Williams", "person"],
        ["Serena Williams", "person"],
      ]),
      article("b", [
        ["Bazoum", "person"],
        ["Williams", "person"],
      ]),
    ]);
    surnames.join(r);
    expect(joined(r, "person:bazoum", "person:mohamed bazoum")).toBe(true);
    expect(r.items.find((i) => i.surface === "Williams")!.key).toBe("person:williams@b");
  });
  it("surnames joins no lone word to a close spelling of a surname in another article", () => {
    const r = resolutionOf([
      article("a", [["Dana Kessel", "person"]]),
      article("b", [["Kessler", "person"]]),
      article("c", [["Kessel", "person"]]),
    ]);
    surnames.join(r);
    expect(joined(r, "person:kessler", "person:dana kessel")).toBe(false);
    expect(joined(r, "person:kessel", "person:dana kessel")).toBe(true);
  });
  it("surnames joins a surname written without its article to the full name ('Abadi', 'Haider al-Abadi')", () => {
    const r = resolutionOf([
      article("a", [["Haider al-Abadi", "person"]]),
      article("b", [["Abadi", "person"]]),
      article("c", [["Al-Abadi", "person"]]),
    ]);
    surnames.join(r);
    expect(joined(r, "person:abadi", "person:haider al-abadi")).toBe(true);
    expect(joined(r, "person:al-abadi", "person:haider al-abadi")).toBe(true);
  });
  it("surnames joins a surname with its particle to the one full name ending with it", () => {
    const r = resolutionOf([article("a", [["Omar bin Talal", "person"]]), article("b", [["bin Talal", "person"]])]);
    surnames.join(r);
    expect(joined(r, "person:bin talal", "person:omar bin talal")).toBe(true);
  });
  it("loneWordsByStory keeps a name no full name explains one actor per story", () => {
    const r = resolutionOf([
      article("phone1", [
        ["Wayne", "person"],
        ["Orchard Phones", "organization"],
        ["Lina Moss", "person"],
      ]),
      article("phone2", [
        ["Wayne", "person"],
        ["Orchard Phones", "organization"],
        ["Lina Moss", "person"],
        ["Department", "organization"],
      ]),
      article("plant", [
        ["Wayne", "person"],
        ["Harlow Motors", "organization"],
        ["Department", "organization"],
      ]),
      article("plant2", [
        ["Harlow Motors", "organization"],
        ["Department", "organization"],
      ]),
    ]);
    sameSurface.join(r);
    loneWordsByStory.join(r);
    const keyOf = (articleId: string, surface: string) => r.items.find((i) => i.article === articleId && i.surface === surface)!.key;
    expect(joined(r, keyOf("phone1", "Wayne"), keyOf("phone2", "Wayne"))).toBe(true);
    expect(joined(r, keyOf("phone1", "Wayne"), keyOf("plant", "Wayne"))).toBe(false);
    expect(joined(r, keyOf("phone2", "Department"), keyOf("plant", "Department"))).toBe(false);
    // full names are not lone words: one actor across stories
    expect(keyOf("phone1", "Lina Moss")).toBe("person:lina moss");
  });
  it("regionAdjectives joins 'West African' to 'West Africa', and nothing without the region", () => {
    const r = resolutionOf([
      article("a", [
        ["West African", "place"],
        ["West Africa", "place"],
        ["Sudan", "place"],
      ]),
    ]);
    regionAdjectives.join(r);
    expect(joined(r, "place:west african", "place:west africa")).toBe(true);
    expect(r.graph.has("place:sudanese")).toBe(false);
  });
  it("regionAdjectives joins 'European' to 'Europe', also read as an organization, but no longer organization's name", () => {
    const r = resolutionOf([
      article("a", [
        ["Europe", "place"],
        ["European", "place"],
      ]),
      article("b", [
        ["European", "organization"],
        ["Pan European", "organization"],
      ]),
    ]);
    regionAdjectives.join(r);
    expect(joined(r, "place:european", "place:europe")).toBe(true);
    expect(joined(r, "organization:european", "place:europe")).toBe(true);
    expect(joined(r, "organization:pan european", "place:europe")).toBe(false);
  });
  it("votedShortForms joins on one agreed long form, none on disagreement", () => {
    const r = resolutionOf([
      article("a", [
        ["Apple", "organization"],
        ["Apple Corps", "organization"],
        ["Apple Computer", "organization"],
        ["Northrop", "organization"],
        ["Northrop Grumman", "organization"],
      ]),
    ]);
    const key = (surface: string) => r.items.find((i) => i.surface === surface)!.key;
    r.votes.weak.set(key("Northrop"), new Map([[key("Northrop Grumman"), 1]]));
    r.votes.weak.set(
      key("Apple"),
      new Map([
        [key("Apple Corps"), 1],
        [key("Apple Computer"), 1],
      ]),
    );
    votedShortForms.join(r);
    expect(joined(r, key("Northrop"), key("Northrop Grumman"))).toBe(true);
    expect(joined(r, key("Apple"), key("Apple Corps")) || joined(r, key("Apple"), key("Apple Computer"))).toBe(false);
  });
  it("votedShortForms follows a clear majority of the articles, not a close split", () => {
    const r = resolutionOf([
      article("a", [
        ["Orchard", "organization"],
        ["Orchard Computer", "organization"],
        ["Orchard Stores", "organization"],
        ["Kestrel", "organization"],
        ["Kestrel Air", "organization"],
        ["Kestrel Rail", "organization"],
      ]),
    ]);
    const key = (surface: string) => r.items.find((i) => i.surface === surface)!.key;
    r.votes.weak.set(
      key("Orchard"),
      new Map([
        [key("Orchard Computer"), 3],
        [key("Orchard Stores"), 1],
      ]),
    );
    r.votes.weak.set(
      key("Kestrel"),
      new Map([
        [key("Kestrel Air"), 3],
        [key("Kestrel Rail"), 2],
      ]),
    );
    votedShortForms.join(r);
    expect(joined(r, key("Orchard"), key("Orchard Computer"))).toBe(true);
    expect(joined(r, key("Kestrel"), key("Kestrel Air")) || joined(r, key("Kestrel"), key("Kestrel Rail"))).toBe(false);
  });
  it("folderShortForms joins a short form to the one organization it stands for, in an article of the same story", () => {
    const r = resolutionOf([
      article("a", [
        ["Northrop Grumman", "organization"],
        ["Lena Marsh", "person"],
        ["Tanker Board", "organization"],
      ]),
      article("b", [
        ["Northrop", "organization"],
        ["Boeing", "organization"],
        ["Lena Marsh", "person"],
        ["Tanker Board", "organization"],
      ]),
    ]);
    folderShortForms.join(r);
    const key = (surface: string) => r.items.find((i) => i.surface === surface)!.key;
    expect(joined(r, key("Northrop"), key("Northrop Grumman"))).toBe(true);
    expect(joined(r, key("Boeing"), key("Northrop Grumman"))).toBe(false);
  });
  it("folderShortForms leaves a short form or an acronym of another story alone", () => {
    const r = resolutionOf([
      article("orders", [
        ["Virgin Atlantic", "organization"],
        ["Gazprom Bank", "organization"],
        ["Airbus", "organization"],
        ["Toulouse", "place"],
      ]),
      article("phones", [
        ["Virgin", "organization"],
        ["GB", "organization"],
        ["Motorola", "organization"],
        ["Cupertino", "place"],
      ]),
    ]);
    folderShortForms.join(r);
    expect(joined(r, "organization:virgin", "organization:virgin atlantic")).toBe(false);
    expect(joined(r, "organization:gb", "organization:gazprom bank")).toBe(false);
  });
  it("definedAcronymsAcross joins an acronym defined in one article to its long form elsewhere", () => {
    const r = resolutionOf([
      article("a", [["United Nations Multidimensional Integrated Stabilization Mission in Mali", "organization", " (MINUSMA)"]]),
      article("b", [
        ["MINUSMA", "organization"],
        ["ECOWAS", "organization"],
      ]),
    ]);
    definedAcronymsAcross.join(r);
    const key = (surface: string) => r.items.find((i) => i.surface === surface)!.key;
    expect(joined(r, key("MINUSMA"), r.items[0].key)).toBe(true);
    expect(joined(r, key("ECOWAS"), r.items[0].key)).toBe(false);
  });
  it("sameSurface joins one name typed two ways, never a surname alone", () => {
    const r = resolutionOf([
      article("a", [
        ["Wagner", "organization"],
        ["Smith", "person"],
      ]),
      article("b", [
        ["Wagner", "place"],
        ["Smith", "organization"],
      ]),
    ]);
    sameSurface.join(r);
    expect(joined(r, "organization:wagner", "place:wagner")).toBe(true);
    expect(joined(r, "person:smith", r.items[3].key)).toBe(false);
  });
  it("sameSurface joins a lone word read as a person to the company more articles write it as", () => {
    const r = resolutionOf([
      article("a", [["Velaro", "person"]]),
      article("b", [["Velaro", "organization"]]),
      article("c", [["Velaro", "organization"]]),
      article("d", [["Dana Kessel", "person"]]),
      article("e", [["Kessel", "person"]]),
      article("f", [["Kessel", "organization"]]),
      article("g", [["Kessel", "organization"]]),
    ]);
    surnames.join(r);
    sameSurface.join(r);
    expect(joined(r, "person:velaro", "organization:velaro")).toBe(true);
    // a surname of a person named in full stays that person's
    expect(joined(r, "person:kessel", "organization:kessel")).toBe(false);
    expect(joined(r, "person:kessel", "person:dana kessel")).toBe(true);
  });
  it("organizationVariants joins names of two words or more written with and without a final s", () => {
    const r = resolutionOf([
      article("a", [["Velaro Motors Co.", "organization"]]),
      article("b", [["Velaro Motor Company", "organization"]]),
      article("c", [["Velaro Motor", "organization"]]),
      article("d", [["Kessel", "organization"]]),
      article("e", [["Kessels", "organization"]]),
    ]);
    organizationVariants.join(r);
    expect(joined(r, "organization:velaro motors", "organization:velaro motor")).toBe(true);
    // another name, and one word alone, stay apart
    expect(joined(r, "organization:velaro motor", "organization:velaro motor company")).toBe(false);
    expect(joined(r, "organization:kessel", "organization:kessels")).toBe(false);
  });
  it("run in order", () => {
    expect(RESOLVE_PASSES.map((p) => p.name)).toEqual([
      "spelling variants",
      "names in longer spans",
      "organization variants",
      "surnames",
      "region adjectives",
      "voted short forms",
      "folder short forms",
      "defined acronyms",
      "same surface",
      "lone words by story",
    ]);
  });
});
