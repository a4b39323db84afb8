// A nickname in quotes inside a name is one person, never several actors and never a quote:
// `Vincent "The Chin" Gigante` is "Vincent Gigante" with the alias "The Chin".
import { describe, expect, it } from "vitest";
import { loadActorModel, recognizeActors } from "../src/extract/recognize/actors/index.js";
import { isNickname } from "../src/extract/recognize/quotes/spans.js";
import { resolveActors } from "../src/extract/resolve/actors.js";
import { splitSentences } from "../src/extract/segment/sentences.js";
import { tablesOf } from "./helpers/textArticle.js";
import { actorDoc } from "./helpers/actorDocs.js";

const model = loadActorModel();
const names = (text: string) => recognizeActors(model, text, splitSentences(text)).map((m) => m.text);

describe("quoted nicknames", () => {
  it("reads given name, nickname and surname as one person, and the nickname alone as that person", () => {
    const t = tablesOf(model, [
      "mob",
      'Mob boss Vincent "The Chin" Gigante, who feigned madness for years, died in prison on Monday. "The Chin" ran the family for decades. Gigante was 77, his lawyer said.',
    ]);
    const persons = t.actors.filter((a) => a.type === "person");
    expect(persons.map((a) => a.id)).toEqual(["vincent-gigante"]);
    expect(persons[0]).toMatchObject({ name: "Vincent Gigante", aliases: ["Gigante", "The Chin"], mentionCount: 3 });
    // the nickname is no quote; the lawyer's words are reported speech
    expect(t.quotes.map((q) => [q.kind, q.text, q.speakerText])).toEqual([["indirect", "Gigante was 77", "his lawyer"]]);
  });

  it('joins `"Magic" Johnson` and a bare surname to the full name with the same nickname; the quote after is a quote', () => {
    const t = tablesOf(model, [
      "nba",
      'Earvin “Magic” Johnson told reporters, “We will win this series.” Johnson spoke for an hour. "Magic" Johnson retired in 1991.',
    ]);
    expect(t.actors.map((a) => a.id)).toEqual(["earvin-johnson"]);
    expect(t.actors[0]).toMatchObject({ name: "Earvin Johnson", aliases: ["Johnson", "Magic", "Magic Johnson"], mentionCount: 3 });
    expect(t.quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual([["“We will win this series.”", "direct", "earvin-johnson"]]);
  });

  it("takes no job word for a given name, and no place or everyday word for a surname", () => {
    expect(names('Boxer Marvin "Marvelous" Hagler retired.')).toEqual(['Marvin "Marvelous" Hagler']);
    expect(names("The “Big” Apple is New York.")).toEqual(["New York"]);
    expect(names('The so-called "Teflon" Don survived three trials.').some((n) => n.includes("Teflon"))).toBe(false);
    // a quoted epithet before an everyday word names no one; before an organization's word it stays
    expect(names('Critics called her the "Iron" Lady.')).toEqual([]);
    expect(names("Fighters of the “Wagner” Group arrived.").some((n) => n.includes("Wagner"))).toBe(true);
  });

  it("resolves a nickname-bearing mention to the name without it, across articles too", () => {
    const { actors } = resolveActors([
      actorDoc("a", 'Salvatore "Sammy the Bull" Gravano testified.', [['Salvatore "Sammy the Bull" Gravano', "person"]]),
      actorDoc("b", "Salvatore Gravano left prison.", [["Salvatore Gravano", "person"]]),
    ]);
    expect(actors).toEqual([
      expect.objectContaining({ id: "salvatore-gravano", name: "Salvatore Gravano", aliases: ["Sammy the Bull"], mentionCount: 2 }),
    ]);
  });

  it("tells a nickname from a quote", () => {
    const at = (text: string, q: string) => [text.indexOf(q), text.indexOf(q) + q.length] as const;
    const a = 'Vincent "The Chin" Gigante';
    expect(isNickname(a, ...at(a, '"The Chin"'))).toBe(true);
    const b = '"Yes," Johnson said. He called it "a Disaster" Monday.';
    expect(isNickname(b, ...at(b, '"Yes,"'))).toBe(false);
    expect(isNickname(b, ...at(b, '"a Disaster"'))).toBe(false);
  });
});
