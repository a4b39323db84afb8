// Types that hold on wire news (issue 17), one test per class of error found on 1998 newswire: a
// dateline's place, names with particles ("Daniel arap Moi", "Dar es Salaam"), places written with
// their state ("Buffalo, N.Y."), regions and places in lists, places inside organizations' names
// ("the U.S. Embassy"), nationality words of regions and peoples, a weekday after a country ("Iran
// Saturday condemned"), a surname read as a nationality ("the Slepian home"), built places. Our own sentences and made-up
// names: the classes, not the examples.
import { describe, expect, it } from "vitest";
import { recognizerOf } from "./helpers/recognized.js";
import { loadActorModel } from "../src/extract/recognize/actors/index.js";
import { datelinePlaceLength } from "../src/extract/recognize/actors/datelines.js";
import { demonymWordAt } from "../src/extract/recognize/actors/demonymWords.js";
import { buildLexicons } from "../src/extract/recognize/actors/lexicons.js";
import { placesInLists } from "../src/extract/recognize/actors/placeLists.js";
import type { ActorCandidate } from "../src/extract/recognize/actors/rules.js";
import { tablesOf } from "./helpers/textArticle.js";

const model = loadActorModel();
const { pairs } = recognizerOf(model);

describe("a dateline's place", () => {
  it("reads the capitals before a region and an agency as a place", () => {
    expect(pairs("\n\nKAMPALA, Uganda (AP) _\n\nThe minister spoke in parliament on Monday.")).toEqual([
      ["KAMPALA", "place"],
      ["Uganda", "place"],
      ["AP", "organization"],
    ]);
  });
  it("reads a dateline with a date and a dash, or a dash alone, as a place", () => {
    expect(pairs("\n\nLAGOS, March 3 (Xinhua) --\n\nOfficials in Lagos said the port would reopen.")).toEqual([
      ["LAGOS", "place"],
      ["Xinhua", "organization"],
      ["Lagos", "place"],
    ]);
    expect(pairs("\n\nTRENTON _ The governor of New Jersey signed the bill.")).toEqual([
      ["TRENTON", "place"],
      ["New Jersey", "place"],
    ]);
  });
  it("makes the dateline's name a place wherever the story writes it", () => {
    const text = "\n\nBRAKEVILLE, Ore. (AP) --\n\nThe Brakeville office of the agency said Brakeville's council had met.";
    expect(pairs(text).filter(([t]) => /brakeville/i.test(t))).toEqual([
      ["BRAKEVILLE", "place"],
      ["Brakeville", "place"],
      ["Brakeville", "place"],
    ]);
  });
  it("finds no dateline in a sentence opening with an acronym", () => {
    expect(datelinePlaceLength(["UNICEF", "said", "on", "Monday"])).toBe(0);
    expect(datelinePlaceLength(["DAR", "ES", "SALAAM", ",", "Tanzania", "(", "AP", ")", "_"])).toBe(3);
    expect(pairs("UNICEF said on Monday that the camp was full.")).toEqual([["UNICEF", "organization"]]);
  });
});

describe("names with particles", () => {
  it("reads a person's name across 'arap', 'bin', 'von der' and 'da' as one person", () => {
    expect(pairs("President Samuel arap Kiptoo met Omar bin Rashed in Dar es Salaam. Kiptoo said the talks went well.")).toEqual([
      ["Samuel arap Kiptoo", "person"],
      ["Omar bin Rashed", "person"],
      ["Dar es Salaam", "place"],
      ["Kiptoo", "person"],
    ]);
    expect(pairs("Ursula von der Leyen and Maria da Costa arrived.")).toEqual([
      ["Ursula von der Leyen", "person"],
      ["Maria da Costa", "person"],
    ]);
  });
  it("makes the surname alone an alias of the person", () => {
    const tables = tablesOf(model, ["visit", "Leaders meet\n\nPresident Samuel arap Kiptoo arrived on Monday. Kiptoo thanked the hosts."]);
    expect(tables.actors.find((a) => a.id === "samuel-arap-kiptoo")).toMatchObject({ type: "person", aliases: ["Kiptoo"] });
  });
});

describe("places written with their state", () => {
  it("reads the town before a state's abbreviation as a place, here and elsewhere in the story", () => {
    expect(
      pairs("A doctor in Corvin, N.Y., was shot. The Corvin police said Corvin's mayor was told. He lived in Halden, Mass., before."),
    ).toEqual([
      ["Corvin", "place"],
      ["N.Y.", "place"],
      ["Corvin", "place"],
      ["Corvin", "place"],
      ["Halden", "place"],
      ["Mass", "place"],
    ]);
  });
  it("finds a town the tagger left out before a state's abbreviation", () => {
    expect(pairs("A sniper killed a Brakton, N.Y., doctor on Friday.")).toEqual([
      ["Brakton", "place"],
      ["N.Y.", "place"],
    ]);
  });
  it("finds a town the tagger left out before a state it found, after a word of place", () => {
    const found = pairs("The ceremony will be held in Independence, Missouri, on March 12.");
    expect(found).toContainEqual(["Independence", "place"]);
    expect(pairs("However, Texas officials said no.")).toEqual([["Texas", "place"]]);
  });
  it("reads a compound opening with a place the story names as that place ('Miami-based')", () => {
    expect(pairs("Exiles in Brakton said Brakton-based groups would march.")).toEqual([
      ["Brakton", "place"],
      ["Brakton", "place"],
    ]);
  });
  it("leaves a list of countries and a person after a comma as they are", () => {
    expect(pairs("Troops came from Jordan, Egypt, and Bahrain.")).toEqual([
      ["Jordan", "place"],
      ["Egypt", "place"],
      ["Bahrain", "place"],
    ]);
    expect(pairs("The award went to Senator Lemmick, Man of the Year, and his team.")).toEqual([["Lemmick", "person"]]);
  });
});

describe("regions and places in lists", () => {
  const lexicons = buildLexicons({ places: ["Corvin"], givenNames: [], commonWords: [] });
  const candidate = (start: number, end: number, label: ActorCandidate["label"]): ActorCandidate => ({
    sentence: 0,
    start,
    end,
    label,
    source: "model",
  });
  it("reads a region of the gazetteer as a place, not an office's object", () => {
    expect(pairs("The suspect was put on a flight to an undisclosed Middle East destination.")).toEqual([["Middle East", "place"]]);
    const office = "The Minister for the Middle East spoke".split(" ");
    expect(placesInLists([office], [candidate(4, 6, "PER")], lexicons)[0].label).toBe("PER");
  });
  it("reads a name between two places, or a known place beside one, as a place", () => {
    const words = "doctors in Halden , Corvin and Brekke were shot".split(" ");
    const between = placesInLists([words], [candidate(2, 3, "LOC"), candidate(4, 5, "PER"), candidate(6, 7, "LOC")], lexicons);
    expect(between.map((c) => c.label)).toEqual(["LOC", "LOC", "LOC"]);
    const known = placesInLists([words], [candidate(2, 3, "LOC"), candidate(4, 5, "PER")], lexicons);
    expect(known.map((c) => c.label)).toEqual(["LOC", "LOC"]);
    const unknown = placesInLists([words], [candidate(4, 5, "LOC"), candidate(6, 7, "PER")], lexicons);
    expect(unknown.map((c) => c.label)).toEqual(["LOC", "PER"]);
  });
});

describe("places inside organizations' names", () => {
  it("reads a place and an organization's word after it as one organization", () => {
    expect(pairs("Protesters gathered outside the Zambian Embassy in Lusaka.")).toEqual([
      ["Zambian Embassy", "organization"],
      ["Lusaka", "place"],
    ]);
  });
  it("reads '<kind> of <place>' as one organization", () => {
    expect(pairs("A spokesman for the Archdiocese of Chicago said the Diocese of Leeds agreed.")).toEqual([
      ["Archdiocese of Chicago", "organization"],
      ["Diocese of Leeds", "organization"],
    ]);
  });
});

describe("nationality words of regions and peoples", () => {
  it("reads regions' demonyms as nouns, demonyms as nouns and hyphenated peoples as nationalities", () => {
    expect(pairs("Africans and Europeans met, and a Turk was arrested. Cuban-Americans protested and Kurds marched.")).toEqual([
      ["Africans", "place"],
      ["Europeans", "place"],
      ["Turk", "place"],
      ["Cuban-Americans", "place"],
      ["Kurds", "place"],
    ]);
    expect(demonymWordAt(["the", "East", "African", "nations"], 1)).toBe(2);
    expect(demonymWordAt(["Grey-Americans"], 0)).toBe(0);
  });
  it("adds no region's adjective the tagger did not find, a description's word more often than a mention", () => {
    expect(pairs("Boeing's European rival won the order.")).toEqual([["Boeing", "organization"]]);
  });
  it("leaves organizations and countries named with them whole", () => {
    expect(pairs("The African Union and the Arab League met in the United Arab Emirates.")).toEqual([
      ["African Union", "organization"],
      ["Arab League", "organization"],
      ["United Arab Emirates", "place"],
    ]);
  });
});

describe("a person after a country's possessive", () => {
  it("reads one word read as a place as a person when it speaks ('France's Chirac said')", () => {
    expect(pairs("Belgium's Vermaelen said the plan would fail.")).toEqual([
      ["Belgium", "place"],
      ["Vermaelen", "person"],
    ]);
    expect(pairs("Iraq's Mosul fell to the militants.")).toEqual([
      ["Iraq", "place"],
      ["Mosul", "place"],
    ]);
  });
  it("reads a role and a name after a country's possessive as a person ('Kenya's president Moi')", () => {
    expect(pairs("Ghana's president Asamoah said the talks would go on.")).toEqual([
      ["Ghana", "place"],
      ["Asamoah", "person"],
    ]);
  });
});

describe("a name a family word introduces", () => {
  it("reads a lone first name after 'his son,' as a person throughout the article", () => {
    expect(pairs("He wants to be reunited with his son, Elian. The relatives are fond of Elian. Elian is afraid.")).toEqual([
      ["Elian", "person"],
      ["Elian", "person"],
      ["Elian", "person"],
    ]);
  });
});

describe("a person of a country, and institutions named after persons", () => {
  it("parts '<person> of <country>' into the person and the country", () => {
    expect(pairs("Ministers, including Tadeusz Wrobek of Poland and Istvan Halmi of Hungary, met in Madrid.")).toEqual([
      ["Tadeusz Wrobek", "person"],
      ["Poland", "place"],
      ["Istvan Halmi", "person"],
      ["Hungary", "place"],
      ["Madrid", "place"],
    ]);
  });
  it("leaves kinds of places and organizations of a country whole", () => {
    expect(pairs("Troops of the Hashemite Kingdom of Jordan met officials of the Bank of England.")).toEqual([
      ["Hashemite Kingdom of Jordan", "place"],
      ["Bank of England", "organization"],
    ]);
  });
  it("reads a library named after a person as an organization", () => {
    expect(pairs("They met at the Harry S. Truman Library in Independence.").slice(0, 1)).toEqual([
      ["Harry S. Truman Library", "organization"],
    ]);
  });
});

describe("a leader's regime", () => {
  it("reads 'the X regime' as an organization and keeps X alone a person", () => {
    expect(pairs("The Varkov regime jailed critics. Varkov has ruled since 2001 and Varkov's rivals fled.")).toEqual([
      ["Varkov regime", "organization"],
      ["Varkov", "person"],
      ["Varkov", "person"],
    ]);
  });
});

describe("days, surnames and built places", () => {
  it("parts a weekday from the country before it (Xinhua's 'Iran Saturday condemned')", () => {
    expect(pairs("Peru Saturday condemned the attack. Norway Friday recalled its envoy.")).toEqual([
      ["Peru", "place"],
      ["Norway", "place"],
    ]);
  });
  it("reads the surname of a person named in full as that person before a noun ('the Voskuil home')", () => {
    expect(pairs("Dr. Hanna Voskuil was shot in her kitchen. Police searched behind the Voskuil home.")).toEqual([
      ["Hanna Voskuil", "person"],
      ["Voskuil", "person"],
    ]);
  });
  it("reads bases, airports and camps as places", () => {
    expect(
      pairs("The jets landed at Brekkestad Air Force Base and flew on to Okono International Airport. Refugees left Camp Ashraf."),
    ).toEqual([
      ["Brekkestad Air Force Base", "place"],
      ["Okono International Airport", "place"],
      ["Camp Ashraf", "place"],
    ]);
  });
});

describe("countries under other names", () => {
  it("makes a renamed country's short form and demonym one actor, and a dissolved state a place", () => {
    const tables = tablesOf(model, [
      "talks",
      "Turkey sent troops to the border. Turkish officials said Yugoslavia had closed its embassy in Zaire.",
    ]);
    const rows = tables.actors.map((a) => [a.id, a.type, a.name, a.aliases]);
    expect(rows).toEqual([
      ["turkiye", "place", "Türkiye", ["Turkey", "Turkish"]],
      ["yugoslavia", "place", "Yugoslavia", []],
      ["dr-congo", "place", "DR Congo", ["Zaire"]],
    ]);
  });
});
