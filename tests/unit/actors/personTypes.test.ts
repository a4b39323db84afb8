// Persons typed as persons (issue 17, types that hold): a name opening with a given name and holding
// no organization's word, a name right after a role word or a title, and a one-word name the article
// gives a title are persons; a lone capitalized role word ("Assistant", "Secretary") is no actor.
// Our own sentences and made-up surnames: the classes, not the examples.
import { describe, expect, it } from "vitest";
import { buildLexicons, EMPTY_LEXICONS } from "../../../src/extract/recognize/actors/lexicons.js";
import { loadActorModel } from "../../../src/extract/recognize/actors/index.js";
import { isLoneRoleWord, withoutLoneRoles } from "../../../src/extract/recognize/actors/loneRoles.js";
import { lowercaseRoleBefore } from "../../../src/extract/recognize/actors/passes.js";
import { surnamesAsPersons } from "../../../src/extract/recognize/actors/surnames.js";
import { isGivenName, personByGivenName, typeByShape } from "../../../src/extract/recognize/actors/typing.js";
import { tablesOf } from "../../helpers/textArticle.js";
import { named, span, words } from "./words.js";

const lexicons = buildLexicons({ ...EMPTY_LEXICONS, givenNames: ["Morgan"], places: ["Xanbar"] });
const model = loadActorModel();
const actor = (id: string, ...texts: string[]) =>
  tablesOf(model, ...texts.map((text, k): [string, string] => [`a${k}`, text])).actors.find((a) => a.id === id);

describe("a name opening with a given name", () => {
  it("takes given names of the model's list and of the list that tells a gender", () => {
    expect(["Morgan", "Gail", "Jean-Claude", "Marsh"].map((w) => isGivenName(w, lexicons))).toEqual([true, true, true, false]);
  });

  it("reads an organization-typed name of a given name and a surname as a person", () => {
    const ws = words("A spokeswoman for the agency , Gail Marsh , said so .");
    expect(named(ws, typeByShape([ws], [span(ws, "Gail Marsh", "ORG")], lexicons))).toEqual([["Gail Marsh", "PER"]]);
  });

  it("leaves names with an organization's word, a title, after 'the', a known company or place, or a venue's word", () => {
    const ws = words(
      "Gail Marsh Foundation , Gail Marsh Corp , the Morgan Trust , Morgan Stanley , Gail Xanbar , Gail President , Morgan Marsh Theater",
    );
    const names = ws.join(" ").split(" , ");
    const kept = names.map((name) => {
      const c = span(ws, name.replace(/^the /, ""), "ORG");
      return personByGivenName(ws, c.start, c.end, lexicons);
    });
    expect(kept).toEqual(names.map(() => false));
    const person = span(ws, "Morgan Marsh", "ORG");
    expect(personByGivenName(ws, person.start, person.end, lexicons)).toBe(true);
  });

  it("makes the whole engine's actor a person, with the organization beside it", () => {
    const text = "A spokeswoman for the F.A.A., Gail Marsh, said the runway was closed.";
    expect(actor("gail-marsh", text)).toMatchObject({ type: "person" });
    expect(actor("f-a-a", text)).toMatchObject({ type: "organization" });
  });
});

describe("a name after a role word", () => {
  it("reads one name word after a job word that is a noun only as a person", () => {
    const ws = words("The league named coach Halvard and Moldova 's president Kalman .");
    expect(lowercaseRoleBefore(ws, ws.indexOf("Halvard"), ws.indexOf("Halvard") + 1)).toBe(true);
    expect(lowercaseRoleBefore(ws, ws.indexOf("Kalman"), ws.indexOf("Kalman") + 1)).toBe(true);
  });

  it("leaves one word after a job word that is also an adjective, and companies and nationalities", () => {
    const ws = words("an official Xanbar report and analyst Korvath and president Toyota and president Kenyan");
    for (const name of ["Xanbar", "Korvath", "Toyota", "Kenyan"])
      expect(lowercaseRoleBefore(ws, ws.indexOf(name), ws.indexOf(name) + 1)).toBe(false);
  });

  it("types the coached and the president as persons in the whole engine", () => {
    expect(actor("halvard", "The league named coach Halvard on Monday.")).toMatchObject({ type: "person" });
    expect(actor("kalman", "Moldova's president Kalman said the vote was fair. Kalman spoke in Chisinau.")).toMatchObject({
      type: "person",
    });
    expect(actor("moldova", "Moldova's president Kalman said the vote was fair.")).toMatchObject({ type: "place" });
  });
});

describe("a one-word person named after a title", () => {
  it("is that person wherever the article names the word", () => {
    const ws = words("Moldova 's president Halvard said no . Halvard spoke in Chisinau .");
    const second = { ...span(ws, "Halvard", "ORG"), start: 7, end: 8 };
    const out = surnamesAsPersons([ws], [span(ws, "Halvard", "PER"), second], lexicons);
    expect(out.map((c) => [c.start, c.label])).toEqual([
      [3, "PER"],
      [7, "PER"],
    ]);
  });

  it("joins the surname's mentions in one person actor", () => {
    expect(actor("halvard", "Moldova's president Halvard said the vote was fair. Halvard spoke in Chisinau.")).toMatchObject({
      type: "person",
    });
  });
});

describe("a lone role word", () => {
  it("is a role word when a title or a title's modifier, not when it also names a body or a person", () => {
    expect(["Assistant", "Secretary", "Spokesman", "Deputy", "Defense", "King", "Justice", "Mr.", "Marsh"].map(isLoneRoleWord)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("drops the lone role word, keeps it as a surname of the article or after a title", () => {
    const ws = words("The Assistant said so . Secretary Lena Major met Prime Minister Secretary and the Secretary .");
    const at = (k: number) => ({ sentence: 0, start: k, end: k + 1, label: "ORG" as const, source: "model" as const });
    // "Secretary" after "Prime Minister" (11) is kept, the one after "the" (14) dropped
    const candidates = [span(ws, "Assistant", "ORG"), span(ws, "Lena Major", "PER"), at(11), at(14)];
    expect(named(ws, withoutLoneRoles([ws], candidates))).toEqual([
      ["Lena Major", "PER"],
      ["Secretary", "ORG"],
    ]);
  });

  it("leaves no actor of the role word in the whole engine", () => {
    const tables = tablesOf(model, [
      "a0",
      "Assistant Secretary Carla Menzer testified on Monday. The Assistant later declined to comment.",
    ]);
    expect(tables.actors.map((a) => [a.id, a.type])).toEqual([["carla-menzer", "person"]]);
  });
});

describe("a person named inside another's role", () => {
  it("stays a person of its own, the role kept as written", () => {
    const tables = tablesOf(model, ["a0", "Gregory Marsh, attorney for Korvath's father, said the appeal was filed."]);
    expect(tables.actors.map((a) => [a.id, a.type])).toEqual([
      ["gregory-marsh", "person"],
      ["korvath", "person"],
    ]);
    expect(tables.actors.find((a) => a.id === "gregory-marsh")).toMatchObject({ roles: ["attorney for Korvath's father"] });
  });
});
